// The downloads of "who was first": a proposition's proof (c2sp.org/tlog-proof@v1) and its exact leaf.

import { Hono, type Context } from 'hono';
import type { Claimlog } from '../app/claimlog.js';
import { InvalidInput } from '../domain/errors.js';

/**
 * `GET /propositions/:id/first.tlog-proof` (text/plain) and `…/first.leaf` (application/octet-stream):
 * what `claimlog log verify PROOF --key KEY --leaf LEAF` checks offline. `asOf` and `logged` as for
 * `/propositions/{id}/first`. A proposition without a logged supporting document is a 404.
 */
export function firstProofRoutes(claimlog: Claimlog): Hono {
  const app = new Hono();
  const download = (leaf: boolean) => async (c: Context) => {
    const asOf = c.req.query('asOf');
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      throw new InvalidInput(`query parameter "asOf": expected a day as YYYY-MM-DD, found "${asOf}"`);
    const answer = await claimlog.assessment.first(
      c.req.param('id') ?? '',
      asOf === undefined ? null : { day: asOf, logged: c.req.query('logged') === 'true' },
    );
    if (answer.proof === null) return new Response('no logged document supports it\n', { status: 404 });
    return new Response(leaf ? new Uint8Array(answer.proof.leaf) : answer.proof.text, {
      headers: {
        'content-type': leaf ? 'application/octet-stream' : 'text/plain; charset=utf-8',
        'content-disposition': `attachment; filename="${answer.proved?.documentId ?? 'first'}.${leaf ? 'leaf' : 'tlog-proof'}"`,
      },
    });
  };
  app.get('/:id/first.tlog-proof', download(false));
  app.get('/:id/first.leaf', download(true));
  return app;
}
