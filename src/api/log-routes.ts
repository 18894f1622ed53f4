// The log's read side over HTTP: the C2SP tlog-tiles folder served as static files under /log/ (checkpoint, tile/…).

import { Hono } from 'hono';
import type { Claimlog } from '../app/claimlog.js';
import { InvalidInput, NotFound } from '../domain/errors.js';

/** Full and partial tiles never change once written: caches may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Routes for `/log/*`: `checkpoint` (text/plain, revalidated on every use), `key` (the verifier key,
 * `origin+keyid+base64` and a newline, as `claimlog log key` prints it) and the C2SP tile paths
 * `tile/<L>/<N>[.p/<W>]` and `tile/entries/<N>[.p/<W>]` (application/octet-stream, immutable). Any
 * other path is a 404, as on a static server. Open to any origin, so browser verifiers can read it.
 */
export function logRoutes(claimlog: Claimlog): Hono {
  const app = new Hono();
  app.get('/key', async () => {
    const { verifierKey } = await claimlog.log.verifierKey();
    return new Response(`${verifierKey}\n`, {
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
      },
    });
  });
  app.get('/*', async (c) => {
    const path = c.req.path.replace(/^\/log\//, '');
    let file;
    try {
      file = await claimlog.log.publicFile(path);
    } catch (error) {
      if (error instanceof InvalidInput) throw new NotFound(`the log has no ${path}`, { cause: error });
      throw error;
    }
    const checkpoint = path === 'checkpoint';
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'content-type': checkpoint ? 'text/plain; charset=utf-8' : 'application/octet-stream',
        'cache-control': file.immutable ? IMMUTABLE : 'no-cache',
        'access-control-allow-origin': '*',
      },
    });
  });
  return app;
}
