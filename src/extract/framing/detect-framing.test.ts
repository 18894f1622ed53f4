import { describe, expect, it } from 'vitest';
import type { FramingSpan } from '../../domain/framing.js';
import type { Statement } from '../../domain/statement.js';
import { detectFraming } from './detect-framing.js';
import { SHIPPED_FRAMING_MODEL } from './shipped-model.js';

// Our own report, written for these tests.
const REPORT = [
  'Shelling resumes near Sudzha',
  '',
  'The defence ministry in Moscow said its units were liberating the Sudzha area after a week of fighting.',
  'It dismissed reports of heavy losses as “groundless rumors.”',
  'Kyiv’s general staff said: “Our forces continue to hold the line along the river and will not retreat from it.”',
  'Analysts doubt the “special military operation” will end before winter.',
].join('\n');

function statementAbout(content: string, actor: string | null, speaker: string, direct = false): Statement {
  const start = REPORT.indexOf(content);
  if (start < 0) throw new Error(`test text lacks "${content}"`);
  return {
    speaker: { text: speaker, start: 0, end: 0, actor },
    cue: { text: 'said', start: 0, end: 0 },
    content: { text: content, start, end: start + content.length },
    direct,
    stance: 'assert',
    hedged: false,
    saidOn: null,
    confidence: 1,
  };
}

const STATEMENTS = [
  statementAbout(
    'its units were liberating the Sudzha area after a week of fighting',
    'ru-mod',
    'The defence ministry',
  ),
  statementAbout('reports of heavy losses as “groundless rumors.”', 'ru-mod', 'It'),
  statementAbout(
    'Our forces continue to hold the line along the river and will not retreat from it.',
    null,
    'Kyiv’s general staff',
    true,
  ),
];

function find(spans: FramingSpan[], text: string): FramingSpan | undefined {
  return spans.find((s) => s.text === text);
}

describe('detectFraming', () => {
  const spans = detectFraming(REPORT, STATEMENTS, 'outlet-x');

  it('flags a euphemism and ties it to the speaker whose statement holds it', () => {
    expect(find(spans, 'liberating the Sudzha area')).toMatchObject({
      technique: 'euphemism',
      speaker: 'ru-mod',
    });
    expect(find(spans, 'liberating the Sudzha area')?.scareQuotes).toBeUndefined();
  });

  it('marks a quoted fragment in a paraphrase as scare quotes, still the quoted speaker’s framing', () => {
    expect(find(spans, 'groundless rumors')).toEqual({
      text: 'groundless rumors',
      start: REPORT.indexOf('groundless rumors'),
      end: REPORT.indexOf('groundless rumors') + 'groundless rumors'.length,
      technique: 'dismissal',
      speaker: 'ru-mod',
      scareQuotes: true,
    });
  });

  it('gives the reporter’s own scare-quoted term to the outlet', () => {
    expect(find(spans, 'special military operation')).toMatchObject({
      technique: 'euphemism',
      speaker: 'outlet-x',
      scareQuotes: true,
    });
  });

  it('returns spans sorted, with offsets that slice the text', () => {
    for (const span of spans) expect(REPORT.slice(span.start, span.end)).toBe(span.text);
    const starts = spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives the same answer for the same input', () => {
    expect(detectFraming(REPORT, STATEMENTS, 'outlet-x')).toEqual(spans);
  });

  it('flags nothing in plain factual reporting', () => {
    const plain =
      'The talks will resume on Monday in Geneva, the spokesman said. Both delegations arrived by train.';
    expect(detectFraming(plain, [], 'outlet-x')).toEqual([]);
  });

  it('uses the model it is given: with the tagger silenced only the lexicon and quote rules speak', () => {
    const silent = {
      ...SHIPPED_FRAMING_MODEL,
      span: { ...SHIPPED_FRAMING_MODEL.span, threshold: { low: 99, high: 99, single: 0 } },
    };
    const texts = detectFraming(REPORT, STATEMENTS, 'outlet-x', silent).map((s) => s.text);
    expect(texts).toEqual(['liberating the Sudzha area', 'groundless rumors', 'special military operation']);
  });

  it('finds a learned technique where no lexicon entry applies', () => {
    const loaded =
      'These corrupt, treacherous cowards sold out the whole nation and they will destroy everything we love!';
    const found = detectFraming(loaded, [], 'outlet-x');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.speaker === 'outlet-x')).toBe(true);
  });
});
