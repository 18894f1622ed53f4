// `claimlog ingest URL…` as a user runs it, against page servers on loopback: pages stored with their
// fetch, copies and relays recognised, every kind of bad URL one clear failure, and the SSRF guard
// refusing private addresses before any connection unless the configuration allows them.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/app/config.js';
import { openClaimlog } from '../../src/app/open-claimlog.js';
import { freshHome, runCli } from '../support/cli.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

const ORIGINAL = `Prisoner exchange agreed after weeks of talks

Negotiators from both sides agreed on Monday to swap ninety captured soldiers at a crossing point near the border, the defence ministry said in a short statement. The handover is expected later this week under the supervision of a neutral mediator, and the families of several of the men have already been told. Officials declined to say which units the soldiers came from or where they had been held.
`;

const RELAY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Swap of ninety soldiers agreed | Example Daily</title>
<meta property="og:title" content="Swap of ninety soldiers agreed">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2025-04-28T09:30:00Z">
<script>window.tracker = 'never part of the text';</script>
</head><body><nav>Home | World | Sport</nav><article>
<h1>Swap of ninety soldiers agreed</h1>
<p>SEOUL, April 28 (Yonhap) -- Negotiators from both sides agreed on Monday to swap ninety captured soldiers at a crossing point near the border, the defence ministry said in a brief statement.</p>
<p>The handover is expected later this week under the supervision of a neutral mediator, and the families of several of the men have already been informed. Officials declined to say which units the soldiers came from or where they had been held.</p>
</article><footer>Read more on our site</footer></body></html>`;

// "Kyiv's café reopened" in windows-1252, declared by the server.
const LATIN_PAGE = Buffer.concat([
  Buffer.from(
    '<html><head><title>Reopening</title></head><body><article><p>The city council said on Tuesday that the riverside caf',
  ),
  Buffer.from([0xe9]),
  Buffer.from(
    ' had reopened after repairs, and that the ferry would resume its summer timetable next month.</p></article></body></html>',
  ),
]);

let pages: LoopbackServer;
let hidden: LoopbackServer;
let refused: LoopbackServer;
let dir: string;

beforeAll(async () => {
  // A server on another loopback address, never allowed: nothing may ever connect to it.
  hidden = await startLoopbackServer((_req, res) => res.end('secret'), '127.0.0.2');
  refused = await startLoopbackServer((_req, res) => res.end('should never be read'));
  pages = await startLoopbackServer((req, res) => {
    switch (req.url) {
      case '/story':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"s1"' }).end(RELAY_PAGE);
        return;
      case '/moved':
        res.writeHead(301, { location: '/story' }).end();
        return;
      case '/latin':
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(LATIN_PAGE);
        return;
      case '/gone':
        res.writeHead(404, { 'content-type': 'text/html' }).end('<p>no such page</p>');
        return;
      case '/photo':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case '/huge':
        res
          .writeHead(200, { 'content-type': 'text/plain', 'content-length': '100000' })
          .end('word '.repeat(20_000));
        return;
      case '/rss':
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end('<rss version="2.0"><channel/></rss>');
        return;
      case '/to-private':
        res.writeHead(302, { location: `${hidden.origin}/admin` }).end();
        return;
      default:
        res.writeHead(500).end();
    }
  });
  dir = await mkdtemp(join(tmpdir(), 'claimlog-url-sources-'));
  await writeFile(join(dir, 'original.txt'), ORIGINAL);
});

afterAll(async () => {
  await Promise.all([pages.close(), hidden.close(), refused.close()]);
});

interface JsonReport {
  files: number;
  urls: number;
  ingested: { id: string; origin: string }[];
  failures: { file: string | null; message: string }[];
}

describe('claimlog ingest URL', () => {
  let home: string;
  let first: { code: number; report: JsonReport };

  beforeAll(async () => {
    home = await freshHome();
    const at = (path: string) => `${pages.origin}${path}`;
    const result = await runCli(
      [
        'ingest',
        join(dir, 'original.txt'),
        at('/moved'),
        at('/latin'),
        at('/gone'),
        at('/photo'),
        at('/huge'),
        at('/rss'),
        at('/to-private'),
        '--max-size',
        '0.05',
        '--json',
      ],
      // The tests allow their own loopback address, and only that one.
      { CLAIMLOG_HOME: home, CLAIMLOG_FETCH_ALLOW: '127.0.0.1/32' },
    );
    first = { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
  }, 180_000);

  it('stores the pages it could read and fails each bad URL by name, the rest going on', () => {
    const at = (path: string) => `${pages.origin}${path}`;
    expect(first.code).toBe(1);
    expect(first.report).toMatchObject({ files: 1, urls: 7 });
    expect(first.report.ingested.map((d) => d.origin)).toEqual([
      join(dir, 'original.txt'),
      at('/moved'),
      at('/latin'),
    ]);
    expect(first.report.failures).toEqual([
      {
        file: at('/gone'),
        line: null,
        message: `${at('/gone')}: expected a page, the server answered HTTP 404 Not Found`,
      },
      {
        file: at('/photo'),
        line: null,
        message: `refused ${at('/photo')}: expected html, text, feed content, found image/png`,
      },
      {
        file: at('/huge'),
        line: null,
        message: `refused ${at('/huge')}: expected at most 52429 bytes, the response declares 100000 bytes`,
      },
      {
        file: at('/rss'),
        line: null,
        message: `${at('/rss')}: expected a web page, found application/rss+xml (a feed or data); to follow a feed, use claimlog feeds add ${at('/rss')}`,
      },
      {
        file: at('/to-private'),
        line: null,
        message: `refused redirect from ${at('/to-private')}: refused ${hidden.origin}/admin: 127.0.0.2 is a loopback address (127.0.0.0/8); allow it with CLAIMLOG_FETCH_ALLOW=127.0.0.2/32`,
      },
    ]);
    expect(hidden.connections).toBe(0);
  });

  it('keeps the fetched bytes and how they were fetched, and recognises the page as a credited copy', async () => {
    const [original, story, latin] = first.report.ingested.map((d) => d.id);
    const claimlog = await openClaimlog({ ...readConfig({}), home });
    try {
      const { document } = await claimlog.document(story ?? '');
      expect(document).toMatchObject({
        format: 'url',
        origin: `${pages.origin}/moved`,
        url: `${pages.origin}/story`,
        title: 'Swap of ninety soldiers agreed',
        outlet: 'Example Daily',
        publishedAt: '2025-04-28',
        copyOf: original,
        relayedFrom: ['Yonhap'],
      });
      expect(new TextDecoder().decode(document.bytes)).toBe(RELAY_PAGE);
      expect(document.text).not.toContain('tracker');
      expect(document.fetches).toEqual([
        expect.objectContaining({
          requestedUrl: `${pages.origin}/moved`,
          finalUrl: `${pages.origin}/story`,
          redirects: [`${pages.origin}/moved`],
          status: 200,
          mediaType: 'text/html',
          charset: 'utf-8',
          headers: expect.objectContaining({ etag: '"s1"' }) as unknown,
        }),
      ]);
      const reopened = await claimlog.document(latin ?? '');
      expect(reopened.document.text).toContain('riverside café had reopened');
      expect(Buffer.from(reopened.document.bytes).equals(LATIN_PAGE)).toBe(true);
      expect(await claimlog.independentOrigins([original ?? '', story ?? '', latin ?? ''])).toMatchObject({
        count: 2,
      });
    } finally {
      await claimlog.close();
    }
  });

  it('shows copyOf and relayedFrom beside statements', async () => {
    const story = first.report.ingested[1]?.id ?? '';
    const result = await runCli(['statements', '--document', story, '--json'], { CLAIMLOG_HOME: home });
    const statements = JSON.parse(result.stdout) as { copyOf: string | null; relayedFrom: string[] }[];
    expect(statements.length).toBeGreaterThan(0);
    expect(statements[0]).toMatchObject({ copyOf: first.report.ingested[0]?.id, relayedFrom: ['Yonhap'] });
  });

  it('refuses loopback, private, link-local and metadata addresses without connecting, unless allowed', async () => {
    const urls = [
      `${refused.origin}/story`,
      `http://localhost:${refused.port}/story`,
      'http://[::1]/',
      'http://10.20.30.40/',
      'http://172.16.5.4/',
      'http://192.168.1.1/router',
      'http://169.254.169.254/latest/meta-data/',
    ];
    const result = await runCli(['ingest', ...urls, join(dir, 'original.txt')], {
      CLAIMLOG_HOME: await freshHome(),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ingested 1 document');
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toEqual([
      `error: refused ${refused.origin}/story: 127.0.0.1 is a loopback address (127.0.0.0/8); allow it with CLAIMLOG_FETCH_ALLOW=127.0.0.1/32`,
      expect.stringMatching(
        new RegExp(
          `^error: refused http://localhost:${refused.port}/story: localhost resolves to (127\\.0\\.0\\.1|::1), a loopback address`,
        ),
      ),
      'error: refused http://[::1]/: ::1 is a loopback address (::1/128); allow it with CLAIMLOG_FETCH_ALLOW=::1/128',
      'error: refused http://10.20.30.40/: 10.20.30.40 is a private address (10.0.0.0/8); allow it with CLAIMLOG_FETCH_ALLOW=10.20.30.40/32',
      'error: refused http://172.16.5.4/: 172.16.5.4 is a private address (172.16.0.0/12); allow it with CLAIMLOG_FETCH_ALLOW=172.16.5.4/32',
      'error: refused http://192.168.1.1/router: 192.168.1.1 is a private address (192.168.0.0/16); allow it with CLAIMLOG_FETCH_ALLOW=192.168.1.1/32',
      'error: refused http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a cloud metadata address (169.254.169.254/32); allow it with CLAIMLOG_FETCH_ALLOW=169.254.169.254/32',
    ]);
    expect(refused.connections).toBe(0);
  }, 120_000);

  it('names a malformed allow list instead of guessing', async () => {
    const result = await runCli(['ingest', `${pages.origin}/story`], {
      CLAIMLOG_HOME: home,
      CLAIMLOG_FETCH_ALLOW: '127.0.0.1/32, not a host!',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'CLAIMLOG_FETCH_ALLOW: expected host names or CIDR ranges separated by commas, found "host!"',
    );
  });
});
