// The downloads of "who was first": a proposition's proof (c2sp.org/tlog-proof@v1) and its exact leaf.

import { z } from 'zod';
import type { Claimlog } from '../../app/claimlog.js';
import { NotFound } from '../../domain/errors.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { asOfOf, asOfQuery, propositionIdParam } from '../schemas/assessment-parameters.js';

/**
 * `GET /propositions/{id}/first.tlog-proof` (text/plain) and `…/first.leaf` (application/octet-stream):
 * what `claimlog log verify PROOF --key KEY --leaf LEAF` checks offline, for the document
 * `/propositions/{id}/first` names as `proved`. A proposition without a logged supporting document is a
 * 404 problem.
 */
export function firstProofRoutes(claimlog: Claimlog): ApiRoute[] {
  const download = (leaf: boolean) =>
    defineRoute({
      method: 'get',
      path: `/propositions/{propositionId}/first.${leaf ? 'leaf' : 'tlog-proof'}`,
      operationId: leaf ? 'getFirstLeaf' : 'getFirstProof',
      summary: leaf
        ? 'The exact leaf bytes of the earliest logged supporting document (for `log verify --leaf`)'
        : 'The c2sp.org/tlog-proof@v1 of the earliest logged supporting document, to verify offline',
      tag: 'assessment',
      access: 'read',
      params: { propositionId: propositionIdParam },
      query: asOfQuery,
      response: {
        status: 200,
        description: leaf ? 'the leaf, as logged' : 'the proof (an attachment)',
        contentType: leaf ? 'application/octet-stream' : 'text/plain',
        schema: z.string(),
      },
      handle: async ({ params, query }) => {
        const answer = await claimlog.assessment.first(params.propositionId, asOfOf(query));
        if (answer.proof === null)
          throw new NotFound(
            `proposition ${answer.proposition.id}: no logged document supports it${answer.asOf ? ` by ${answer.asOf}` : ''}`,
          );
        const name = `${answer.proved?.documentId ?? 'first'}.${leaf ? 'leaf' : 'tlog-proof'}`;
        return new Response(leaf ? new Uint8Array(answer.proof.leaf) : answer.proof.text, {
          headers: {
            'content-type': leaf ? 'application/octet-stream' : 'text/plain; charset=utf-8',
            'content-disposition': `attachment; filename="${name}"`,
          },
        });
      },
    });
  return [download(false), download(true)];
}
