// A route of the JSON API: its zod schemas (the single source of validation and of /openapi.json),
// who may call it, and its handler over the use cases.

import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { roleAllows, type Principal, type TokenRole } from '../app/access-tokens.js';
import { Forbidden, InvalidInput, Unauthorized } from '../domain/errors.js';
import { BodyTooLarge, InvalidParameters, type InvalidParameter } from './invalid-parameters.js';
import { encodeBody, MIN_ENCODED_BYTES, preferredCoding, type ContentCoding } from './content-coding.js';
import { matchesEtag, type CachedAnswer, type ResponseCache } from './response-cache.js';

type Shape = Record<string, z.ZodType>;

/** Who may call a route: `read` is open unless reads need a token; a role list is a write. */
export type Access = 'read' | readonly TokenRole[];

export interface SuccessResponse {
  status: 200 | 201;
  description: string;
  schema: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteInput<P extends Shape, Q extends Shape, B extends z.ZodType | undefined> {
  params: z.output<z.ZodObject<P>>;
  query: z.output<z.ZodObject<Q>>;
  body: B extends z.ZodType ? z.output<B> : undefined;
  principal: Principal | null;
}

export interface RouteSpec<
  P extends Shape,
  Q extends Shape,
  B extends z.ZodType | undefined,
  R extends SuccessResponse,
> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI form: `/documents/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: { schema: NonNullable<B>; description: string };
  response: R;
  /**
   * The JSON answer depends only on the parameters and the store's assessment version (every write
   * that can change it moves that version): it is served from the response cache, with an ETag.
   */
  cached?: boolean;
  /** Answers with JSON matching `response.schema` (or a Response for other content types). */
  handle(input: RouteInput<P, Q, B>): Promise<z.output<R['schema']> | Response>;
}

/** A route with its types erased, as the server and the OpenAPI generator see it. */
export interface ApiRoute {
  method: RouteSpec<Shape, Shape, undefined, SuccessResponse>['method'];
  path: string;
  operationId: string;
  summary: string;
  description: string | undefined;
  tag: string;
  access: Access;
  params: z.ZodObject<Shape> | undefined;
  query: z.ZodObject<Shape> | undefined;
  body: { schema: z.ZodType; description: string } | undefined;
  response: SuccessResponse;
  cached: boolean;
  handle(input: RouteInput<Shape, Shape, z.ZodType>): Promise<unknown>;
}

/** Declares a route; its handler's input and output are typed from its schemas. */
export function defineRoute<
  P extends Shape = Record<never, never>,
  Q extends Shape = Record<never, never>,
  B extends z.ZodType | undefined = undefined,
  R extends SuccessResponse = SuccessResponse,
>(spec: RouteSpec<P, Q, B, R>): ApiRoute {
  return {
    method: spec.method,
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    tag: spec.tag,
    access: spec.access,
    params: spec.params ? z.object(spec.params) : undefined,
    query: spec.query ? z.object(spec.query) : undefined,
    body: spec.body,
    response: spec.response,
    cached: spec.cached ?? false,
    // The input was validated against these very schemas before the handler runs.
    handle: (input) => spec.handle(input as unknown as RouteInput<P, Q, B>),
  };
}

/** What the middleware of a request leaves for its handler. */
export interface ApiEnv {
  Variables: { principal: Principal | null };
}

export interface RouteContext {
  /** The principal of the request's bearer token; null without one; throws Unauthorized for a bad one. */
  authenticate(c: Context<ApiEnv>): Promise<Principal | null>;
  readTokenRequired: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Where cached routes keep their answers, and the store version they are kept for. */
  cache?: { responses: ResponseCache; version(): Promise<number> };
}

/** Mounts `routes` on `app`: authorization first, then parameter validation, then the handler. */
export function mountRoutes(app: Hono<ApiEnv>, routes: readonly ApiRoute[], context: RouteContext): void {
  for (const route of routes) {
    const honoPath = route.path.replace(/\{(\w+)\}/g, ':$1');
    const limit = bodyLimit({
      maxSize: context.maxBodyBytes,
      onError: () => {
        throw new BodyTooLarge(context.maxBodyBytes);
      },
    });
    app.on(route.method.toUpperCase(), honoPath, async (c, next) => {
      // Authorization comes first: a caller without the right token learns nothing about the input.
      c.set('principal', authorize(route, await context.authenticate(c), context.readTokenRequired));
      await next();
    });
    if (route.body) app.on(route.method.toUpperCase(), honoPath, limit);
    app.on(route.method.toUpperCase(), honoPath, async (c) => {
      const principal = c.get('principal');
      const params = parse(route.params, c.req.param(), 'path');
      const { query: rawQuery, bad } = readQuery(c, route.query);
      const query = parse(route.query, rawQuery, 'query', bad);
      const body = route.body ? await readBody(c, route.body.schema) : undefined;
      const input = { params, query, body, principal };
      if (route.cached && context.cache) return cachedAnswer(c, route, input, context.cache);
      const result = await route.handle(input);
      if (result instanceof Response) return result;
      return jsonAnswer(c, result, route.response.status);
    });
  }
}

/**
 * `value` as a JSON answer, compressed per request when the request accepts a coding and the body is
 * worth it (MIN_ENCODED_BYTES or more).
 */
async function jsonAnswer(c: Context<ApiEnv>, value: unknown, status: number): Promise<Response> {
  const bytes = Buffer.from(JSON.stringify(value));
  const coding =
    bytes.byteLength < MIN_ENCODED_BYTES ? null : preferredCoding(c.req.header('accept-encoding'));
  return new Response(coding === null ? bytes : await encodeBody(bytes, coding), {
    status,
    headers: {
      'content-type': 'application/json',
      vary: 'Accept-Encoding',
      ...(coding === null ? {} : { 'content-encoding': coding }),
    },
  });
}

/**
 * The route's answer from the cache (built once per store version and validated parameters), in the
 * coding the request's Accept-Encoding prefers (compressed once per cached answer), or 304 when the
 * request's If-None-Match names the ETag of any of the answer's representations. The version is read
 * before the answer is built, so the body is never older than the version it is held for.
 */
async function cachedAnswer(
  c: Context<ApiEnv>,
  route: ApiRoute,
  input: RouteInput<Shape, Shape, z.ZodType>,
  cache: NonNullable<RouteContext['cache']>,
): Promise<Response> {
  const version = await cache.version();
  const key = `${route.operationId} ${JSON.stringify(input.params)} ${JSON.stringify(input.query)}`;
  const answer = await cache.responses.get(key, version, () => route.handle(input));
  const coding = preferredCoding(c.req.header('accept-encoding'), answer.codings);
  const headers = { 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
  const held = heldTag(c.req.header('if-none-match'), answer, coding);
  // RFC 9110 §15.4.5: the 304 names the representation the client holds, so its cache updates that one.
  if (held !== null) return new Response(null, { status: 304, headers: { ...headers, etag: held } });
  const body = await answer.encoded(coding);
  return new Response(body.bytes, {
    status: route.response.status,
    headers: {
      ...headers,
      etag: body.etag,
      'content-type': 'application/json',
      ...(coding === null ? {} : { 'content-encoding': coding }),
    },
  });
}

/** The tag among `answer`'s representations that If-None-Match names (the chosen one first), or null. */
function heldTag(
  ifNoneMatch: string | undefined,
  answer: CachedAnswer,
  chosen: ContentCoding | null,
): string | null {
  for (const coding of [chosen, null, ...answer.codings]) {
    const etag = answer.etagOf(coding);
    if (matchesEtag(ifNoneMatch, etag)) return etag;
  }
  return null;
}

function authorize(
  route: ApiRoute,
  principal: Principal | null,
  readTokenRequired: boolean,
): Principal | null {
  if (route.access === 'read') {
    if (readTokenRequired && principal === null)
      throw new Unauthorized(
        `${route.method.toUpperCase()} ${route.path}: this server answers reads only with a bearer token (Authorization: Bearer …)`,
      );
    return principal;
  }
  const roles = route.access.join(' or ');
  if (principal === null)
    throw new Unauthorized(
      `${route.method.toUpperCase()} ${route.path} changes data: expected a bearer token with role ${roles}, found none`,
    );
  if (!roleAllows(principal.role, route.access))
    throw new Forbidden(
      `${route.method.toUpperCase()} ${route.path} needs a token with role ${roles}; token ${principal.tokenId} has role ${principal.role}`,
    );
  return principal;
}

/** The query as single values, and each unknown or repeated parameter as a bad one. */
function readQuery(
  c: Context<ApiEnv>,
  schema: z.ZodObject<Shape> | undefined,
): { query: Record<string, string>; bad: InvalidParameter[] } {
  const known = new Set(Object.keys(schema?.shape ?? {}));
  const bad: InvalidParameter[] = [];
  const query: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (!known.has(name)) {
      const expected = known.size === 0 ? 'none' : [...known].join(', ');
      bad.push({ name, in: 'query', reason: `unknown parameter; expected one of: ${expected}` });
    } else if (values.length > 1)
      bad.push({ name, in: 'query', reason: 'expected one value, found several' });
    else if (values[0] !== undefined) query[name] = values[0];
  }
  return { query, bad };
}

/** Validates `raw` against `schema`; any issue (plus those already `bad`) is one error naming each. */
function parse<T>(
  schema: z.ZodType<T> | undefined,
  raw: Record<string, unknown>,
  where: InvalidParameter['in'],
  bad: readonly InvalidParameter[] = [],
): T {
  const parsed = schema?.safeParse(raw);
  const issues = parsed?.success === false ? parsed.error.issues : [];
  if (issues.length === 0 && bad.length === 0) return (parsed?.success ? parsed.data : {}) as T;
  throw new InvalidParameters([
    ...bad,
    ...issues.map((issue) => {
      const found = valueAt(raw, issue.path);
      const shown = found === undefined ? '' : `, found ${JSON.stringify(found)}`;
      return { name: parameterName(issue.path), in: where, reason: `${issue.message}${shown}` };
    }),
  ]);
}

async function readBody(c: Context<ApiEnv>, schema: z.ZodType): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new InvalidParameters([
      { name: 'content-type', in: 'header', reason: `expected application/json, found "${type}"` },
    ]);
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new InvalidInput(`request body: malformed JSON: ${(cause as Error).message}`, { cause });
  }
  return parse(schema, value as Record<string, unknown>, 'body');
}

/** `documents[2].url` from a zod issue path. */
function parameterName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const key of path) name += typeof key === 'number' ? `[${key}]` : `${name ? '.' : ''}${String(key)}`;
  return name || '(whole)';
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return typeof value === 'object' ? undefined : value;
}
