// The SSRF guard end to end: refused addresses are never connected to, whether asked directly or by redirect.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, InvalidInput, Unavailable } from '../../src/domain/errors.js';
import { parseAllowList } from '../../src/ingest/url/address-policy.js';
import { fetchPage, type FetchResult } from '../../src/ingest/url/fetch-page.js';
import { ipv6LoopbackAvailable, startLoopbackServer, type LoopbackServer } from './loopback-server.js';
import { staticResolver } from './static-resolver.js';

let server: LoopbackServer;
let other: LoopbackServer;
let server6: LoopbackServer | null = null;

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    const m = /^\/redirect\?to=(.*)$/.exec(req.url ?? '');
    if (m?.[1] !== undefined) {
      res.writeHead(302, { location: decodeURIComponent(m[1]) }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>hello</p>');
  });
  other = await startLoopbackServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end('secret'),
  );
  if (await ipv6LoopbackAvailable()) {
    server6 = await startLoopbackServer(
      (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('six'),
      '::1',
    );
  }
});

afterAll(async () => {
  await server.close();
  await other.close();
  await server6?.close();
});

/** Counts client sockets Node creates while `run` is pending, through the `net.client.socket` channel. */
async function socketsOpenedDuring(
  run: () => Promise<unknown>,
): Promise<{ sockets: number; error: unknown }> {
  let sockets = 0;
  const onSocket = (): void => {
    sockets += 1;
  };
  subscribe('net.client.socket', onSocket);
  let error: unknown = null;
  try {
    await run();
  } catch (e) {
    error = e;
  } finally {
    unsubscribe('net.client.socket', onSocket);
  }
  return { sockets, error };
}

const policy = parseAllowList('allowed.test');

describe('addresses that are refused after DNS resolution', () => {
  const cases: [string, string, RegExp][] = [
    ['127.0.0.1', 'loopback', /127\.0\.0\.0\/8/],
    ['127.3.2.1', 'loopback', /127\.0\.0\.0\/8/],
    ['::1', 'loopback', /::1\/128/],
    ['10.0.0.5', 'private', /10\.0\.0\.0\/8/],
    ['172.16.0.1', 'private', /172\.16\.0\.0\/12/],
    ['172.31.255.254', 'private', /172\.16\.0\.0\/12/],
    ['192.168.1.10', 'private', /192\.168\.0\.0\/16/],
    ['fc00::1', 'private', /fc00::\/7/],
    ['fd12:3456::1', 'private', /fc00::\/7/],
    ['169.254.10.20', 'link-local', /169\.254\.0\.0\/16/],
    ['fe80::1', 'link-local', /fe80::\/10/],
    ['169.254.169.254', 'cloud metadata', /169\.254\.169\.254\/32/],
    ['fd00:ec2::254', 'cloud metadata', /fd00:ec2::254\/128/],
    ['0.0.0.0', 'unspecified', /0\.0\.0\.0\/8/],
    ['::', 'unspecified', /::\/128/],
    ['224.0.0.1', 'multicast', /224\.0\.0\.0\/4/],
    ['ff02::1', 'multicast', /ff00::\/8/],
    ['100.64.0.1', 'shared (CGNAT)', /100\.64\.0\.0\/10/],
    ['::ffff:127.0.0.1', 'loopback', /127\.0\.0\.0\/8/],
    ['::ffff:10.0.0.5', 'private', /10\.0\.0\.0\/8/],
    ['::ffff:a9fe:a9fe', 'cloud metadata', /169\.254\.169\.254/],
    ['64:ff9b::c0a8:101', 'private', /192\.168\.0\.0\/16/],
  ];
  for (const [address, cls, range] of cases) {
    it(`refuses a name resolving to ${address} (${cls}) without opening a socket`, async () => {
      const resolver = staticResolver({ 'target.test': [address], 'allowed.test': ['127.0.0.1'] });
      const url = `http://target.test:${server.port}/`;
      const { sockets, error } = await socketsOpenedDuring(() => fetchPage(url, { policy, resolver }));
      expect(error).toBeInstanceOf(Forbidden);
      const message = (error as Forbidden).message;
      expect(message).toContain(
        `refused ${url}: target.test resolves to ${address.replace('::ffff:a9fe:a9fe', '::ffff:169.254.169.254')}`,
      );
      expect(message).toContain(`a${/^[aeiou]/.test(cls) ? 'n' : ''} ${cls} address`);
      expect(message).toMatch(range);
      expect(message).toContain('allow it with CLAIMLOG_FETCH_ALLOW=target.test or CLAIMLOG_FETCH_ALLOW=');
      expect(sockets).toBe(0);
      expect(resolver.asked).toEqual(['target.test']);
    });
  }

  it('never connects to the loopback servers the refused names point at', () => {
    expect(server.connections).toBe(0);
    expect(server6?.connections ?? 0).toBe(0);
  });

  it('refuses a name when any one of its addresses is refused', async () => {
    const resolver = staticResolver({ 'mixed.test': ['93.184.216.34', '10.1.2.3'] });
    const { sockets, error } = await socketsOpenedDuring(() =>
      fetchPage('http://mixed.test/', { policy, resolver }),
    );
    expect(error).toBeInstanceOf(Forbidden);
    expect((error as Error).message).toContain('mixed.test resolves to 10.1.2.3, a private address');
    expect(sockets).toBe(0);
  });
});

describe('address literals in the URL', () => {
  const literal = (host: string): string => `http://${host}:${server.port}/`;
  for (const [host, shown] of [
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '::1'],
    ['2130706433', '127.0.0.1'], // decimal form of 127.0.0.1, normalised by the URL parser
    ['0x7f.1', '127.0.0.1'],
    ['[::ffff:7f00:1]', '::ffff:127.0.0.1'],
    ['10.0.0.5', '10.0.0.5'],
  ] as const) {
    it(`refuses http://${host}/ without opening a socket`, async () => {
      const { sockets, error } = await socketsOpenedDuring(() => fetchPage(literal(host), { policy }));
      expect(error).toBeInstanceOf(Forbidden);
      expect((error as Error).message).toContain(`: ${shown} is a`);
      expect((error as Error).message).toContain(`allow it with CLAIMLOG_FETCH_ALLOW=${shown}/`);
      expect(sockets).toBe(0);
    });
  }
  it('refuses schemes other than http and https', async () => {
    await expect(fetchPage('file:///etc/passwd', { policy })).rejects.toBeInstanceOf(InvalidInput);
    await expect(fetchPage('ftp://allowed.test/x', { policy })).rejects.toThrow(
      /expected an http: or https: URL, found ftp:/,
    );
  });
});

describe('allowed hosts and ranges', () => {
  it('fetches from a loopback server the test allows by name, over one connection', async () => {
    const before = server.connections;
    const resolver = staticResolver({ 'allowed.test': ['127.0.0.1'] });
    let page: FetchResult | null = null;
    const { sockets } = await socketsOpenedDuring(async () => {
      page = await fetchPage(`http://allowed.test:${server.port}/page`, { policy, resolver });
    });
    expect(sockets).toBe(1); // the counter does see real connections
    expect(page).toMatchObject({ kind: 'page', status: 200 });
    expect(server.connections - before).toBe(1);
    expect(server.requests.at(-1)?.headers.host).toBe(`allowed.test:${server.port}`);
  });

  it('fetches from an address the test allows by range', async () => {
    const page = await fetchPage(`${other.origin}/`, { policy: parseAllowList('127.0.0.1/32') });
    expect(page.kind === 'page' && new TextDecoder().decode(page.bytes)).toBe('secret');
  });

  it('allows IPv6 loopback only when ::1 is allowed', async () => {
    if (server6 === null) return;
    await expect(fetchPage(`${server6.origin}/`, { policy })).rejects.toBeInstanceOf(Forbidden);
    expect(server6.connections).toBe(0);
    const page = await fetchPage(`${server6.origin}/`, { policy: parseAllowList('::1') });
    expect(page.kind).toBe('page');
    expect(server6.connections).toBe(1);
  });

  it('reports a name that does not resolve as unavailable', async () => {
    await expect(
      fetchPage('http://nowhere.test/', { policy, resolver: staticResolver({}) }),
    ).rejects.toBeInstanceOf(Unavailable);
  });
});

describe('redirects', () => {
  it('refuses a redirect from an allowed host to a loopback address, never connecting to it', async () => {
    const resolver = staticResolver({ 'allowed.test': ['127.0.0.1'] });
    const target = `http://127.0.0.1:${other.port}/secret`;
    const start = `http://allowed.test:${server.port}/redirect?to=${encodeURIComponent(target)}`;
    const before = other.connections;
    const error: unknown = await fetchPage(start, { policy, resolver }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Forbidden);
    expect((error as Error).message).toBe(
      `refused redirect from ${start}: refused ${target}: 127.0.0.1 is a loopback address (127.0.0.0/8); ` +
        `allow it with CLAIMLOG_FETCH_ALLOW=127.0.0.1/32`,
    );
    expect(other.connections - before).toBe(0);
  });

  it('refuses a redirect to a name that resolves to a private address', async () => {
    const resolver = staticResolver({ 'allowed.test': ['127.0.0.1'], 'intranet.test': ['192.168.0.7'] });
    const start = `http://allowed.test:${server.port}/redirect?to=${encodeURIComponent('http://intranet.test/admin')}`;
    await expect(fetchPage(start, { policy, resolver })).rejects.toThrow(
      /^refused redirect from .*: refused http:\/\/intranet\.test\/admin: intranet\.test resolves to 192\.168\.0\.7, a private address/,
    );
  });

  it('connects to the address it checked, so a name that later resolves elsewhere cannot rebind', async () => {
    // First answer: the allowed loopback server. Every later answer: a private address.
    const resolver = staticResolver({ 'rebind.test': (n) => (n === 0 ? ['127.0.0.1'] : ['10.0.0.9']) });
    const allow = parseAllowList('127.0.0.1/32');
    const page: FetchResult = await fetchPage(`http://rebind.test:${other.port}/`, {
      policy: allow,
      resolver,
    });
    expect(page.kind).toBe('page');
    expect(resolver.asked).toEqual(['rebind.test']);
    // A redirect back to the same name is checked again, and now refused.
    const hop = `http://127.0.0.1:${server.port}/redirect?to=${encodeURIComponent(`http://rebind.test:${other.port}/`)}`;
    await expect(fetchPage(hop, { policy: allow, resolver })).rejects.toThrow(
      /rebind\.test resolves to 10\.0\.0\.9, a private address/,
    );
  });
});
