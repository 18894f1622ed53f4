import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { matchesEtag, ResponseCache } from './response-cache.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('ResponseCache', () => {
  it('builds an answer once per key and version, and again when the version moves', async () => {
    const cache = new ResponseCache();
    let builds = 0;
    const build = () => Promise.resolve({ n: ++builds });
    const [a, b] = await Promise.all([cache.get('k', 1, build), cache.get('k', 1, build)]);
    expect(builds).toBe(1);
    expect(text(a.bytes)).toBe('{"n":1}');
    expect(b).toBe(a);
    const c = await cache.get('k', 2, build);
    expect(text(c.bytes)).toBe('{"n":2}');
    expect(c.etag).not.toBe(a.etag);
    // A request that read the older version ran alongside the write that moved it: the newer answer.
    expect(await cache.get('k', 1, build)).toBe(c);
    expect(builds).toBe(2);
  });

  it('makes held answers again at a new version, serving the older ones until they are ready', async () => {
    const cache = new ResponseCache();
    let state = 'before';
    let release = (): void => undefined;
    let gate: Promise<void> = Promise.resolve();
    // Large enough to be worth compressing.
    const build = async () => {
      await gate;
      return { state, padding: '.'.repeat(2000) };
    };
    const first = await cache.get('k', 1, build);
    await first.encoded('gzip');
    state = 'after';
    gate = new Promise((resolve) => (release = resolve));
    const refreshed = cache.refresh(2);
    // While the new answer is made, a request at the old version gets the old one at once.
    expect(await cache.get('k', 1, build)).toBe(first);
    release();
    await refreshed;
    const second = await cache.get('k', 2, () => Promise.reject(new Error('made again on demand')));
    expect(JSON.parse(text(second.bytes))).toMatchObject({ state: 'after' });
    // The coding requests took it in was made ahead.
    expect(text(gunzipSync(Buffer.from((await second.encoded('gzip')).bytes)))).toBe(text(second.bytes));
  });

  it('tags equal bodies alike, forgets failed builds and keeps at most its limits', async () => {
    const cache = new ResponseCache(2, 1024);
    const one = await cache.get('a', 1, () => Promise.resolve({ x: 1 }));
    expect((await cache.get('b', 7, () => Promise.resolve({ x: 1 }))).etag).toBe(one.etag);
    await expect(cache.get('c', 1, () => Promise.reject(new Error('no such proposition')))).rejects.toThrow(
      'no such proposition',
    );
    // 'a' made room for 'c'; the failed 'c' is gone.
    expect(cache.size).toBe(1);
    expect(text((await cache.get('c', 1, () => Promise.resolve('now'))).bytes)).toBe('"now"');
    expect(cache.size).toBe(2);
    await cache.get('big', 1, () => Promise.resolve('x'.repeat(2000)));
    expect(cache.size).toBeLessThanOrEqual(1);
  });

  it('compresses an answer once per coding, with a tag of its own, and counts it in the byte limit', async () => {
    const cache = new ResponseCache();
    const value = {
      entries: Array.from({ length: 400 }, (_, i) => ({ documentId: `d${i % 7}`, stance: 'supports' })),
    };
    const answer = await cache.get('k', 1, () => Promise.resolve(value));
    expect(answer.codings).toEqual(['br', 'gzip']);
    const identityBytes = cache.heldBytes;
    expect(identityBytes).toBe(answer.bytes.byteLength);

    const [br, again] = await Promise.all([answer.encoded('br'), answer.encoded('br')]);
    expect(again).toBe(br);
    expect(brotliDecompressSync(br.bytes).equals(Buffer.from(answer.bytes))).toBe(true);
    const gzip = await answer.encoded('gzip');
    expect(gunzipSync(gzip.bytes).equals(Buffer.from(answer.bytes))).toBe(true);
    expect(cache.heldBytes).toBe(identityBytes + br.bytes.byteLength + gzip.bytes.byteLength);

    const tags = [answer.etag, br.etag, gzip.etag];
    expect(new Set(tags).size).toBe(3);
    expect([answer.etagOf(null), answer.etagOf('br'), answer.etagOf('gzip')]).toEqual(tags);
    expect(await answer.encoded(null)).toEqual({ bytes: answer.bytes, etag: answer.etag });
    // The same body at a later version has the same tags: its representations have the same bytes.
    const later = await cache.get('k', 2, () => Promise.resolve(value));
    expect((await later.encoded('br')).etag).toBe(br.etag);
  });

  it('keeps small answers uncompressed, and evicts for the bytes of compressed forms too', async () => {
    const cache = new ResponseCache(10, 3000);
    const small = await cache.get('small', 1, () => Promise.resolve({ ok: true }));
    expect(small.codings).toEqual([]);
    expect(small.etagOf('br')).toBe(small.etag);
    expect(await small.encoded('br')).toEqual({ bytes: small.bytes, etag: small.etag });

    // Digits in no order compress to about half: 1102 bytes, then about 1100 more for both codings.
    const digits = (seed: number) => {
      let x = seed;
      return Array.from({ length: 1100 }, () => (x = (x * 1103515245 + 12345) % 2 ** 31) % 10).join('');
    };
    const big = await cache.get('big', 1, () => Promise.resolve(digits(1)));
    const br = await big.encoded('br');
    const gzip = await big.encoded('gzip');
    expect(cache.heldBytes).toBe(
      small.bytes.byteLength + big.bytes.byteLength + br.bytes.byteLength + gzip.bytes.byteLength,
    );
    // Identity bodies alone (about 2215 bytes) would fit in 3000; with the compressed forms they do not.
    await cache.get('other', 1, () => Promise.resolve(digits(2)));
    expect(cache.size).toBe(1);
    expect(cache.heldBytes).toBeLessThanOrEqual(3000);
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});
