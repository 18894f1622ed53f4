import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { buildGazetteer } from './gazetteer.js';
import { createWinkEngine } from './wink-engine.js';

const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };
const extract = (text: string) => extractDocument({ text, publishedAt: '2025-04-30', outlet: null }, deps);

describe('label lines', () => {
  it('keeps an acronym-labelled headline to its own line', () => {
    const text =
      'NIS: hundreds of soldiers killed in the fighting\n\nThe agency told lawmakers on Wednesday that the losses were heavy.\n\nPyongyang admitted last week that its troops had fought in Kursk.';
    const headline = extractDocument({ text, publishedAt: '2025-04-30', outlet: null }, deps).statements.find(
      (s) => s.speaker.text === 'NIS',
    );
    expect(headline?.content.text).toBe('hundreds of soldiers killed in the fighting');
  });

  it('runs a transcript turn on over its paragraphs until the next speaker', () => {
    const text =
      'HOLT: Will the troops stay?\n\nKANE: We expect them to stay through the winter.\n\nThey are dug in along the river.\n\nHOLT: Thank you.';
    const kane = extract(text).statements.find((s) => s.speaker.text === 'KANE');
    expect(kane?.content.text).toBe(
      'We expect them to stay through the winter.\n\nThey are dug in along the river.',
    );
  });
});
