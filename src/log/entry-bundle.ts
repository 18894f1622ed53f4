// C2SP tlog-tiles entry bundles: the leaf data of one level-0 tile, each entry prefixed by its big-endian uint16 length.
import { InvalidInput } from '../domain/errors.js';

/** The bundle of `entries`, in order. Throws InvalidInput for an entry over 65535 bytes. */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const [i, entry] of entries.entries()) {
    if (entry.length > 0xffff) {
      throw new InvalidInput(`entry bundle: entry ${i} is ${entry.length} bytes, more than 65535`);
    }
    length += 2 + entry.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const entry of entries) {
    out[at] = entry.length >> 8;
    out[at + 1] = entry.length & 0xff;
    out.set(entry, at + 2);
    at += 2 + entry.length;
  }
  return out;
}

/** The entries of a bundle. Throws InvalidInput, with the byte offset, when an entry runs past the end. */
export function decodeEntryBundle(bundle: Uint8Array): Uint8Array[] {
  const entries: Uint8Array[] = [];
  let at = 0;
  while (at < bundle.length) {
    if (at + 2 > bundle.length)
      throw new InvalidInput(`entry bundle: a length prefix is cut off at byte ${at}`);
    const length = ((bundle[at] ?? 0) << 8) | (bundle[at + 1] ?? 0);
    if (at + 2 + length > bundle.length) {
      throw new InvalidInput(
        `entry bundle: entry at byte ${at} claims ${length} bytes, ${bundle.length - at - 2} remain`,
      );
    }
    entries.push(bundle.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  return entries;
}
