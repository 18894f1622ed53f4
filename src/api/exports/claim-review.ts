// A proposition as one schema.org ClaimReview (JSON-LD): the claim, its current status as the rating,
// its status history in the description, and where the claim first appeared.

/** A document the claim appeared in. */
export interface Appearance {
  documentId: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

export interface ClaimReviewInput {
  proposition: { id: string; text: string };
  /** Every status change, oldest first; the last is the current status. */
  status: readonly { from: string; status: string; why: string }[];
  /** The earliest document supporting the claim, or null when none is known. */
  firstAppearance: Appearance | null;
  /** Who reviews: the log's origin (e.g. "example.org/claimlog"). */
  author: string;
}

/** The JSON-LD object; its shape is documented by `ClaimReviewJson`. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  author: { '@type': 'Organization'; name: string };
  datePublished?: string;
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation?: string };
  description: string;
  itemReviewed: {
    '@type': 'Claim';
    appearance: CreativeWork[];
    firstAppearance?: CreativeWork;
  };
}

interface CreativeWork {
  '@type': 'CreativeWork';
  identifier: string;
  url?: string;
  headline?: string;
  datePublished?: string;
  publisher?: { '@type': 'Organization'; name: string };
}

/** The rating of a proposition no rule has given a status yet. */
export const NO_STATUS = 'unassessed';

/**
 * One ClaimReview of a proposition: `claimReviewed` is its text; `reviewRating.alternateName` its
 * current status (why, as `ratingExplanation`); `description` lists every status with the day it
 * began and why; `datePublished` is the day the current status began; `itemReviewed` is the Claim,
 * with the earliest supporting document as its `firstAppearance` (and only `appearance`); `author` is
 * the log's origin as an Organization. Fields with no value are left out, never set to null. Pure.
 */
export function claimReview(input: ClaimReviewInput): ClaimReview {
  const current = input.status.at(-1);
  const history =
    input.status.length === 0
      ? 'No status yet.'
      : `Status history: ${input.status.map((s) => `${s.status} from ${s.from} (${s.why})`).join('; ')}.`;
  const appearance = input.firstAppearance === null ? null : creativeWork(input.firstAppearance);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: input.proposition.id,
    claimReviewed: input.proposition.text,
    author: { '@type': 'Organization', name: input.author },
    ...(current ? { datePublished: current.from } : {}),
    reviewRating: {
      '@type': 'Rating',
      alternateName: current?.status ?? NO_STATUS,
      ...(current ? { ratingExplanation: current.why } : {}),
    },
    description: history,
    itemReviewed: {
      '@type': 'Claim',
      appearance: appearance === null ? [] : [appearance],
      ...(appearance === null ? {} : { firstAppearance: appearance }),
    },
  };
}

function creativeWork(a: Appearance): CreativeWork {
  return {
    '@type': 'CreativeWork',
    identifier: a.documentId,
    ...(a.url !== null ? { url: a.url } : {}),
    ...(a.title !== null ? { headline: a.title } : {}),
    ...(a.publishedAt !== null ? { datePublished: a.publishedAt } : {}),
    ...(a.outlet !== null ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
  };
}
