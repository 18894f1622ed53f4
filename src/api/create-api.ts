// The HTTP API (JSON, described at /openapi.json) and the web UI, over the use cases in `app`.

import { Hono } from 'hono';
import type { Claimlog } from '../app/claimlog.js';
import { mountUi } from '../web/serve-ui.js';
import { mountRoutes, type ApiEnv, type ApiRoute } from './api-route.js';
import { principalOf } from './bearer-token.js';
import { logRoutes } from './log-routes.js';
import { problemResponse, toProblem } from './problem.js';
import { ResponseCache } from './response-cache.js';
import { assessmentRoutes } from './routes/assessment-routes.js';
import { decisionRoutes } from './routes/decision-routes.js';
import { firstProofRoutes } from './routes/first-proof-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { searchRoutes } from './routes/search-routes.js';
import { healthRoute, openApiRoute } from './routes/service-routes.js';
import { statementRoutes } from './routes/statement-routes.js';
import { securityHeaders } from './security-headers.js';

export interface ApiOptions {
  /** Reads need a bearer token too (CLAIMLOG_READ_TOKEN_REQUIRED). */
  readTokenRequired?: boolean;
  /** Largest request body, in bytes. */
  maxBodyBytes?: number;
  /** Where the built web UI is; defaults to dist/ui. */
  uiDir?: string;
  version?: string;
}

/** Every route of the JSON API; a new group of routes is added here and appears in /openapi.json. */
export function apiRoutes(claimlog: Claimlog, version: string): ApiRoute[] {
  const routes: ApiRoute[] = [
    healthRoute(claimlog),
    ...documentRoutes(claimlog),
    ...statementRoutes(claimlog),
    ...searchRoutes(claimlog),
    ...assessmentRoutes(claimlog),
    ...firstProofRoutes(claimlog),
    ...decisionRoutes(claimlog),
    ...exportRoutes(claimlog),
  ];
  routes.push(openApiRoute(() => routes, version));
  return routes;
}

export function createApi(claimlog: Claimlog, options: ApiOptions = {}): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.use('*', async (c, next) => {
    await next();
    securityHeaders(c.res.headers);
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
      detail: `no route ${c.req.method} ${c.req.path}; the routes are listed at /openapi.json`,
    }),
  );

  const responses = new ResponseCache();
  // With the embedded store, answers are made again after each commit, before readers see its version.
  claimlog.assessment.onVersionCommitted((version) => responses.refresh(version));
  mountRoutes(app, apiRoutes(claimlog, options.version ?? '0.1.0'), {
    authenticate: (c) => principalOf(claimlog, c.req.header('authorization')),
    readTokenRequired: options.readTokenRequired ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
    cache: { responses, version: () => claimlog.assessment.version() },
  });
  app.route('/log', logRoutes(claimlog));
  mountUi(app, options.uiDir);
  return app;
}
