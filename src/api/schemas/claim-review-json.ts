// The JSON-LD shape of the ClaimReview export (schema.org), as /openapi.json documents it.

import { z } from 'zod';
import { named } from '../schema-registry.js';

const OrganizationJson = z.object({ '@type': z.literal('Organization'), name: z.string() });

const CreativeWorkJson = named(
  'CreativeWork',
  z.object({
    '@type': z.literal('CreativeWork'),
    identifier: z.string().describe('the document id'),
    url: z.string().optional(),
    headline: z.string().optional(),
    datePublished: z.string().optional(),
    publisher: OrganizationJson.optional().describe('the outlet'),
  }),
);

export const ClaimReviewJson = named(
  'ClaimReview',
  z
    .object({
      '@context': z.literal('https://schema.org'),
      '@type': z.literal('ClaimReview'),
      identifier: z.string().describe('the proposition id'),
      claimReviewed: z.string().describe("the proposition's text"),
      author: OrganizationJson.describe("the log's origin"),
      datePublished: z.string().optional().describe('the day the current status began'),
      reviewRating: z.object({
        '@type': z.literal('Rating'),
        alternateName: z.string().describe('the current status ("unassessed" without one)'),
        ratingExplanation: z.string().optional().describe('why it has that status'),
      }),
      description: z.string().describe('the status history: each status, from when, and why'),
      itemReviewed: z.object({
        '@type': z.literal('Claim'),
        appearance: z.array(CreativeWorkJson),
        firstAppearance: CreativeWorkJson.optional().describe('the earliest supporting document'),
      }),
    })
    .describe('a schema.org ClaimReview (application/ld+json)'),
);
