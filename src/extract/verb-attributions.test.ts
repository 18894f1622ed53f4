import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { buildGazetteer } from './gazetteer.js';
import { createWinkEngine } from './wink-engine.js';

const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };

function read(text: string): string[] {
  return extractDocument({ text, publishedAt: '2025-04-28', outlet: null }, deps).statements.map(
    (s) => `${s.speaker.text} | ${s.cue.text} | ${s.content.text}`,
  );
}

describe('cue verbs in the forms reporting uses', () => {
  it('reads "spoke of" and "talked about", but not "spoke at a rally"', () => {
    expect(read('Budanov spoke of a turning point. Zelenskyy spoke at a rally in Lviv.')).toEqual([
      'Budanov | spoke of | a turning point',
    ]);
  });

  it('reads a noun-or-verb form after a name and before "that" as the verb, never after an adjective', () => {
    expect(read('The Kyiv School of Economics estimates that the damage exceeds $150 billion.')).toEqual([
      'The Kyiv School of Economics | estimates | that the damage exceeds $150 billion',
    ]);
    expect(read('Local reports that the bridge fell were wrong.')).toEqual([]);
  });

  it('reads a question as content, and skips a circumstance before the reported clause', () => {
    expect(read('Lawmakers also asked whether the shells had come from Pyongyang.')).toEqual([
      'Lawmakers | asked | whether the shells had come from Pyongyang',
    ]);
    expect(read('Budanov said after the briefing he had seen the intercepts.')).toEqual([
      'Budanov | said | he had seen the intercepts',
    ]);
  });

  it('keeps a parenthesized note with its speaker and a place after an inverted one', () => {
    expect(read('Sen. Jane Roe (D-N.M.) said that the sanctions had worked.')).toEqual([
      'Sen. Jane Roe (D-N.M.) | said | that the sanctions had worked',
    ]);
    expect(read('The convoy turned back at dawn, said one officer at the checkpoint.')).toEqual([
      'one officer at the checkpoint | said | The convoy turned back at dawn',
    ]);
  });

  it('ends an object content before the occasion and before a clause of the reporter’s', () => {
    expect(read('The ministry rejected that claim in a statement released on Friday.')).toEqual([
      'The ministry | rejected | that claim',
    ]);
    expect(read('The council condemned the launch as Pyongyang fired two more missiles.')).toEqual([
      'The council | condemned | the launch',
    ]);
    expect(read('The crowd chanted “No retreat” and kept marching.')).toEqual([
      'The crowd | chanted | No retreat',
    ]);
  });
});
