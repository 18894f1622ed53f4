// Routes over assessment: propositions, timelines, track records with framing profiles, who was first,
// similar claims — each now or as of a day.

import { z } from 'zod';
import type { Claimlog } from '../../app/claimlog.js';
import { NotFound } from '../../domain/errors.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import {
  FirstSupportJson,
  PropositionPageJson,
  SimilarJson,
  SourcePageJson,
  SourceRecordJson,
  StatusJson,
  TimelineJson,
} from '../schemas/assessment-json.js';
import { toPage } from '../schemas/page-json.js';
import { asOfOf, asOfQuery, propositionIdParam } from '../schemas/assessment-parameters.js';
import { integerParam, pageParams } from '../schemas/parameters.js';

export const MAX_PROPOSITIONS_PAGE = 500;
export const MAX_SOURCES_PAGE = 1000;

export function assessmentRoutes(claimlog: Claimlog): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/propositions',
      operationId: 'listPropositions',
      summary: 'Propositions with their status, first support and counts',
      description: 'Ordered by the day each was first supported, then id.',
      tag: 'assessment',
      access: 'read',
      query: {
        ...asOfQuery,
        status: StatusJson.optional().describe('only propositions with this status'),
        ...pageParams(MAX_PROPOSITIONS_PAGE),
      },
      response: { status: 200, description: 'a page of propositions', schema: PropositionPageJson },
      handle: async ({ query }) => {
        const rows = (await claimlog.assessment.propositions(asOfOf(query))).filter(
          (r) => query.status === undefined || r.status === query.status,
        );
        return toPage(rows.slice(query.offset, query.offset + query.limit + 1), query);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/propositions/{propositionId}/timeline',
      operationId: 'getTimeline',
      summary: "A proposition's status history, its statements in date order, and its evidence",
      tag: 'assessment',
      access: 'read',
      params: { propositionId: propositionIdParam },
      query: asOfQuery,
      response: { status: 200, description: 'the timeline', schema: TimelineJson },
      cached: true,
      handle: ({ params, query }) => claimlog.assessment.timeline(params.propositionId, asOfOf(query)),
    }),
    defineRoute({
      method: 'get',
      path: '/propositions/{propositionId}/first',
      operationId: 'getFirstSupport',
      summary: 'Who was first: the earliest logged supporting document, with its proof',
      description:
        'For a priority claim ("we were the first to …"), whether the log bears it out. The proof ' +
        '(`proofHref`) and the leaf (`leafHref`) are what `claimlog log verify` checks offline.',
      tag: 'assessment',
      access: 'read',
      params: { propositionId: propositionIdParam },
      query: asOfQuery,
      response: { status: 200, description: 'the earliest support and its proof', schema: FirstSupportJson },
      handle: async ({ params, query }) => {
        const { proof, ...answer } = await claimlog.assessment.first(params.propositionId, asOfOf(query));
        const base = `/propositions/${encodeURIComponent(answer.proposition.id)}/first`;
        const asOf = new URLSearchParams();
        if (query.asOf !== undefined) asOf.set('asOf', query.asOf);
        if (query.asOf !== undefined && query.logged !== undefined) asOf.set('logged', query.logged);
        const suffix = asOf.size === 0 ? '' : `?${asOf.toString()}`;
        return {
          ...answer,
          proofHref: proof === null ? null : `${base}.tlog-proof${suffix}`,
          leafHref: proof === null ? null : `${base}.leaf${suffix}`,
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sources',
      operationId: 'listSources',
      summary: 'Track records of actors and outlets, with their framing profiles',
      tag: 'assessment',
      access: 'read',
      query: {
        ...asOfQuery,
        kind: z
          .enum(['actor', 'outlet'], { error: 'expected actor or outlet' })
          .optional()
          .describe('only actors, or only outlets'),
        ...pageParams(MAX_SOURCES_PAGE, 100),
      },
      response: { status: 200, description: 'a page of sources', schema: SourcePageJson },
      cached: true,
      handle: async ({ query }) => {
        const rows = (await claimlog.assessment.sources(asOfOf(query))).filter(
          (s) => query.kind === undefined || s.kind === query.kind,
        );
        return toPage(rows.slice(query.offset, query.offset + query.limit + 1), query);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sources/{sourceId}',
      operationId: 'getSource',
      summary: 'One source: its track record, framing profile and outcome on each proposition',
      tag: 'assessment',
      access: 'read',
      params: {
        sourceId: z
          .string()
          .min(1)
          .max(200, { error: 'expected an actor id or outlet name of at most 200 characters' })
          .describe('an actor id such as "kp", or an outlet'),
      },
      response: { status: 200, description: 'the source', schema: SourceRecordJson },
      handle: async ({ params }) => {
        const rows = await claimlog.assessment.sources(null, params.sourceId);
        const row = rows.find((r) => r.kind === 'actor') ?? rows[0];
        if (row === undefined) throw new NotFound(`no source "${params.sourceId}"`);
        return row;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/similar',
      operationId: 'similar',
      summary:
        'Has this been claimed or checked before? The most similar earlier propositions and statements',
      tag: 'assessment',
      access: 'read',
      query: {
        q: z
          .string({ error: 'expected a text of 1 to 2000 characters' })
          .trim()
          .min(1, { error: 'expected a text of 1 to 2000 characters' })
          .max(2000, { error: 'expected a text of 1 to 2000 characters' })
          .describe('a statement, claim or post'),
        k: integerParam(1, 50, 5, 'how many of each kind (1 to 50)'),
        ...asOfQuery,
      },
      response: { status: 200, description: 'the most similar of each kind', schema: SimilarJson },
      handle: ({ query }) => claimlog.assessment.similar(query.q, query.k, asOfOf(query)),
    }),
  ];
}
