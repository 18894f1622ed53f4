import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { buildGazetteer } from './gazetteer.js';
import { createWinkEngine } from './wink-engine.js';

const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };

function read(text: string): string[] {
  return extractDocument({ text, publishedAt: '2025-04-28', outlet: null }, deps).statements.map(
    (s) => `${s.speaker.text} | ${s.cue.text} | ${s.stance} | ${s.content.text}`,
  );
}

describe('stance of negated and unreal cues', () => {
  it('records no confirmation when nobody confirmed', () => {
    expect(read('Neither Moscow nor Beijing has acknowledged that the shipments took place.')).toEqual([]);
    expect(read('The Kremlin has not confirmed any deployment.')).toEqual([]);
    expect(read('Until last month, neither government had admitted that the units were there.')).toEqual([]);
    expect(read('The ministry declined to confirm the figure.')).toEqual([]);
  });

  it('records no denial for "did not deny", but keeps what the speaker did say', () => {
    expect(
      read("President Putin did not deny the reports, saying the treaty was Russia's own business."),
    ).toEqual(["President Putin | saying | assert | the treaty was Russia's own business"]);
  });

  it('records no statement that is only announced or supposed', () => {
    expect(read('Russia would deny any involvement, analysts expect.')).toEqual([
      'analysts | expect | assert | Russia would deny any involvement',
    ]);
    expect(read('The alliance will confirm its findings next week.')).toEqual([]);
  });

  it('takes "said to show" for a hedge, not a statement', () => {
    expect(read('Drone footage said to show the brigade near Sudzha')).toEqual([]);
  });

  it('still reads a plain confirmation, and "can confirm" as one', () => {
    expect(read('NATO can confirm that the brigades reached the front.')).toEqual([
      'NATO | confirm | confirm | that the brigades reached the front',
    ]);
  });
});
