// The HTTP API and the plain HTML overview, over the use cases in `app`.

import { Hono } from 'hono';
import type { Claimlog } from '../app/claimlog.js';
import { InvalidInput } from '../domain/errors.js';
import { logRoutes } from './log-routes.js';
import { renderOverview } from './overview-page.js';
import { problemResponse, toProblem } from './problem.js';

const MAX_LIMIT = 500;

export function createApi(claimlog: Claimlog): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
  app.onError((error) => {
    const problem = toProblem(error);
    if (problem.status === 500) console.error(error);
    return problemResponse(problem);
  });
  app.notFound((c) =>
    problemResponse({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `no route ${c.req.method} ${c.req.path}`,
    }),
  );

  app.get('/health', async (c) => c.json({ status: 'ok', documents: await claimlog.countDocuments() }));

  app.get('/documents', async (c) => {
    const page = readPage(c.req.query());
    return c.json({ items: await claimlog.documents(page), ...page });
  });

  app.get('/documents/:id', async (c) => {
    const { document, extraction } = await claimlog.document(c.req.param('id'));
    const { bytes: _bytes, ...rest } = document;
    return c.json({ ...rest, extraction });
  });

  app.get('/statements', async (c) => {
    const query = c.req.query();
    const page = readPage(query);
    const filter = {
      ...(query.speaker ? { speaker: query.speaker } : {}),
      ...(query.document ? { documentId: query.document } : {}),
    };
    return c.json({ items: await claimlog.statements(filter, page), ...page });
  });

  app.route('/log', logRoutes(claimlog));

  app.get('/', async (c) => {
    const documents = await claimlog.documents({ limit: MAX_LIMIT, offset: 0 });
    const statements = await claimlog.statements({}, { limit: 5000, offset: 0 });
    return c.html(renderOverview(documents, statements));
  });

  return app;
}

/** Reads `limit` and `offset`; a bad value is a 400 naming the parameter. */
function readPage(query: Record<string, string>): { limit: number; offset: number } {
  return {
    limit: readInt(query, 'limit', 50, 1, MAX_LIMIT),
    offset: readInt(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

function readInt(
  query: Record<string, string>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = query[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new InvalidInput(
      `query parameter "${name}": expected an integer from ${min} to ${max}, found "${raw}"`,
    );
  }
  return value;
}
