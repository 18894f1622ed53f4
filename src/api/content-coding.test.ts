import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBody, preferredCoding } from './content-coding.js';

describe('preferredCoding', () => {
  it("takes brotli from a browser's fetch, and gzip from a client that offers only gzip", () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('x-gzip')).toBe('gzip');
    expect(preferredCoding('GZIP;Q=0.5')).toBe('gzip');
  });

  it('follows q-values: the highest wins, q=0 excludes, * covers what is not listed', () => {
    expect(preferredCoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('br;q=0, *;q=0.1')).toBe('gzip');
    expect(preferredCoding('*;q=0')).toBeNull();
    expect(preferredCoding('identity;q=1, gzip;q=0.5')).toBeNull();
    expect(preferredCoding('identity;q=0.5, gzip')).toBe('gzip');
  });

  it('answers identity without the header, with an empty one, or with only unknown codings', () => {
    expect(preferredCoding(undefined)).toBeNull();
    expect(preferredCoding('')).toBeNull();
    expect(preferredCoding('identity')).toBeNull();
    expect(preferredCoding('deflate, zstd')).toBeNull();
  });

  it('ignores entries with a malformed weight, and offers only the codings it is given', () => {
    expect(preferredCoding('br;q=2, gzip;q=0.1')).toBe('gzip');
    expect(preferredCoding('br;q=high')).toBeNull();
    expect(preferredCoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(preferredCoding('br', [])).toBeNull();
  });
});

describe('encodeBody', () => {
  it('compresses to bytes that decompress to exactly the input', async () => {
    const body = Buffer.from(JSON.stringify({ entries: Array.from({ length: 500 }, (_, i) => ({ i })) }));
    const br = await encodeBody(body, 'br');
    const gz = await encodeBody(body, 'gzip');
    expect(br.byteLength).toBeLessThan(body.byteLength / 4);
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gz).equals(body)).toBe(true);
    // Equal input, equal output: one strong validator may tag it.
    expect(Buffer.from(await encodeBody(body, 'br')).equals(Buffer.from(br))).toBe(true);
  });
});
