import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { buildGazetteer } from './gazetteer.js';
import { createWinkEngine } from './wink-engine.js';

const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };

/** Each statement as "speaker | actor | cue | content". */
function read(text: string, publishedAt = '2025-04-28'): string[] {
  return extractDocument({ text, publishedAt, outlet: null }, deps).statements.map(
    (s) => `${s.speaker.text} | ${String(s.speaker.actor)} | ${s.cue.text} | ${s.content.text}`,
  );
}

describe('speaker phrases: who spoke, without the words around them', () => {
  it('never takes a weekday or a time adverbial for the speaker', () => {
    expect(read('Pyongyang on Tuesday acknowledged that its soldiers had fought in Kursk.')).toEqual([
      'Pyongyang | kp | acknowledged | that its soldiers had fought in Kursk',
    ]);
    expect(read('Kremlin spokesman Dmitry Peskov last month dismissed the story as fabricated.')).toEqual([
      'Kremlin spokesman Dmitry Peskov | ru-peskov | dismissed | the story as fabricated',
    ]);
    expect(read('Back then, last week President Vladimir Putin said the treaty covered it.')).toEqual([
      'President Vladimir Putin | ru-putin | said | the treaty covered it',
    ]);
  });

  it('does not join a noun of the clause before to the name that starts a new one', () => {
    expect(read('For weeks Moscow and Minsk denied that the convoys existed.')[0]).toMatch(
      /^Moscow and Minsk \| \S+ \| denied \| that the convoys existed$/,
    );
    expect(read('It was the first arrest Kyiv had announced since the spring offensive.')).toEqual([]);
    expect(
      read('The troops learned to fly drones, a skill the agency said could make the army stronger.'),
    ).toEqual(['the agency | null | said | could make the army stronger']);
  });

  it('finds the subject behind a participle or an attached body', () => {
    expect(
      read(
        'One of three Russian soldiers captured by Ukrainian units near Vovchansk told reporters he had been promised an office job.',
      ),
    ).toEqual(['One of three Russian soldiers | null | told | he had been promised an office job']);
    expect(read("Pyongyang's delegation at the United Nations denied sending anyone.")).toEqual([
      "Pyongyang's delegation at the United Nations | kp | denied | sending anyone",
    ]);
  });

  it('keeps a capitalized name word that happens to be a cue verb, and a title before a name', () => {
    expect(read('The State Department said it was weighing a response.')).toEqual([
      'The State Department | us-state-dept | said | it was weighing a response',
    ]);
    expect(read('“We will find out what happened,” Kharkiv police Chief Ivan Bondar said.')).toEqual([
      'Kharkiv police Chief Ivan Bondar | null | said | We will find out what happened',
    ]);
  });
});
