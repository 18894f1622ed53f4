// Timelines and sources are served from a response cache with ETags: a client that sends its tag back
// gets 304 while nothing changed, and any committed write (a POSTed document, an analyst decision)
// changes the very next answer. Cached as-of answers equal the use case's own computation.

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

    const get = async (url: string, etag?: string): Promise<Response> =>
      api.request(url, etag === undefined ? {} : { headers: { 'if-none-match': etag } });
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
      const response = await post('/documents', { documents: [REPORT] });
      expect(response.status).toBe(200);
      const id = ((await response.json()) as { ingested: { id: string }[] }).ingested[0]?.id ?? '';
      expect(before[0]?.body).not.toContain(id);

      const timeline = await get(urls[0] ?? '', before[0]?.etag);
      expect(timeline.status).toBe(200);
      expect(((await timeline.json()) as Timeline).entries.map((e) => e.documentId)).toContain(id);
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
