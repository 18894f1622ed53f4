// Analyst decisions over HTTP: confirm or reject a link, set a status, merge or split propositions.
// Each is recorded as `claimlog link|status|propositions` records it: stored, and a log leaf.

import { z } from 'zod';
import type { Decider, RecordedDecision } from '../../app/analyst-actions.js';
import type { Principal } from '../../app/access-tokens.js';
import type { Claimlog } from '../../app/claimlog.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import {
  DecisionJson,
  LinkDecisionBodyJson,
  MergeBodyJson,
  SplitBodyJson,
  StatusDecisionBodyJson,
} from '../schemas/assessment-json.js';
import { propositionIdParam } from '../schemas/assessment-parameters.js';

const WRITERS = ['analyst', 'admin'] as const;
const linkIdParam = z
  .string()
  .regex(/^[a-z0-9]{1,40}$/, {
    error: 'expected a link id (or a unique prefix): lowercase letters and digits',
  })
  .describe('a link id, or a unique prefix of one');
const recorded = { status: 200, description: 'the decision as recorded', schema: DecisionJson } as const;

/** The decision as JSON (a copy, so its type takes the schema's open record of members). */
async function asJson(pending: Promise<RecordedDecision>) {
  const answer = await pending;
  return { ...answer, decision: { ...answer.decision } };
}

/** Who decided: the name given, and always the token that made the request. */
function decider(body: { by?: string | undefined; reason: string }, principal: Principal | null): Decider {
  const token = principal === null ? 'no token' : `token ${principal.tokenId}`;
  return { by: body.by === undefined ? token : `${body.by} (${token})`, reason: body.reason };
}

export function decisionRoutes(claimlog: Claimlog): ApiRoute[] {
  const actions = claimlog.assessment.actions;
  return [
    defineRoute({
      method: 'post',
      path: '/links/{linkId}/confirm',
      operationId: 'confirmLink',
      summary: 'Confirm a suggested link (optionally correcting its polarity)',
      tag: 'decisions',
      access: WRITERS,
      params: { linkId: linkIdParam },
      body: { schema: LinkDecisionBodyJson, description: 'why, and who' },
      response: recorded,
      handle: ({ params, body, principal }) =>
        asJson(actions.confirmLink(params.linkId, decider(body, principal), body.polarity)),
    }),
    defineRoute({
      method: 'post',
      path: '/links/{linkId}/reject',
      operationId: 'rejectLink',
      summary: 'Reject a link: its claim no longer counts for or against the proposition',
      tag: 'decisions',
      access: WRITERS,
      params: { linkId: linkIdParam },
      body: { schema: LinkDecisionBodyJson, description: 'why, and who' },
      response: recorded,
      handle: ({ params, body, principal }) =>
        asJson(actions.rejectLink(params.linkId, decider(body, principal))),
    }),
    defineRoute({
      method: 'post',
      path: '/propositions/{propositionId}/status',
      operationId: 'setStatus',
      summary: "Set a proposition's status from a day on ('none' hands it back to the rules)",
      tag: 'decisions',
      access: WRITERS,
      params: { propositionId: propositionIdParam },
      body: { schema: StatusDecisionBodyJson, description: 'the status, why, and who' },
      response: recorded,
      handle: ({ params, body, principal }) =>
        asJson(actions.setStatus(params.propositionId, body.status, decider(body, principal), body.from)),
    }),
    defineRoute({
      method: 'post',
      path: '/propositions/merge',
      operationId: 'mergePropositions',
      summary: 'Merge propositions into the first one',
      tag: 'decisions',
      access: WRITERS,
      body: { schema: MergeBodyJson, description: 'the propositions (the one kept first), why, and who' },
      response: recorded,
      handle: ({ body, principal }) => asJson(actions.merge(body.propositionIds, decider(body, principal))),
    }),
    defineRoute({
      method: 'post',
      path: '/propositions/{propositionId}/split',
      operationId: 'splitProposition',
      summary: 'Split claims off a proposition into a new one',
      tag: 'decisions',
      access: WRITERS,
      params: { propositionId: propositionIdParam },
      body: { schema: SplitBodyJson, description: 'the claims, the new text, why, and who' },
      response: recorded,
      handle: ({ params, body, principal }) =>
        asJson(actions.split(params.propositionId, body.claimIds, decider(body, principal), body.text)),
    }),
  ];
}
