// Content codings of answers (RFC 9110 §8.4.1): which one a request's Accept-Encoding prefers, and
// compressing a body with it off the event loop.

import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The codings answers are offered in besides identity, most preferred first (brotli is smaller). */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/** Bodies smaller than this stay uncompressed: the saving would not pay for the work. */
export const MIN_ENCODED_BYTES = 1024;

/**
 * The coding of `offered` that an Accept-Encoding field value prefers, or null for identity.
 * RFC 9110 §12.5.3: a coding is acceptable when listed, or covered by `*`, with q > 0 (q=0 excludes
 * it); the highest q wins, ties go to the earlier of `offered`. Identity is chosen when the field is
 * absent or empty, when no offered coding is acceptable, or when the field lists identity with a
 * higher q than the best coding. Entries with a malformed weight are ignored.
 */
export function preferredCoding(
  acceptEncoding: string | undefined,
  offered: readonly ContentCoding[] = CONTENT_CODINGS,
): ContentCoding | null {
  if (acceptEncoding === undefined) return null;
  const weights = new Map<string, number>();
  for (const element of acceptEncoding.split(',')) {
    const [name = '', ...params] = element.split(';').map((part) => part.trim());
    if (name === '') continue;
    const q = weightOf(params);
    if (q === null) continue;
    // RFC 9110 §8.4.1.3: x-gzip is gzip.
    const coding = name.toLowerCase() === 'x-gzip' ? 'gzip' : name.toLowerCase();
    weights.set(coding, Math.max(q, weights.get(coding) ?? 0));
  }
  const any = weights.get('*');
  let best: { coding: ContentCoding; q: number } | null = null;
  for (const coding of offered) {
    const q = weights.get(coding) ?? any ?? 0;
    if (q > 0 && (best === null || q > best.q)) best = { coding, q };
  }
  if (best === null) return null;
  const identity = weights.get('identity');
  return identity !== undefined && identity > best.q ? null : best.coding;
}

/** The weight of one Accept-Encoding element's parameters: 1 without `q`, null when malformed. */
function weightOf(params: readonly string[]): number | null {
  let q = 1;
  for (const param of params) {
    const match = /^q\s*=\s*(\S*)$/i.exec(param);
    if (!match) continue;
    // RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
    if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(match[1] ?? '')) return null;
    q = Number(match[1]);
  }
  return q;
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/**
 * `bytes` compressed with `coding`, at a fast level (brotli quality 4, gzip level 3: about 10 and
 * 5 ms for 2 MB of JSON, to 6 and 8 % of it). The work runs on libuv's thread pool, never on the
 * event loop. Equal input gives equal output, so the tag of the input with the coding appended is a
 * strong ETag of the output.
 */
export async function encodeBody(bytes: Uint8Array, coding: ContentCoding): Promise<Uint8Array<ArrayBuffer>> {
  return coding === 'br'
    ? compressBrotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      })
    : compressGzip(bytes, { level: 3 });
}
