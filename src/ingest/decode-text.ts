// Turns the bytes of a source into the text every offset refers to, refusing what is not text.

import { InvalidInput, type Location } from '../domain/errors.js';

/**
 * Decodes strict UTF-8 (a BOM is dropped), normalizes line ends to `\n` and to NFC. Throws
 * InvalidInput naming `where` for empty input, binary content and invalid UTF-8 (with the byte offset).
 */
export function decodeText(bytes: Uint8Array, where: Location): string {
  if (bytes.length === 0) throw new InvalidInput('empty: expected text, found 0 bytes', { where });
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InvalidInput(`binary content: expected UTF-8 text, found a NUL byte at offset ${nul}`, {
      where: { ...where, offset: nul },
    });
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    throw new InvalidInput(`invalid UTF-8 at byte offset ${invalid}: expected UTF-8 text`, {
      where: { ...where, offset: invalid },
    });
  }
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  if (controlShare(text) > 0.05)
    throw new InvalidInput('binary content: expected text, found mostly control characters', { where });
  if (text.trim() === '') throw new InvalidInput('empty: expected text, found only whitespace', { where });
  return text;
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence, or -1 (RFC 3629 §4). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0x7f) control += 1;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}
