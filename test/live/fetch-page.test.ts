// fetchPage against a loopback server: limits, content types, redirects, compression and conditional GET.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInput, Unavailable } from '../../src/domain/errors.js';
import { parseAllowList } from '../../src/ingest/url/address-policy.js';
import { decodeBody } from '../../src/ingest/url/decode-body.js';
import { fetchPage, type FetchOptions } from '../../src/ingest/url/fetch-page.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

let server: LoopbackServer;
const options: FetchOptions = { policy: parseAllowList('127.0.0.1') };

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) });
      res.end();
    } else if (path === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 40; i++) res.write('x'.repeat(64 * 1024));
      res.end();
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (path.startsWith('/loop')) {
      const n = Number(path.slice('/loop'.length) || '0');
      res.writeHead(301, { location: `/loop${n + 1}` }).end();
    } else if (path === '/hop') {
      res.writeHead(307, { location: '/gzip' }).end();
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]))); // "Привет" in windows-1251
    } else if (path === '/stall') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
    } else if (path === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end('<rss/>');
    } else if (path === '/busy') {
      res.writeHead(503, { 'retry-after': '120' }).end('busy');
    } else if (path === '/untyped') {
      res.end('<?xml version="1.0"?><rss version="2.0"></rss>');
    } else {
      res.writeHead(404).end();
    }
  });
});

afterAll(async () => {
  await server.close();
});

const at = (path: string): string => `${server.origin}${path}`;

describe('fetchPage', () => {
  it('refuses a body whose declared length is over the limit', async () => {
    await expect(fetchPage(at('/big-declared'), { ...options, maxBytes: 1_000_000 })).rejects.toThrow(
      /expected at most 1000000 bytes, the response declares 5000000 bytes/,
    );
  });

  it('stops reading a body that grows over the limit', async () => {
    const error: unknown = await fetchPage(at('/big-streamed'), { ...options, maxBytes: 1_000_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as Error).message).toContain('the response sent more');
  });

  it('refuses content that is not a page, text or feed', async () => {
    await expect(fetchPage(at('/image'), options)).rejects.toThrow(
      `refused ${at('/image')}: expected html, text, feed content, found image/png`,
    );
    await expect(fetchPage(at('/gzip'), { ...options, accept: ['feed'] })).rejects.toThrow(
      /expected feed content, found text\/html/,
    );
  });

  it('follows at most the configured number of redirects', async () => {
    await expect(fetchPage(at('/loop'), options)).rejects.toThrow(
      `gave up on ${at('/loop')}: more than 5 redirects (last to /loop6)`,
    );
    await expect(fetchPage(at('/loop'), { ...options, maxRedirects: 2 })).rejects.toThrow(
      /more than 2 redirects/,
    );
  });

  it('follows a redirect, decompresses and reports the final URL and charset', async () => {
    const page = await fetchPage(at('/hop'), options);
    if (page.kind !== 'page') throw new Error(`expected a page, got ${page.kind}`);
    expect(page.url).toBe(at('/gzip'));
    expect(page.redirects).toEqual([at('/hop')]);
    expect(page.charset).toBe('windows-1251');
    expect(decodeBody(page.bytes, page.charset, page.url)).toBe('Привет');
  });

  it('gives up on a server that stops answering', async () => {
    await expect(fetchPage(at('/stall'), { ...options, totalTimeoutMs: 300 })).rejects.toBeInstanceOf(
      Unavailable,
    );
  });

  it('returns not-modified when a conditional GET matches', async () => {
    const first = await fetchPage(at('/etag'), options);
    expect(first).toMatchObject({ kind: 'page', contentKind: 'feed' });
    const again = await fetchPage(at('/etag'), {
      ...options,
      headers: { 'if-none-match': first.headers.etag ?? '' },
    });
    expect(again).toMatchObject({ kind: 'not-modified', status: 304 });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it('returns other statuses as values with their headers', async () => {
    const busy = await fetchPage(at('/busy'), options);
    expect(busy).toMatchObject({ kind: 'http-error', status: 503, headers: { 'retry-after': '120' } });
  });

  it('recognises a feed served without a content type', async () => {
    expect(await fetchPage(at('/untyped'), options)).toMatchObject({
      kind: 'page',
      mediaType: 'application/xml',
    });
  });
});
