import { describe, expect, it } from 'vitest';
import type { FramingSpan, Technique } from '../../domain/framing.js';
import type { Statement } from '../../domain/statement.js';
import { countWords, framingSamples, profileFraming } from './framing-profile.js';

function span(technique: Technique, speaker: string, start = 0, end = 1): FramingSpan {
  return { text: 'x', start, end, technique, speaker };
}

describe('profileFraming', () => {
  it('counts techniques and rates per 1,000 words for each speaker', () => {
    const [kp, ua] = profileFraming([
      { speaker: 'kp', date: '2024-10-20', words: 400, spans: [span('dismissal', 'kp')] },
      {
        speaker: 'kp',
        date: '2025-04-27',
        words: 100,
        spans: [span('euphemism', 'kp'), span('flag-waving', 'kp'), span('euphemism', 'kp')],
      },
      { speaker: 'ua', date: '2025-04-27', words: 250, spans: [] },
    ]);
    expect(kp?.speaker).toBe('kp');
    expect(kp?.words).toBe(500);
    expect(kp?.per1000Words).toBe(8);
    expect(kp?.techniques.map((t) => [t.technique, t.count])).toEqual([
      ['euphemism', 2],
      ['dismissal', 1],
      ['flag-waving', 1],
    ]);
    expect(ua?.per1000Words).toBe(0);
    expect(ua?.techniques).toEqual([]);
  });

  it('follows the rate month by month and reports the change', () => {
    const [kp] = profileFraming([
      {
        speaker: 'kp',
        date: '2025-04-27',
        words: 100,
        spans: [span('euphemism', 'kp'), span('euphemism', 'kp')],
      },
      { speaker: 'kp', date: '2024-10', words: 500, spans: [span('dismissal', 'kp')] },
      { speaker: 'kp', date: '2024', words: 1000, spans: [span('dismissal', 'kp')] },
    ]);
    expect(kp?.byMonth.map((m) => [m.month, m.per1000Words])).toEqual([
      ['2024-10', 2],
      ['2025-04', 20],
    ]);
    expect(kp?.change).toBe(18);
    // The year-only sample counts in the totals but in no month.
    expect(kp?.words).toBe(1600);
  });

  it('has no change with a single month', () => {
    const [one] = profileFraming([{ speaker: 'o', date: '2025-01-02', words: 10, spans: [] }]);
    expect(one?.change).toBeNull();
  });
});

describe('framingSamples', () => {
  it('splits a document into statement samples and the outlet remainder', () => {
    const text = 'The ministry said the strike was a provocation. Reporters saw smoke over the port.';
    const content = { text: 'the strike was a provocation', start: 18, end: 46 };
    const statement: Statement = {
      speaker: { text: 'The ministry', start: 0, end: 12, actor: 'ru-mod' },
      cue: { text: 'said', start: 13, end: 17 },
      content,
      direct: false,
      stance: 'assert',
      hedged: false,
      saidOn: '2025-03-01',
      confidence: 0.9,
    };
    const spans = [span('dismissal', 'ru-mod', 35, 46), span('loaded language', 'outlet', 62, 67)];
    const samples = framingSamples(text, [statement], spans, 'outlet', '2025-03-02');
    expect(samples).toEqual([
      { speaker: 'ru-mod', date: '2025-03-01', spans: [spans[0]], words: 5 },
      { speaker: 'outlet', date: '2025-03-02', spans: [spans[1]], words: 9 },
    ]);
  });

  it('counts words with inner apostrophes and hyphens as one', () => {
    expect(countWords("Kyiv's so-called 'truce' — 12 hours")).toBe(5);
  });
});
