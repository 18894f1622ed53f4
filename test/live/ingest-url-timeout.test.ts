// A page server that stops answering is one failure naming the URL; the other sources of the batch go on.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../src/app/ingest-sources.js';
import { parseAllowList } from '../../src/ingest/url/address-policy.js';
import { fetchPage } from '../../src/ingest/url/fetch-page.js';
import { PgStore } from '../../src/store/pg-store.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

let server: LoopbackServer;
let test: TestDatabase;
beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>The first half of a page that never ends');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/plain' })
      .end('The harbour master said the ferry sailed on time.');
  });
  test = await createTestDatabase('pglite');
});
afterAll(async () => {
  await server.close();
  await test.drop();
});

describe('ingesting a URL that times out', () => {
  it('fails that URL by name and stores the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimlog-timeout-'));
    await writeFile(join(dir, 'note.txt'), 'The council said the bridge would reopen in May.');
    const policy = parseAllowList('127.0.0.1/32');
    const report = await ingestSources(
      [`${server.origin}/stall`, join(dir, 'note.txt'), `${server.origin}/ferry`],
      {
        store: new PgStore(test.db),
        extract: () => ({ statements: [], dates: [], quantities: [], mentions: [], framing: [] }),
        clock: () => new Date('2025-04-29T12:00:00Z'),
        fetchPage: (url, limits) =>
          fetchPage(url, { policy, maxBytes: limits.maxBytes, totalTimeoutMs: 500 }),
      },
      { maxBytes: 1e6 },
    );
    expect(report.failures).toEqual([
      {
        file: `${server.origin}/stall`,
        line: null,
        message: `could not fetch ${server.origin}/stall: no complete answer within 500 ms`,
      },
    ]);
    expect(report.ingested.map((d) => d.origin)).toEqual([join(dir, 'note.txt'), `${server.origin}/ferry`]);
  });
});
