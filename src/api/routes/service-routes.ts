// The service's own routes: health and the OpenAPI document that describes every route.

import { z } from 'zod';
import type { Claimlog } from '../../app/claimlog.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { openApiDocument } from '../openapi-document.js';
import { named } from '../schema-registry.js';
import { HealthJson } from '../schemas/service-json.js';

const OpenApiJson = named(
  'OpenApiDocument',
  z.object({ openapi: z.string(), info: z.object({}).loose(), paths: z.object({}).loose() }).loose(),
);

export function healthRoute(claimlog: Claimlog): ApiRoute {
  return defineRoute({
    method: 'get',
    path: '/health',
    operationId: 'health',
    summary: 'Whether the service and its store answer',
    tag: 'service',
    access: 'read',
    response: { status: 200, description: 'the service is up', schema: HealthJson },
    handle: async () => ({ status: 'ok' as const, documents: await claimlog.countDocuments() }),
  });
}

/** The route serving the OpenAPI document of `routes()` (which may include this route itself). */
export function openApiRoute(routes: () => readonly ApiRoute[], version: string): ApiRoute {
  let document: Record<string, unknown> | undefined;
  return defineRoute({
    method: 'get',
    path: '/openapi.json',
    operationId: 'openApi',
    summary: 'This API described in OpenAPI 3.1',
    tag: 'service',
    access: 'read',
    response: { status: 200, description: 'the OpenAPI document', schema: OpenApiJson },
    handle: () => {
      document ??= openApiDocument(routes(), { version });
      return Promise.resolve(document as z.output<typeof OpenApiJson>);
    },
  });
}
