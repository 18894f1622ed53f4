// POST /documents does what `claimlog ingest` does: the report becomes a log leaf with a published
// checkpoint, and is assessed (linked to propositions) in the same way. Two stores hold the demo corpus;
// one ingests a new report from a file, the other receives it over HTTP; a client sees no difference.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../src/api/api-route.js';
import { createApi } from '../../src/api/create-api.js';
import { testDialects } from '../support/databases.js';
import { openTestClaimlog, type TestClaimlog } from '../support/test-claimlog.js';

const REPORT = {
  id: 'api-ingest-1',
  text:
    "South Korea's spy agency told lawmakers on Tuesday that North Korean troops are fighting for " +
    'Russia in the Kursk region and that more of them were killed in March than it had thought.',
  publishedAt: '2025-05-06',
  outlet: 'Harbour Ledger',
  url: 'https://harbour-ledger.example/2025/05/06/spy-agency-troops',
  title: 'Spy agency updates lawmakers on troops in Kursk',
};

interface Row {
  id: string;
  status: string | null;
  supports: number;
  disputes: number;
}

for (const dialect of testDialects()) {
  describe(`POST /documents on ${dialect}`, () => {
    let byFile: TestClaimlog;
    let byHttp: TestClaimlog;
    let fileApi: Hono<ApiEnv>;
    let httpApi: Hono<ApiEnv>;
    let documentId: string;

    const get = async <T>(api: Hono<ApiEnv>, url: string): Promise<T> => {
      const response = await api.request(url);
      expect(response.status, `GET ${url}`).toBe(200);
      return (await response.json()) as T;
    };
    const checkpointSize = async (api: Hono<ApiEnv>): Promise<number> =>
      Number((await (await api.request('/log/checkpoint')).text()).split('\n')[1]);

    beforeAll(async () => {
      [byFile, byHttp] = await Promise.all([
        openTestClaimlog(dialect, { demo: true }),
        openTestClaimlog(dialect, { demo: true }),
      ]);
      fileApi = createApi(byFile.claimlog);
      httpApi = createApi(byHttp.claimlog);
    });
    afterAll(async () => {
      await Promise.all([byFile?.drop(), byHttp?.drop()]);
    });

    it('logs the report (a leaf and a checkpoint) and links it as `claimlog ingest` does', async () => {
      const sizeBefore = await checkpointSize(httpApi);
      expect(await checkpointSize(fileApi)).toBe(sizeBefore);

      const folder = await mkdtemp(join(tmpdir(), 'claimlog-api-ingest-'));
      const file = join(folder, 'report.jsonl');
      await writeFile(file, `${JSON.stringify(REPORT)}\n`);
      const fromFile = await byFile.claimlog.ingest([file]);
      expect(fromFile.ingested).toHaveLength(1);

      const { token } = await byHttp.claimlog.createToken('analyst', 'ingest test');
      const response = await httpApi.request('/documents', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ documents: [REPORT] }),
      });
      expect(response.status).toBe(200);
      const report = (await response.json()) as { ingested: { id: string }[] };
      expect(report.ingested.map((d) => d.id)).toEqual(fromFile.ingested.map((d) => d.id));
      documentId = report.ingested[0]?.id ?? '';

      // Logged: the next leaf, under a checkpoint already published for anyone to read.
      const sent = await get<{ logIndex: number | null }>(httpApi, `/documents/${documentId}`);
      const read = await get<{ logIndex: number | null }>(fileApi, `/documents/${documentId}`);
      expect(sent.logIndex).toBe(sizeBefore);
      expect(read.logIndex).toBe(sizeBefore);
      expect(await checkpointSize(httpApi)).toBe(sizeBefore + 1);
      const leaf = await byHttp.claimlog.log.leaf(sizeBefore);
      expect(JSON.parse(new TextDecoder().decode(leaf.data))).toMatchObject({
        type: 'claimlog.document/v1',
        url: REPORT.url,
      });

      // Assessed alike: the same propositions, statuses and counts, with the report on a timeline.
      const propositions = async (api: Hono<ApiEnv>) =>
        (await get<{ items: Row[] }>(api, '/propositions?limit=500')).items.map(
          ({ id, status, supports, disputes }) => ({ id, status, supports, disputes }),
        );
      const linked = await propositions(httpApi);
      expect(linked).toEqual(await propositions(fileApi));
      const timelines = await Promise.all(
        linked.map((p) =>
          get<{ entries: { documentId: string }[] }>(httpApi, `/propositions/${p.id}/timeline`),
        ),
      );
      expect(timelines.some((t) => t.entries.some((e) => e.documentId === documentId))).toBe(true);
    });
  });
}
