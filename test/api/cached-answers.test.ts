// Timelines and sources are served from a response cache with ETags: a client that sends its tag back
// gets 304 while nothing changed, and any committed write (a POSTed document, an analyst decision)
// changes the very next answer. Cached as-of answers equal the use case's own computation. A client
// that accepts brotli or gzip gets the same answer compressed, with a tag of its own; other JSON
// answers of 1 KB or more are compressed per request.

import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../src/api/api-route.js';
import { createApi } from '../../src/api/create-api.js';
import { testDialects } from '../support/databases.js';
import { openTestClaimlog, type TestClaimlog } from '../support/test-claimlog.js';

interface Row {
  id: string;
  text: string;
  supports: number;
  disputes: number;
}
interface Timeline {
  status: { status: string; why: string }[];
  entries: { documentId: string }[];
}
interface Source {
  id: string;
  kind: string;
  statements: number;
}

/** What a browser's fetch() sends. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

/** A response's body as the text it encodes, decompressed by its Content-Encoding. */
async function decodedText(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const coding = response.headers.get('content-encoding');
  if (coding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (coding === 'gzip') return gunzipSync(bytes).toString('utf8');
  if (coding !== null) throw new Error(`unexpected Content-Encoding ${coding}`);
  return bytes.toString('utf8');
}

// Our own words: a new report that South Korean intelligence says the troops fight in Kursk.
const REPORT = {
  text:
    'Seoul, 14 May 2025. The National Intelligence Service told a closed hearing on Wednesday that ' +
    'North Korean troops are fighting for Russia in the Kursk region, a claim it first made last autumn.',
  publishedAt: '2025-05-14',
  outlet: 'Quayside Bulletin',
  url: 'https://quayside-bulletin.example/2025/05/14/nis-hearing',
  title: 'Intelligence service repeats its account of troops in Kursk',
};

for (const dialect of testDialects()) {
  describe(`cached timelines and sources on ${dialect}`, () => {
    let test: TestClaimlog;
    let api: Hono<ApiEnv>;
    let analyst: string;
    let troops: Row;

    const get = async (url: string, etag?: string, headers: Record<string, string> = {}): Promise<Response> =>
      api.request(url, { headers: etag === undefined ? headers : { ...headers, 'if-none-match': etag } });
    const post = async (url: string, body: unknown): Promise<Response> =>
      api.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      test = await openTestClaimlog(dialect, { demo: true });
      api = createApi(test.claimlog);
      analyst = (await test.claimlog.createToken('analyst', 'cache test')).token;
      const rows = ((await (await get('/propositions?limit=500')).json()) as { items: Row[] }).items;
      const candidates = rows.filter((r) => /^North Korean troops are (deployed|fighting)/.test(r.text));
      troops = [...candidates].sort((a, b) => b.supports - a.supports)[0] as Row;
    });
    afterAll(async () => {
      await test?.drop();
    });

    it('answers 304 to a matching If-None-Match, and 200 with the same body and tag otherwise', async () => {
      for (const url of [
        `/propositions/${troops.id}/timeline`,
        `/propositions/${troops.id}/timeline?asOf=2024-12-31`,
        '/sources',
        '/sources?asOf=2024-12-31&kind=actor',
      ]) {
        const first = await get(url);
        expect(first.status, url).toBe(200);
        expect(first.headers.get('content-type')).toMatch(/^application\/json/);
        const etag = first.headers.get('etag') ?? '';
        expect(etag).toMatch(/^"[\w-]+"$/);
        const body = await first.text();
        const again = await get(url);
        expect(again.headers.get('etag')).toBe(etag);
        expect(await again.text()).toBe(body);
        const unchanged = await get(url, etag);
        expect(unchanged.status, url).toBe(304);
        expect(unchanged.headers.get('etag')).toBe(etag);
        expect(await unchanged.text()).toBe('');
        expect((await get(url, '"another"')).status).toBe(200);
      }
    });

    it('compresses answers for clients that accept it, to bytes that decode to the identity body', async () => {
      for (const url of [`/propositions/${troops.id}/timeline`, '/sources?asOf=2024-12-31']) {
        const identity = await get(url);
        expect(identity.headers.get('content-encoding'), url).toBeNull();
        expect(identity.headers.get('vary'), url).toBe('Accept-Encoding');
        const body = await identity.text();
        expect(body.length, url).toBeGreaterThan(1024);
        for (const [accept, coding] of [
          ['gzip, deflate, br', 'br'],
          ['gzip', 'gzip'],
          ['br;q=0.5, gzip;q=0.9', 'gzip'],
          ['br;q=0, gzip;q=0', null],
          ['identity', null],
        ] as const) {
          const response = await get(url, undefined, { 'accept-encoding': accept });
          expect(response.status).toBe(200);
          expect(response.headers.get('content-encoding'), `${url} ${accept}`).toBe(coding);
          expect(response.headers.get('vary')).toBe('Accept-Encoding');
          expect(response.headers.get('content-type')).toMatch(/^application\/json/);
          expect(await decodedText(response), `${url} ${accept}`).toBe(body);
        }
        const compressed = await get(url, undefined, BROWSER);
        expect(
          Number(compressed.headers.get('content-length') ?? (await compressed.arrayBuffer()).byteLength),
        ).toBeLessThan(body.length / 3);
      }
    });

    it('tags each coding apart, and answers 304 to the tag of any of them while nothing changed', async () => {
      const url = `/propositions/${troops.id}/timeline`;
      const tagOf = async (accept?: string) =>
        (await get(url, undefined, accept === undefined ? {} : { 'accept-encoding': accept })).headers.get(
          'etag',
        ) ?? '';
      const [identity, br, gzip] = [await tagOf(), await tagOf('br'), await tagOf('gzip')];
      expect(new Set([identity, br, gzip]).size).toBe(3);
      for (const tag of [identity, br, gzip]) expect(tag).toMatch(/^"[\w-]+"$/);
      expect(await tagOf('gzip, deflate, br')).toBe(br);

      const revalidated = await get(url, br, BROWSER);
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(br);
      expect(revalidated.headers.get('vary')).toBe('Accept-Encoding');
      expect(await revalidated.text()).toBe('');
      // A client holding another representation of the same answer keeps it: the 304 names that one.
      const other = await get(url, gzip, BROWSER);
      expect(other.status).toBe(304);
      expect(other.headers.get('etag')).toBe(gzip);
      expect((await get(url, br)).status).toBe(304);
      expect(
        (await get(url, `"stale", ${identity}`, { 'accept-encoding': 'gzip' })).headers.get('etag'),
      ).toBe(identity);
      expect((await get(url, '"another"', BROWSER)).status).toBe(200);
    });

    it('compresses uncached JSON answers too, and leaves small ones uncompressed', async () => {
      const url = '/statements?limit=50';
      const body = await (await get(url)).text();
      expect(body.length).toBeGreaterThan(1024);
      const compressed = await get(url, undefined, BROWSER);
      expect(compressed.headers.get('content-encoding')).toBe('br');
      expect(compressed.headers.get('vary')).toBe('Accept-Encoding');
      expect(await decodedText(compressed)).toBe(body);
      const gzip = await get(url, undefined, { 'accept-encoding': 'gzip' });
      expect(await decodedText(gzip)).toBe(body);
      const small = await get('/health', undefined, BROWSER);
      expect(small.headers.get('content-encoding')).toBeNull();
      expect(((await small.json()) as { documents: number }).documents).toBeGreaterThan(0);
    });

    it("is decoded by fetch() through the node server to the same JSON as an identity client's", async () => {
      const server = serve({ fetch: api.fetch, hostname: '127.0.0.1', port: 0 });
      try {
        await new Promise<void>((resolve) => server.once('listening', resolve));
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const url = `/propositions/${troops.id}/timeline`;
        // fetch() offers gzip and deflate (and br, in later Node versions) and decodes the answer itself.
        const fetched = await fetch(`${base}${url}`);
        expect(fetched.status).toBe(200);
        expect(fetched.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
        expect(await fetched.text()).toBe(await (await get(url)).text());
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('serves as-of answers equal to the use cases computed without the cache', async () => {
      const asOf = { day: '2025-01-31', logged: false };
      const sources = (await (await get('/sources?asOf=2025-01-31&limit=1000')).json()) as {
        items: Source[];
      };
      const direct = await test.claimlog.assessment.sources(asOf);
      expect(sources.items).toEqual(JSON.parse(JSON.stringify(direct.slice(0, 1000))));
      const timeline: unknown = await (
        await get(`/propositions/${troops.id}/timeline?asOf=2025-01-31`)
      ).json();
      expect(timeline).toEqual(
        JSON.parse(JSON.stringify(await test.claimlog.assessment.timeline(troops.id, asOf))),
      );
    });

    it('changes the next answer as soon as a POSTed document commits', async () => {
      const urls = [`/propositions/${troops.id}/timeline`, '/sources', '/sources?asOf=2025-06-30'];
      const before = await Promise.all(
        urls.map(async (url) => {
          const response = await get(url);
          return { etag: response.headers.get('etag') ?? '', body: await response.text() };
        }),
      );
      const compressed = await get(urls[0] ?? '', undefined, BROWSER);
      const compressedTag = compressed.headers.get('etag') ?? '';
      expect(compressed.headers.get('content-encoding')).toBe('br');
      const response = await post('/documents', { documents: [REPORT] });
      expect(response.status).toBe(200);
      const id = ((await response.json()) as { ingested: { id: string }[] }).ingested[0]?.id ?? '';
      expect(before[0]?.body).not.toContain(id);

      const timeline = await get(urls[0] ?? '', before[0]?.etag);
      expect(timeline.status).toBe(200);
      expect(((await timeline.json()) as Timeline).entries.map((e) => e.documentId)).toContain(id);
      const recompressed = await get(urls[0] ?? '', compressedTag, BROWSER);
      expect(recompressed.status).toBe(200);
      expect(recompressed.headers.get('etag')).not.toBe(compressedTag);
      const recompressedText = await decodedText(recompressed);
      expect(recompressedText).toBe(await (await get(urls[0] ?? '')).text());
      expect(recompressedText).toContain(id);
      for (const [i, url] of urls.entries()) {
        const after = await get(url, before[i]?.etag);
        expect(after.status, url).toBe(200);
        expect(after.headers.get('etag'), url).not.toBe(before[i]?.etag);
      }
      const outlet = (body: string) =>
        (JSON.parse(body) as { items: Source[] }).items.find((s) => s.id === REPORT.outlet);
      expect(outlet(before[1]?.body ?? '{"items":[]}')).toBeUndefined();
      expect(outlet(await (await get('/sources')).text())?.statements).toBeGreaterThan(0);
      expect(outlet(await (await get('/sources?asOf=2025-06-30')).text())?.statements).toBeGreaterThan(0);
    });

    it("changes the next timeline as soon as an analyst's decision commits", async () => {
      const url = `/propositions/${troops.id}/timeline`;
      const before = await get(url);
      const etag = before.headers.get('etag') ?? '';
      const reason = 'the cache test disputes it for a moment';
      const decided = await post(`/propositions/${troops.id}/status`, {
        status: 'contested',
        reason,
        by: 'A. Analyst',
      });
      expect(decided.status).toBe(200);
      const after = await get(url, etag);
      expect(after.status).toBe(200);
      const timeline = (await after.json()) as Timeline;
      expect(timeline.status.at(-1)).toMatchObject({ status: 'contested' });
      expect(timeline.status.at(-1)?.why).toContain(reason);
    });
  });
}
