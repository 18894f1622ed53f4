// Every operation in /openapi.json answers as the document says: success bodies match their schemas,
// bad parameters get a problem naming them, writes need the right token. Runs on every dialect.

import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../src/api/api-route.js';
import { createApi } from '../../src/api/create-api.js';
import { testDialects } from '../support/databases.js';
import { openTestClaimlog, type TestClaimlog } from '../support/test-claimlog.js';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: { type?: string; pattern?: string; enum?: string[]; maxLength?: number; minimum?: number };
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  security: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: object } };

/** Ids of things the demo corpus holds, found once: the values of path parameters and bodies. */
interface Samples {
  documentId: string;
  /** A proposition with two or more statements, and another one (merged into it by the write test). */
  propositionId: string;
  otherPropositionId: string;
  /** A link of the proposition (confirmed, then rejected), and a claim of another of its links (split off). */
  linkId: string;
  claimId: string;
  sourceId: string;
}

/** Good values for parameters by name; a new parameter needs one here (the test says so). */
function goodValue(name: string, ids: Samples): string {
  const samples: Record<string, string> = {
    id: ids.documentId,
    propositionId: ids.propositionId,
    linkId: ids.linkId,
    sourceId: ids.sourceId,
    q: 'Kursk',
    speaker: 'kp',
    document: ids.documentId,
    stance: 'deny',
    from: '2024-10',
    to: '2025-04-30',
    limit: '2',
    offset: '1',
    asOf: '2025-06-01',
    logged: 'false',
    status: 'confirmed',
    kind: 'actor',
    k: '3',
  };
  const value = samples[name];
  if (value === undefined) throw new Error(`add a sample value for parameter "${name}" to this test`);
  return value;
}

/** A value the parameter's schema refuses. */
function badValue(parameter: Parameter): string {
  const s = parameter.schema;
  if (s.type === 'integer') return s.minimum !== undefined && s.minimum > 0 ? '0' : 'many';
  if (s.enum) return 'bogus';
  if (s.pattern) return 'not-a-valid-value!';
  if (s.maxLength !== undefined) return 'x'.repeat(s.maxLength + 1);
  throw new Error(`no bad value known for parameter "${parameter.name}"`);
}

/** Request bodies for write operations, by operationId; a new write needs one here. */
function goodBody(operationId: string, ids: Samples): unknown {
  const reason = 'conformance test';
  const bodies: Record<string, unknown> = {
    ingestDocuments: {
      documents: [
        {
          id: 'conformance-1',
          text: 'KCNA said on Tuesday that the reports were false. Seoul disputed that account.',
          publishedAt: '2025-05-06',
          outlet: 'Conformance Wire',
          url: 'https://conformance.example/1',
          title: 'Conformance test report',
        },
      ],
    },
    confirmLink: { reason, by: 'Conformance Analyst', polarity: 'supports' },
    rejectLink: { reason },
    setStatus: { status: 'contested', from: '2025-01-15', reason },
    mergePropositions: { propositionIds: [ids.propositionId, ids.otherPropositionId], reason },
    splitProposition: { claimIds: [ids.claimId], text: 'A claim split off by the conformance test', reason },
  };
  if (!(operationId in bodies)) throw new Error(`add a request body for "${operationId}" to this test`);
  return bodies[operationId];
}

for (const dialect of testDialects()) {
  describe(`the HTTP API on ${dialect}`, () => {
    let test: TestClaimlog;
    let api: Hono<ApiEnv>;
    let openapi: OpenApi;
    let ids: Samples;
    const tokens = { reader: '', analyst: '', admin: '' };
    const ajv = new Ajv2020({ strict: false, allErrors: true });

    beforeAll(async () => {
      test = await openTestClaimlog(dialect, { demo: true });
      api = createApi(test.claimlog);
      for (const role of ['reader', 'analyst', 'admin'] as const)
        tokens[role] = (await test.claimlog.createToken(role, `conformance ${role}`)).token;
      openapi = (await (await api.request('/openapi.json')).json()) as OpenApi;
      ajv.addSchema({ $id: 'api', components: openapi.components });
      ids = await findSamples(api);
    });
    afterAll(async () => {
      await test?.drop();
    });

    /** Checks a response against the operation's documented response for its status. */
    async function expectDocumented(operation: Operation, response: Response, what: string) {
      const documented = operation.responses[String(response.status)] ?? operation.responses.default;
      expect(documented, `${what}: status ${response.status} is documented`).toBeDefined();
      const type = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
      const media = documented?.content?.[type];
      expect(media, `${what}: content type ${type} is documented for ${response.status}`).toBeDefined();
      const schema = media?.schema as { $ref?: string; type?: string };
      if (!/[/+]json$/.test(type)) {
        // Downloads (proofs, leaves, CSV) are documented as strings: they must not be empty.
        expect(schema.type, `${what}: a ${type} body is documented as a string`).toBe('string');
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect(bytes.length, `${what}: the body is not empty`).toBeGreaterThan(0);
        return bytes;
      }
      const body: unknown = await response.json();
      // Component references resolve inside the schema registered as "api" (the document's components).
      const validate = schema.$ref?.startsWith('#/')
        ? ajv.getSchema(`api${schema.$ref}`)
        : ajv.compile(schema);
      expect(validate, `${what}: schema ${schema.$ref ?? 'inline'} compiles`).toBeDefined();
      const valid = validate?.(body);
      expect(valid, `${what}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
      return body;
    }

    function operations(): [string, string, Operation][] {
      return Object.entries(openapi.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, op]): [string, string, Operation] => [path, method, op]),
      );
    }

    function pathOf(path: string, operation: Operation, override: Record<string, string> = {}): string {
      return path.replace(
        /\{(\w+)\}/g,
        (_, name: string) => override[name] ?? encodeURIComponent(goodValue(name, ids)),
      );
    }

    it('documents the routes of this phase', () => {
      expect(operations().map(([path, method]) => `${method.toUpperCase()} ${path}`)).toEqual(
        expect.arrayContaining([
          'GET /health',
          'GET /documents',
          'POST /documents',
          'GET /documents/{id}',
          'GET /statements',
          'GET /search',
          'GET /openapi.json',
          'GET /propositions',
          'GET /propositions/{propositionId}/timeline',
          'GET /propositions/{propositionId}/first',
          'GET /propositions/{propositionId}/first.tlog-proof',
          'GET /propositions/{propositionId}/first.leaf',
          'GET /sources',
          'GET /sources/{sourceId}',
          'GET /similar',
          'POST /links/{linkId}/confirm',
          'POST /links/{linkId}/reject',
          'POST /propositions/{propositionId}/status',
          'POST /propositions/merge',
          'POST /propositions/{propositionId}/split',
          'GET /propositions/{propositionId}/claimreview.jsonld',
          'GET /propositions/{propositionId}/timeline.csv',
          'GET /sources.csv',
        ]),
      );
    });

    it('answers every read as documented, with and without its optional parameters', async () => {
      for (const [path, method, operation] of operations()) {
        if (method !== 'get') continue;
        const query = operation.parameters?.filter((p) => p.in === 'query') ?? [];
        const required = new URLSearchParams(
          query.filter((p) => p.required).map((p) => [p.name, goodValue(p.name, ids)]),
        );
        const all = new URLSearchParams(query.map((p) => [p.name, goodValue(p.name, ids)]));
        for (const search of [required, all]) {
          const url = `${pathOf(path, operation)}${search.size > 0 ? `?${search.toString()}` : ''}`;
          const response = await api.request(url);
          expect(response.status, `GET ${url}`).toBe(200);
          await expectDocumented(operation, response, `GET ${url}`);
        }
      }
    });

    it('answers a bad or unknown parameter with a problem naming it', async () => {
      for (const [path, method, operation] of operations()) {
        const init = method === 'get' ? {} : { method: method.toUpperCase(), headers: bearer(tokens.admin) };
        const parameters = operation.parameters ?? [];
        for (const parameter of parameters) {
          const values = Object.fromEntries(
            parameters
              .filter((p) => p.in === 'query' && p.required)
              .map((p) => [p.name, goodValue(p.name, ids)]),
          );
          let url: string;
          if (parameter.in === 'path') {
            url = pathOf(path, operation, { [parameter.name]: encodeURIComponent(badValue(parameter)) });
          } else {
            values[parameter.name] = badValue(parameter);
            url = `${pathOf(path, operation)}?${new URLSearchParams(values).toString()}`;
          }
          const response = await api.request(url, init);
          expect(response.status, `${method} ${url}`).toBe(400);
          const problem = (await expectDocumented(operation, response, `${method} ${url}`)) as {
            detail: string;
            'invalid-params': { name: string }[];
          };
          expect(problem['invalid-params'].map((p) => p.name)).toContain(parameter.name);
          expect(problem.detail).toContain(`"${parameter.name}"`);
        }
        if (method === 'get') {
          const response = await api.request(`${pathOf(path, operation)}?limt=5`);
          expect(response.status).toBe(400);
          const problem = (await expectDocumented(operation, response, `${path}?limt`)) as { detail: string };
          expect(problem.detail).toContain('query parameter "limt": unknown parameter');
        }
      }
    });

    it('answers 404 for a well-formed id that names nothing', async () => {
      const nothing: Record<string, string> = {
        id: '0000000000000000',
        propositionId: '0000000000000000',
        sourceId: 'no-such-source',
      };
      for (const [path, method, operation] of operations()) {
        if (method !== 'get') continue;
        for (const parameter of operation.parameters?.filter((p) => p.in === 'path') ?? []) {
          const value = nothing[parameter.name];
          if (value === undefined) throw new Error(`add an id naming nothing for "${parameter.name}"`);
          const url = pathOf(path, operation, { [parameter.name]: value });
          const response = await api.request(url);
          expect(response.status, `GET ${url}`).toBe(404);
          await expectDocumented(operation, response, url);
        }
      }
    });

    it('refuses writes without a token (401) and with a reader token (403), and does them for an analyst', async () => {
      for (const [path, method, operation] of operations()) {
        if (method === 'get') continue;
        const url = pathOf(path, operation);
        const body = JSON.stringify(goodBody(operation.operationId, ids));
        const send = (headers: Record<string, string>) =>
          api.request(url, {
            method: method.toUpperCase(),
            headers: { 'content-type': 'application/json', ...headers },
            body,
          });

        const anonymous = await send({});
        expect(anonymous.status, `${method} ${path} without a token`).toBe(401);
        expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="claimlog"');
        await expectDocumented(operation, anonymous, `${method} ${path} anonymous`);

        const wrong = await send(bearer(`clg_${'A'.repeat(43)}`));
        expect(wrong.status, `${method} ${path} with an unknown token`).toBe(401);
        await expectDocumented(operation, wrong, `${method} ${path} unknown token`);

        const reader = await send(bearer(tokens.reader));
        expect(reader.status, `${method} ${path} with a reader token`).toBe(403);
        await expectDocumented(operation, reader, `${method} ${path} reader`);

        const empty = await api.request(url, {
          method: method.toUpperCase(),
          headers: { 'content-type': 'application/json', ...bearer(tokens.admin) },
          body: '{}',
        });
        expect(empty.status, `${method} ${path} with an empty body`).toBe(400);
        const problem = (await expectDocumented(operation, empty, `${method} ${path} empty body`)) as {
          'invalid-params': { in: string }[];
        };
        expect(problem['invalid-params'].every((p) => p.in === 'body')).toBe(true);

        const analyst = await send(bearer(tokens.analyst));
        expect(analyst.status, `${method} ${path} with an analyst token`).toBeLessThan(300);
        await expectDocumented(operation, analyst, `${method} ${path} analyst`);
      }
    });

    it('closes reads to callers without a token when configured to', async () => {
      const closed = createApi(test.claimlog, { readTokenRequired: true });
      for (const [path, method, operation] of operations()) {
        if (method !== 'get') continue;
        const url = pathOf(path, operation);
        const query = (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required);
        const full = `${url}${query.length > 0 ? `?${new URLSearchParams(query.map((p) => [p.name, goodValue(p.name, ids)])).toString()}` : ''}`;
        const anonymous = await closed.request(full);
        expect(anonymous.status, `GET ${full} without a token`).toBe(401);
        await expectDocumented(operation, anonymous, `GET ${full} closed`);
        const reader = await closed.request(full, { headers: bearer(tokens.reader) });
        expect(reader.status, `GET ${full} with a reader token`).toBe(200);
      }
    });

    it('stops honouring a token once it is revoked', async () => {
      const { token, record } = await test.claimlog.createToken('analyst', 'short-lived');
      const closed = createApi(test.claimlog, { readTokenRequired: true });
      expect((await closed.request('/health', { headers: bearer(token) })).status).toBe(200);
      await test.claimlog.revokeToken(record.id);
      const after = await closed.request('/health', { headers: bearer(token) });
      expect(after.status).toBe(401);
      expect(((await after.json()) as { detail: string }).detail).toContain('not valid');
    });
  });
}

/** Ids from the demo corpus: a proposition with two or more statements, one of its links and claims. */
async function findSamples(api: Hono<ApiEnv>): Promise<Samples> {
  const get = async <T>(url: string): Promise<T> => (await (await api.request(url)).json()) as T;
  const documents = await get<{ items: { id: string }[] }>('/documents?limit=1');
  const propositions = await get<{ items: { id: string; supports: number; disputes: number }[] }>(
    '/propositions?limit=500',
  );
  const [main, other] = [...propositions.items].sort(
    (a, b) => b.supports + b.disputes - (a.supports + a.disputes),
  );
  if (main === undefined || other === undefined) throw new Error('the demo corpus has no two propositions');
  const timeline = await get<{ entries: { linkId: string; claimId: string }[] }>(
    `/propositions/${main.id}/timeline`,
  );
  const [first, second] = timeline.entries;
  const claim = timeline.entries.find((e) => e.claimId !== first?.claimId);
  if (first === undefined || second === undefined || claim === undefined)
    throw new Error(`proposition ${main.id} has fewer than two statements`);
  const sources = await get<{ items: { id: string; kind: string }[] }>('/sources?kind=actor&limit=1');
  return {
    documentId: documents.items[0]?.id ?? '',
    propositionId: main.id,
    otherPropositionId: other.id,
    linkId: first.linkId,
    claimId: claim.claimId,
    sourceId: sources.items[0]?.id ?? '',
  };
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
