import { describe, expect, it } from 'vitest';
import { createClaimIndex, type ClaimIndexItem } from './claim-index.js';

// Our own claims, in the spirit of the seed article; none is quoted from any data set.
const claims: ClaimIndexItem[] = [
  {
    id: 'troops-in-russia',
    text: 'North Korean troops have been sent to Russia to fight against Ukraine.',
    title: 'Are North Korean soldiers fighting for Russia?',
  },
  {
    id: 'troops-denied',
    text: 'North Korea denies sending any soldiers to Russia, calling the reports groundless rumors.',
  },
  {
    id: 'kursk-control',
    text: 'Russia has taken full control of the Kursk region.',
    title: 'Does Moscow control all of Kursk?',
  },
  { id: 'kursk-contested', text: 'Ukraine says its forces still hold positions inside the Kursk region.' },
  {
    id: 'footage-first',
    text: 'A Ukrainian centre was the first to release official footage of captured soldiers.',
  },
  { id: 'grain-deal', text: 'A new grain export deal was signed by Turkey and Ukraine in the Black Sea.' },
  { id: 'prisoner-swap', text: 'Two captured soldiers were exchanged in a prisoner swap in January 2025.' },
  { id: 'drone-strike', text: 'A drone strike hit an oil depot near Belgorod overnight.' },
];

describe('createClaimIndex', () => {
  const index = createClaimIndex(claims);

  it('finds the claim a post is about, first', () => {
    expect(
      index.search('Thousands of #NorthKorean soldiers are now fighting alongside Russian forces', 3)[0]?.id,
    ).toBe('troops-in-russia');
    expect(index.search('Moscow claims it controls the whole of the Kursk region now', 3)[0]?.id).toBe(
      'kursk-control',
    );
    expect(index.search('Who released the first official video of the captured soldiers?', 3)[0]?.id).toBe(
      'footage-first',
    );
  });

  it('ranks a claim and its denial together, above unrelated claims', () => {
    const ids = index.search('Pyongyang sent soldiers to Russia', 8).map((h) => h.id);
    expect(ids.slice(0, 2).sort()).toEqual(['troops-denied', 'troops-in-russia']);
  });

  it('reads hashtags, misspellings and links in posts', () => {
    expect(index.search('#KurskRegion full controll claimed https://t.co/xyz', 1)[0]?.id).toBe(
      'kursk-control',
    );
    expect(index.search('more on the prisonerswap today', 1)[0]?.id).toBe('prisoner-swap');
  });

  it('returns at most k hits, best first, with decreasing scores, and nothing for an unrelated query', () => {
    const hits = index.search('soldiers captured in Kursk region', 3);
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(index.search('banana bread recipe', 5)).toEqual([]);
    expect(index.search('Kursk', 0)).toEqual([]);
  });

  it('sees claims added later, and gives the same answer as an index built at once', () => {
    const grown = createClaimIndex(claims.slice(0, 4));
    expect(grown.search('drone hit an oil depot', 1)).toEqual([]);
    grown.add(claims.slice(4));
    expect(grown.size).toBe(claims.length);
    expect(grown.search('drone hit an oil depot', 1)[0]?.id).toBe('drone-strike');
    for (const q of ['troops in Kursk', 'grain deal with Turkey', 'captured soldiers footage']) {
      expect(grown.search(q, 5)).toEqual(index.search(q, 5));
    }
  });

  it('is deterministic and breaks ties by insertion order', () => {
    const twins = createClaimIndex([
      { id: 'b', text: 'Troops crossed the river.' },
      { id: 'a', text: 'Troops crossed the river.' },
    ]);
    expect(twins.search('troops river', 2).map((h) => h.id)).toEqual(['b', 'a']);
    const many = createClaimIndex(
      Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, text: 'Troops crossed the river.' })),
    );
    expect(many.search('troops river', 3).map((h) => h.id)).toEqual(['c0', 'c1', 'c2']);
  });

  it('with a query date, prefers claims made shortly before it over later or much older ones', () => {
    const dated = createClaimIndex([
      { id: 'old', text: 'Troops massed at the border, officials said.', date: '2019-02-01' },
      { id: 'recent', text: 'Troops massed at the border, officials said.', date: '2024-10-10' },
      { id: 'later', text: 'Troops massed at the border, officials said.', date: '2025-04-27' },
    ]);
    const ids = (date: string): string[] =>
      dated.search('troops massed at the border', 3, { date }).map((h) => h.id);
    expect(ids('2024-10-18')).toEqual(['recent', 'old', 'later']);
    expect(ids('2025-05-01')).toEqual(['later', 'recent', 'old']);
    expect(dated.search('troops massed at the border', 3).map((h) => h.id)).toEqual([
      'old',
      'recent',
      'later',
    ]);
  });

  it('uses the text around a query to tell apart claims its own words leave open', () => {
    const query = 'More of them arrived there last autumn.';
    expect(index.search(query, 3)).toEqual([]);
    const hits = index.search(query, 3, {
      context: 'Seoul says Pyongyang has been helping Russia with soldiers.',
    });
    expect(hits[0]?.id).toMatch(/^troops-/u);
  });
});
