// Exports for other tools: a proposition as a schema.org ClaimReview (JSON-LD), its timeline as CSV, and
// the sources' track records as CSV.

import { z } from 'zod';
import type { Claimlog } from '../../app/claimlog.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { claimReview, type Appearance } from '../exports/claim-review.js';
import { sourcesCsv } from '../exports/sources-csv.js';
import { timelineCsv } from '../exports/timeline-csv.js';
import { ClaimReviewJson } from '../schemas/claim-review-json.js';
import { asOfOf, asOfQuery, propositionIdParam } from '../schemas/assessment-parameters.js';

const CSV = 'text/csv; charset=utf-8; header=present';

function csvResponse(text: string, filename: string): Response {
  return new Response(text, {
    headers: { 'content-type': CSV, 'content-disposition': `attachment; filename="${filename}"` },
  });
}

export function exportRoutes(claimlog: Claimlog): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/propositions/{propositionId}/claimreview.jsonld',
      operationId: 'getClaimReview',
      summary: 'The proposition as one schema.org ClaimReview (JSON-LD)',
      description:
        'The current status is the rating (`reviewRating.alternateName`), the status history is the ' +
        "`description`, the earliest supporting document is the claim's `firstAppearance`, and the " +
        "author is the log's origin.",
      tag: 'exports',
      access: 'read',
      params: { propositionId: propositionIdParam },
      query: asOfQuery,
      response: {
        status: 200,
        description: 'the ClaimReview',
        contentType: 'application/ld+json',
        schema: ClaimReviewJson,
      },
      handle: async ({ params, query }) => {
        const timeline = await claimlog.assessment.timeline(params.propositionId, asOfOf(query));
        const supporting = new Set(
          timeline.entries.filter((e) => e.polarity === 'supports').map((e) => e.documentId),
        );
        const [firstAppearance, { origin }] = await Promise.all([
          earliestDocument(claimlog, [...supporting]),
          claimlog.log.verifierKey(),
        ]);
        const review = claimReview({ ...timeline, firstAppearance, author: origin });
        return new Response(JSON.stringify(review), {
          headers: { 'content-type': 'application/ld+json; charset=utf-8' },
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/propositions/{propositionId}/timeline.csv',
      operationId: 'getTimelineCsv',
      summary: "The proposition's timeline as CSV: one row per statement, columns as the timeline's entries",
      description:
        'Columns: on, speaker.text, speaker.actor, outlet, stance, polarity, documentId, logIndex, linkId, ' +
        'claimId, state, basis, text (RFC 4180; text starting with = + - @ tab or CR gets a leading apostrophe).',
      tag: 'exports',
      access: 'read',
      params: { propositionId: propositionIdParam },
      query: asOfQuery,
      response: {
        status: 200,
        description: 'the CSV (an attachment)',
        contentType: 'text/csv',
        schema: z.string(),
      },
      handle: async ({ params, query }) => {
        const timeline = await claimlog.assessment.timeline(params.propositionId, asOfOf(query));
        const day = timeline.asOf === null ? '' : `-${timeline.asOf}`;
        return csvResponse(timelineCsv(timeline), `timeline-${timeline.proposition.id}${day}.csv`);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sources.csv',
      operationId: 'getSourcesCsv',
      summary: "Every source's track record as CSV",
      description:
        'Columns: id, name, kind, statements, right, wrong, reversed, pending, accuracy.mean, accuracy.low, ' +
        'accuracy.high, medianLeadDays (RFC 4180; text starting with = + - @ tab or CR gets a leading apostrophe).',
      tag: 'exports',
      access: 'read',
      query: {
        ...asOfQuery,
        kind: z
          .enum(['actor', 'outlet'], { error: 'expected actor or outlet' })
          .optional()
          .describe('only actors, or only outlets'),
      },
      response: {
        status: 200,
        description: 'the CSV (an attachment)',
        contentType: 'text/csv',
        schema: z.string(),
      },
      handle: async ({ query }) => {
        const rows = (await claimlog.assessment.sources(asOfOf(query))).filter(
          (s) => query.kind === undefined || s.kind === query.kind,
        );
        return csvResponse(sourcesCsv(rows), `sources${query.asOf ? `-${query.asOf}` : ''}.csv`);
      },
    }),
  ];
}

/** The earliest published of these documents (then the first logged), or null when there are none. */
async function earliestDocument(claimlog: Claimlog, ids: readonly string[]): Promise<Appearance | null> {
  const documents = await Promise.all(ids.map(async (id) => (await claimlog.document(id)).document));
  const key = (d: (typeof documents)[number]) =>
    `${d.publishedAt ?? '9999'}|${String(d.logIndex ?? Number.MAX_SAFE_INTEGER).padStart(16, '0')}|${d.id}`;
  const [first] = documents.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (first === undefined) return null;
  return {
    documentId: first.id,
    url: first.url,
    title: first.title,
    outlet: first.outlet,
    publishedAt: first.publishedAt,
  };
}
