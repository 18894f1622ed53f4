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
    // A request that read the older version gets its own answer and leaves the newer one held.
    await cache.get('k', 1, build);
    expect(await cache.get('k', 2, build)).toBe(c);
    expect(builds).toBe(3);
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

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});
