import { describe, expect, it } from 'vitest';
import { findDateMentions } from './date-mentions.js';
import { governingDate } from './date-governing.js';

const PUBLISHED = '2025-04-28';

/** The range of the first occurrence of `part` in `text`. */
function rangeOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`test text lacks ${JSON.stringify(part)}`);
  return { start, end: start + part.length };
}

describe('governingDate', () => {
  const text =
    'Pyongyang denied the reports in November 2024. On Sunday, the ministry said that soldiers had arrived in October 2024.';
  const mentions = findDateMentions(text, PUBLISHED);
  const second = rangeOf(text, 'On Sunday, the ministry said that soldiers had arrived in October 2024.');
  const content = rangeOf(text, 'soldiers had arrived in October 2024');
  const cue = text.indexOf('said');

  it('dates the saying by the mention near the cue, once the content is set aside', () => {
    const saidOn = governingDate(mentions, { ...second, anchor: cue, exclude: [content] });
    expect(saidOn?.text).toBe('Sunday');
    expect(saidOn?.value).toBe('2025-04-27');
  });

  it('dates the content by its own mention', () => {
    expect(governingDate(mentions, content)?.value).toBe('2024-10');
  });

  it('never borrows a date from another sentence', () => {
    const sentence = rangeOf(text, 'the ministry said that');
    expect(governingDate(mentions, { ...sentence, anchor: cue })).toBeNull();
  });

  it('skips mentions without a value', () => {
    const undated = findDateMentions('On Sunday, the ministry said so.', null);
    expect(governingDate(undated, { start: 0, end: 31 })).toBeNull();
  });
});
