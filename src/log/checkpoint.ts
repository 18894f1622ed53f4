// C2SP tlog-checkpoint bodies (c2sp.org/tlog-checkpoint): origin, tree size and root hash, then optional extension lines.
import { InvalidInput } from '../domain/errors.js';
import { HASH_SIZE } from './hashes.js';
import { decodeBase64, encodeBase64 } from './strict-base64.js';

/** A log's tree head as a checkpoint states it. */
export interface Checkpoint {
  /** The log's identity, e.g. `example.org/claimlog`. */
  origin: string;
  size: number;
  rootHash: Uint8Array;
  /** Extension lines after the root hash, without their newlines (each non-empty). */
  extensions: string[];
}

export interface ParseCheckpointOptions {
  /** When given, a checkpoint of another origin is refused. */
  origin?: string;
  /** Byte length the root hash must have: 32 (the default, SHA-256 logs) or 'any' (the C2SP format alone). */
  rootHashSize?: number | 'any';
}

/**
 * The checkpoint text: `<origin>\n<size>\n<base64 root>\n` then one line per extension. Throws InvalidInput
 * when the origin is empty or has a newline or control character, the size is not an integer in [0, 2^53),
 * or an extension line is empty or has a newline.
 */
export function formatCheckpoint(checkpoint: {
  origin: string;
  size: number;
  rootHash: Uint8Array;
  extensions?: readonly string[];
}): string {
  const { origin, size, rootHash, extensions = [] } = checkpoint;
  // eslint-disable-next-line no-control-regex
  if (origin.length === 0 || /[\u0000-\u001f]/.test(origin)) {
    throw new InvalidInput(
      `checkpoint: expected a non-empty origin without control characters, found ${JSON.stringify(origin)}`,
    );
  }
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new InvalidInput(`checkpoint: expected a tree size in [0, 2^53), found ${String(size)}`);
  }
  for (const line of extensions) {
    // eslint-disable-next-line no-control-regex
    if (line.length === 0 || /[\u0000-\u001f]/.test(line)) {
      throw new InvalidInput(
        `checkpoint: expected non-empty extension lines without control characters, found ${JSON.stringify(line)}`,
      );
    }
  }
  return [origin, String(size), encodeBase64(rootHash), ...extensions].map((line) => `${line}\n`).join('');
}

/**
 * Parses a checkpoint text (the text of its signed note). Throws InvalidInput naming the line when: fewer
 * than three lines or no final newline, an empty origin (or not `options.origin`), a size that is not plain
 * decimal without leading zeros below 2^53 (C2SP allows up to 2^64 − 1: larger sizes are refused here), a root
 * that is not canonical Base64 of `rootHashSize` bytes, or an empty extension line (C2SP: they are non-empty).
 */
export function parseCheckpoint(text: string, options: ParseCheckpointOptions = {}): Checkpoint {
  if (!text.endsWith('\n')) throw malformed('the text does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3)
    throw malformed(`expected at least 3 lines (origin, size, root hash), found ${lines.length}`);
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]];
  if (origin.length === 0) throw malformed('line 1: the origin is empty');
  if (options.origin !== undefined && origin !== options.origin) {
    throw malformed(
      `line 1: expected origin ${JSON.stringify(options.origin)}, found ${JSON.stringify(origin)}`,
    );
  }
  if (!/^(0|[1-9][0-9]{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    throw malformed(
      `line 2: expected a decimal tree size below 2^53, found ${JSON.stringify(sizeText.slice(0, 40))}`,
    );
  }
  const rootHash = decodeBase64(rootText);
  const wantSize = options.rootHashSize ?? HASH_SIZE;
  if (rootHash === undefined || rootHash.length === 0) {
    throw malformed(`line 3: expected a Base64 root hash, found ${JSON.stringify(rootText.slice(0, 60))}`);
  }
  if (wantSize !== 'any' && rootHash.length !== wantSize) {
    throw malformed(`line 3: expected a ${wantSize}-byte root hash, found ${rootHash.length} bytes`);
  }
  const empty = extensions.findIndex((line) => line.length === 0);
  if (empty >= 0) throw malformed(`line ${empty + 4}: extension lines must not be empty`);
  return { origin, size: Number(sizeText), rootHash, extensions };
}

function malformed(problem: string): InvalidInput {
  return new InvalidInput(`checkpoint: malformed checkpoint: ${problem}`);
}
