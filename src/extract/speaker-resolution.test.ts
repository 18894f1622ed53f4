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

  it('gives a spokesperson to the organization just named, and leaves unknown speakers unresolved', () => {
    const text = 'The Kremlin was asked about it. A spokesperson said no. Local residents said yes.';
    expect(resolve(text, ['A spokesperson', 'Local residents'])).toEqual(['ru-kremlin', null]);
  });
});
