// Turns fetched bytes into text using the charset the server, a byte-order mark or the document itself declares.
import { InvalidInput } from '../../domain/errors.js';

/**
 * Decodes `bytes` as text. The charset comes from, in order: a byte-order mark, the `Content-Type`
 * charset, an XML declaration's `encoding`, an HTML `<meta charset>` in the first 1024 bytes; else UTF-8.
 * Malformed sequences become U+FFFD. Throws InvalidInput naming the charset when it is unknown.
 */
export function decodeBody(bytes: Uint8Array, charset: string | null, where: string): string {
  const label = bomCharset(bytes) ?? charset ?? declaredCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch (cause) {
    throw new InvalidInput(`${where}: expected a known character encoding, found "${label}"`, { cause });
  }
  // TextDecoder drops a BOM matching its own encoding; other BOMs were used to choose it.
  const text = decoder.decode(bytes);
  // Node 20 decodes windows-1252 (and its aliases latin1, iso-8859-1, ascii) as ISO-8859-1, leaving
  // 0x80-0x9F as C1 controls; the WHATWG Encoding Standard maps them to these characters.
  return decoder.encoding === 'windows-1252'
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

// WHATWG index-windows-1252 for 0x80-0x9F; the five unassigned bytes keep their C1 code points.
const CP1252 = [
  ...'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178',
];

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  if (xml?.[1] !== undefined) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase() ?? null;
}
