// The OpenAPI 3.1 document of the API, generated from the routes' zod schemas (z.toJSONSchema).

import { z } from 'zod';
import type { ApiRoute } from './api-route.js';
import { apiSchemas } from './schema-registry.js';
import { ProblemJson } from './schemas/service-json.js';

type JsonSchema = Record<string, unknown>;

const REF = (id: string) => `#/components/schemas/${id}`;

/**
 * Describes every route: parameters (with the constraints their schemas enforce), request body,
 * success response, and the problem responses the route can give (400 for parameters, 401/403 for
 * tokens, 404 for path lookups, 413 for bodies). Reads list the bearer scheme as optional, since a
 * server may be configured to require it. Pure: the same routes give the same document.
 */
export function openApiDocument(routes: readonly ApiRoute[], info: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    const pathItem = paths[route.path];
    if (pathItem) pathItem[route.method] = operation(route);
  }
  // Every schema reachable from a route is registered by name; the registry converts them together.
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: REF, unrepresentable: 'any' });
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === '__shared') continue;
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
    components[id] = rest;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'claimlog',
      version: info.version,
      description:
        'A verifiable record of contested claims: documents, the statements found in them, and search. ' +
        'Errors are RFC 9457 problem documents. Lists are pages: follow `next` as `offset`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'a token from `claimlog token create --role reader|analyst|admin`',
        },
      },
    },
  };
}

function operation(route: ApiRoute): JsonSchema {
  const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
  const etag = {
    ETag: { description: 'a tag of this answer, for If-None-Match', schema: { type: 'string' } },
  };
  const responses: Record<string, unknown> = {
    [String(route.response.status)]: {
      description: route.response.description,
      ...(route.cached ? { headers: etag } : {}),
      content: {
        [route.response.contentType ?? 'application/json']: { schema: schemaOf(route.response.schema) },
      },
    },
  };
  if (route.cached)
    responses['304'] = { description: 'unchanged: If-None-Match named this ETag', headers: etag };
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: REF(idOf(ProblemJson)) } } },
  });
  if (parameters.length > 0 || route.body)
    responses['400'] = problem('a parameter is wrong; the problem names it');
  if (route.access === 'read') {
    responses['401'] = problem('the token is invalid or revoked, or reads need a token on this server');
  } else {
    responses['401'] = problem('no token, or an invalid or revoked one');
    responses['403'] = problem(`the token's role is not ${route.access.join(' or ')}`);
  }
  if (route.params) responses['404'] = problem('nothing has this id');
  if (route.body) responses['413'] = problem('the request body is larger than the server accepts');
  responses.default = problem('an unexpected failure');
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    security: route.access === 'read' ? [{}, { bearer: [] }] : [{ bearer: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            description: route.body.description,
            content: { 'application/json': { schema: schemaOf(route.body.schema) } },
          },
        }
      : {}),
    responses,
  };
}

function parametersOf(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...json } = inputSchema(field as z.ZodType);
    return {
      name,
      in: where,
      required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema: json,
    };
  });
}

/** A schema as a reference when it is named, else inline. */
function schemaOf(schema: z.ZodType): JsonSchema {
  return apiSchemas.has(schema) ? { $ref: REF(idOf(schema)) } : inputSchema(schema);
}

function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _schema, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return json;
}

function idOf(schema: z.ZodType): string {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error('openApiDocument: a referenced schema has no registered id');
  return id;
}
