import { describe, expect, it } from 'vitest';
import { claimReview, NO_STATUS } from './claim-review.js';

const proposition = { id: 'p1', text: 'Northern troops are deployed in the war' };
const status = [
  { from: '2024-10-18', status: 'alleged', why: 'one source asserts it' },
  { from: '2024-11-04', status: 'corroborated', why: 'independent sources agree' },
  { from: '2025-04-27', status: 'confirmed', why: 'its own government admits it' },
];
const firstAppearance = {
  documentId: 'd1',
  url: 'https://wire.example/2024/10/18/troops',
  title: 'Troops sent, agency says',
  outlet: 'Example Wire',
  publishedAt: '2024-10-18',
};

describe('claimReview', () => {
  it('rates the claim with its current status, and tells its history', () => {
    const review = claimReview({ proposition, status, firstAppearance, author: 'example.org/claimlog' });
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: 'p1',
      claimReviewed: proposition.text,
      author: { '@type': 'Organization', name: 'example.org/claimlog' },
      datePublished: '2025-04-27',
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'confirmed',
        ratingExplanation: 'its own government admits it',
      },
    });
    expect(review.description).toBe(
      'Status history: alleged from 2024-10-18 (one source asserts it); corroborated from 2024-11-04 ' +
        '(independent sources agree); confirmed from 2025-04-27 (its own government admits it).',
    );
  });

  it("gives the earliest supporting document as the claim's first appearance", () => {
    const { itemReviewed } = claimReview({ proposition, status, firstAppearance, author: 'o' });
    const work = {
      '@type': 'CreativeWork',
      identifier: 'd1',
      url: firstAppearance.url,
      headline: firstAppearance.title,
      datePublished: '2024-10-18',
      publisher: { '@type': 'Organization', name: 'Example Wire' },
    };
    expect(itemReviewed).toEqual({ '@type': 'Claim', appearance: [work], firstAppearance: work });
  });

  it('leaves out what is unknown instead of writing nulls', () => {
    const review = claimReview({
      proposition,
      status: [],
      firstAppearance: { documentId: 'd2', url: null, title: null, outlet: null, publishedAt: null },
      author: 'o',
    });
    expect(review.datePublished).toBeUndefined();
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: NO_STATUS });
    expect(review.description).toBe('No status yet.');
    expect(review.itemReviewed.firstAppearance).toEqual({ '@type': 'CreativeWork', identifier: 'd2' });
    expect(JSON.stringify(review)).not.toContain('null');
    const none = claimReview({ proposition, status, firstAppearance: null, author: 'o' });
    expect(none.itemReviewed).toEqual({ '@type': 'Claim', appearance: [] });
  });
});
