import { describe, expect, it } from 'vitest';
import type { Span } from '../domain/statement.js';
import { findActorMentions } from './actor-mentions.js';
import { buildGazetteer } from './gazetteer.js';
import { resolveSpeakers } from './speaker-resolution.js';

const gazetteer = buildGazetteer();

/** Resolves the phrases in `speakers` (each found at its first occurrence from the previous one). */
function resolve(text: string, speakers: string[]) {
  let from = 0;
  const spans: Span[] = speakers.map((phrase) => {
    const start = text.indexOf(phrase, from);
    from = start + phrase.length;
    return { text: phrase, start, end: start + phrase.length };
  });
  return resolveSpeakers(spans, findActorMentions(text, gazetteer), gazetteer).map((r) => r.actor);
}

describe('resolveSpeakers', () => {
  it('takes a capital for its state and the head of a phrase for the speaker', () => {
    expect(
      resolve('Pyongyang said so. North Korean leader Kim Jong Un said more.', [
        'Pyongyang',
        'North Korean leader Kim Jong Un',
      ]),
    ).toEqual(['kp', 'kp-kim-jong-un']);
  });

  it('sends pronouns back to the previous speaker of a fitting kind', () => {
    const text = 'Budanov said A. The SBU said B. He added C. It added D.';
    expect(resolve(text, ['Budanov', 'The SBU', 'He', 'It'])).toEqual([
      'ua-budanov',
      'ua-sbu',
      'ua-budanov',
      'ua-sbu',
    ]);
  });

  it('reads "the commission" as the commission named before, and "state media" as the state in focus', () => {
    const text =
      'The Central Military Commission praised the troops. The commission said more. In Pyongyang, state media said so.';
    expect(resolve(text, ['The Central Military Commission', 'The commission', 'state media'])).toEqual([
      'kp-wpk-cmc',
      'kp-wpk-cmc',
      'kp',
    ]);
  });

  it('gives officials and authorities their group, part of the state but not the state', () => {
    const text =
      'Ukrainian officials said A. South Korean authorities said B. Kyiv officials said C. Officials in Moscow said D.';
    expect(
      resolve(text, [
        'Ukrainian officials',
        'South Korean authorities',
        'Kyiv officials',
        'Officials in Moscow',
      ]),
    ).toEqual(['ua-officials', 'kr-authorities', 'ua-officials', 'ru-officials']);
    expect(gazetteer.actors.get('ua-officials')).toMatchObject({ kind: 'group', partOf: 'ua' });
  });

  it('never makes a soldier, a prisoner or one of a group the state speaking', () => {
    const text =
      'A North Korean prisoner said A. One of two Russian soldiers said B. North Korean diplomats said C.';
    expect(
      resolve(text, ['A North Korean prisoner', 'One of two Russian soldiers', 'North Korean diplomats']),
    ).toEqual([null, null, 'kp']);
  });

  it('follows a surname and a pronoun to the person named in full before', () => {
    const text =
      'Pentagon press secretary Maria Lopez said A. She added B. Leader Kim Jong Un spoke. Later, Kim said C.';
    const [lopez, she] = resolve(text, ['Pentagon press secretary Maria Lopez', 'She']);
    expect([lopez, she]).toEqual(['us-pentagon', 'us-pentagon']);
    const at = text.lastIndexOf('Kim');
    const kim = resolveSpeakers(
      [{ text: 'Kim', start: at, end: at + 3 }],
      findActorMentions(text, gazetteer),
      gazetteer,
    );
    expect(kim.map((r) => r.actor)).toEqual(['kp-kim-jong-un']);
  });

  it('gives "the agency" to the last body of its kind when no name holds the word', () => {
    const text = 'Ukrainian military intelligence said A. The agency said B.';
    expect(resolve(text, ['Ukrainian military intelligence', 'The agency'])).toEqual(['ua-gur', 'ua-gur']);
  });

  it('gives a spokesperson to the organization just named, and leaves unknown speakers unresolved', () => {
    const text = 'The Kremlin was asked about it. A spokesperson said no. Local residents said yes.';
    expect(resolve(text, ['A spokesperson', 'Local residents'])).toEqual(['ru-kremlin', null]);
  });
});
