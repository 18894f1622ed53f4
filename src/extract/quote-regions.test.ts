import { describe, expect, it } from 'vitest';
import { findQuoteRegions, quoteAt } from './quote-regions.js';

const inner = (text: string) => findQuoteRegions(text).map((r) => text.slice(r.innerStart, r.innerEnd));

describe('findQuoteRegions', () => {
  it('finds curly, straight, single and doubled-apostrophe quotations', () => {
    expect(inner("He said “we won” and \"they lost\" then ‘maybe’ and ''never''.")).toEqual([
      'we won',
      'they lost',
      'maybe',
      'never',
    ]);
  });

  it('does not take an apostrophe inside a word for a closing mark', () => {
    expect(inner('Seoul’s envoy called it ‘the army’s own footage’ today.')).toEqual([
      'the army’s own footage',
    ]);
  });

  it('lets a quotation run on into a paragraph that reopens it', () => {
    const text = '“First part of it.\n\n“Second part,” she said.\n\nNot quoted.';
    const [region, ...rest] = findQuoteRegions(text);
    expect(rest).toEqual([]);
    expect(text.slice(region!.innerStart, region!.innerEnd)).toBe('First part of it.\n\n“Second part,');
    expect(quoteAt(findQuoteRegions(text), text.indexOf('Second'))).toEqual(region);
    expect(quoteAt(findQuoteRegions(text), text.indexOf('Not'))).toBeNull();
  });
});
