// What an API client sees when it searches, filters, pages and ingests: on the demo corpus, every dialect.

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../src/api/api-route.js';
import { createApi } from '../../src/api/create-api.js';
import type { StatementJson } from '../../src/api/schemas/statement-json.js';
import type { DocumentSummaryJson } from '../../src/api/schemas/document-json.js';
import { testDialects } from '../support/databases.js';
import { openTestClaimlog, type TestClaimlog } from '../support/test-claimlog.js';

interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
}

for (const dialect of testDialects()) {
  describe(`API queries on ${dialect}`, () => {
    let test: TestClaimlog;
    let api: Hono<ApiEnv>;
    let analyst: string;

    beforeAll(async () => {
      test = await openTestClaimlog(dialect, { demo: true });
      api = createApi(test.claimlog);
      analyst = (await test.claimlog.createToken('analyst', 'queries')).token;
    });
    afterAll(async () => {
      await test?.drop();
    });

    async function get<T>(url: string): Promise<T> {
      const response = await api.request(url);
      expect(response.status, url).toBe(200);
      return (await response.json()) as T;
    }

    it('finds documents and statements about Kursk, with the matched words marked', async () => {
      const result = await get<{ documents: Page<DocumentSummaryJson>; statements: Page<StatementJson> }>(
        '/search?q=Kursk&limit=5',
      );
      expect(result.documents.items).toHaveLength(5);
      expect(result.documents.next).toBe(5);
      for (const document of result.documents.items) {
        expect(document.snippet?.some((run) => run.match && /^kursk$/i.test(run.text))).toBe(true);
      }
      expect(result.statements.items.length).toBeGreaterThan(0);
      expect(result.statements.items.every((s) => /kursk/i.test(`${s.speaker.text} ${s.content.text}`))).toBe(
        true,
      );
    });

    it('matches word forms ("denying" finds "denied") and supports quoted phrases and exclusion', async () => {
      const forms = await get<Page<StatementJson>>('/statements?q=denying&limit=50');
      expect(forms.items.some((s) => /\bden(y|ied|ies)\b/i.test(`${s.cue.text} ${s.content.text}`))).toBe(
        true,
      );
      const phrase = await get<Page<DocumentSummaryJson>>('/documents?q=%22special%20forces%22&limit=50');
      expect(phrase.items.length).toBeGreaterThan(0);
      const excluded = await get<Page<DocumentSummaryJson>>('/documents?q=Kursk%20-Pentagon&limit=50');
      const all = await get<Page<DocumentSummaryJson>>('/documents?q=Kursk&limit=50');
      expect(excluded.items.length).toBeLessThan(all.items.length);
    });

    it('filters statements by speaker, stance and a date range that partial dates overlap', async () => {
      const denials = await get<Page<StatementJson>>('/statements?speaker=kp&stance=deny&limit=100');
      expect(denials.items.length).toBeGreaterThan(0);
      expect(denials.items.every((s) => s.stance === 'deny' && s.speaker.actor === 'kp')).toBe(true);

      const april = await get<Page<StatementJson>>('/statements?from=2025-04&to=2025-04&limit=500');
      expect(april.items.length).toBeGreaterThan(0);
      for (const s of april.items) expect((s.saidOn ?? s.publishedAt ?? '').slice(0, 7)).toBe('2025-04');

      const exact = await get<Page<StatementJson>>('/statements?from=2025-04-27&to=2025-04-27&limit=500');
      for (const s of exact.items) {
        const day = s.saidOn ?? s.publishedAt ?? '';
        // A statement dated only to the month (or year) overlaps the day.
        expect('2025-04-27'.startsWith(day)).toBe(true);
      }
    });

    it('pages through a list without gaps or repeats', async () => {
      const seen: string[] = [];
      let offset: number | null = 0;
      while (offset !== null) {
        const page: Page<StatementJson> = await get<Page<StatementJson>>(
          `/statements?limit=37&offset=${offset}`,
        );
        seen.push(...page.items.map((s) => s.id));
        offset = page.next;
      }
      const all = await get<Page<StatementJson>>('/statements?limit=500');
      expect(seen).toEqual(all.items.map((s) => s.id));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('serves one document with its text and the spans of every statement', async () => {
      const list = await get<Page<DocumentSummaryJson>>('/documents?q=Peskov&limit=1');
      const id = list.items[0]?.id ?? '';
      const document = await get<{
        text: string;
        extraction: { statements: { speaker: { text: string; start: number; end: number } }[] };
      }>(`/documents/${id}`);
      expect(document.extraction.statements.length).toBeGreaterThan(0);
      for (const s of document.extraction.statements)
        expect(document.text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text);
      expect(document).not.toHaveProperty('bytes');
    });

    it('ingests posted reports: new ones become searchable, repeats and bad ones are reported', async () => {
      const post = (documents: unknown[]) =>
        api.request('/documents', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
          body: JSON.stringify({ documents }),
        });
      const report = {
        text: 'Zanzibarian officials denied on Monday that any grain convoy had left the port of Quelimane.',
        publishedAt: '2025-05-05',
        outlet: 'Test Wire',
        title: 'Grain convoy denial',
      };
      const first = (await (await post([report, { text: 'x', url: 'javascript:alert(1)' }])).json()) as {
        ingested: { id: string }[];
        failures: { message: string; line: number }[];
      };
      expect(first.ingested).toHaveLength(1);
      expect(first.failures).toEqual([expect.objectContaining({ line: 2 })]);
      expect(first.failures[0]?.message).toContain('url');

      const found = await get<Page<DocumentSummaryJson>>('/documents?q=Quelimane');
      expect(found.items.map((d) => d.id)).toEqual([first.ingested[0]?.id]);

      const again = (await (await post([report])).json()) as { ingested: unknown[]; duplicates: unknown[] };
      expect(again).toMatchObject({ ingested: [], duplicates: [expect.anything()] });
    });

    it('refuses a body larger than the server accepts with 413', async () => {
      const small = createApi(test.claimlog, { maxBodyBytes: 1000 });
      const response = await small.request('/documents', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify({ documents: [{ text: 'y'.repeat(5000) }] }),
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    });

    it('sends headers that keep responses from being sniffed, framed or run', async () => {
      const response = await api.request('/statements?limit=1');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const problem = await api.request('/nowhere');
      expect(problem.status).toBe(404);
      expect(problem.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });
}
