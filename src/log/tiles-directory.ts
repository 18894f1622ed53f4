// Adapter: the log's read side, written as a C2SP tlog-tiles folder (checkpoint, tile/<L>/<N>, tile/entries/<N>) any static server can serve.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Conflict, InvalidInput } from '../domain/errors.js';
import { parseCheckpoint } from './checkpoint.js';
import { encodeEntryBundle } from './entry-bundle.js';
import { equalBytes } from './hashes.js';
import type { HashReader } from './hash-reader.js';
import type { LogLeaf } from './log-storage.js';
import { parseNote } from './signed-note.js';
import { C2SP_TILE_HEIGHT, newTiles, readTileData } from './tile.js';
import { parseTilePath, tilePath } from './tile-path.js';
import { readTreeHash } from './tree-hash.js';

/** What the tiles writer reads: stored hashes and leaf data (a LogStorage is one). */
export interface TileSource extends HashReader {
  treeSize(): Promise<number>;
  readLeaves(start: number, count: number): Promise<readonly Pick<LogLeaf, 'data'>[]>;
}

/**
 * Brings the tiles folder `dir` from the tree of `fromSize` leaves (0 for an empty or new folder) to the tree
 * of the signed `checkpoint`: writes every hash tile and entry bundle that changed, then the `checkpoint`
 * file last, each through a temporary file and a rename, so a reader never sees a checkpoint whose tiles are
 * missing or a half-written file. Once a tile is full, its partial versions (`<N>.p/`) are removed after the
 * checkpoint is written: their bytes are the first W hashes (entries) of the full tile, which a client holding
 * an older checkpoint can use instead. Throws Conflict, writing nothing, when the checkpoint's size or root is
 * not one of `source`'s tree heads. Returns the paths written, relative to `dir`.
 */
export async function writeTilesDirectory(
  dir: string,
  source: TileSource,
  update: { fromSize: number; checkpoint: string },
): Promise<string[]> {
  const checkpoint = parseCheckpoint(parseNote(update.checkpoint).text);
  const size = await source.treeSize();
  if (checkpoint.size > size) {
    throw new Conflict(`tiles: the checkpoint is for ${checkpoint.size} leaves, the log has ${size}`);
  }
  const root = await readTreeHash(source, checkpoint.size);
  if (!equalBytes(root, checkpoint.rootHash)) {
    throw new Conflict(`tiles: the checkpoint's root is not the log's root at size ${checkpoint.size}`);
  }
  const written: string[] = [];
  const superseded: string[] = [];
  for (const tile of newTiles(
    C2SP_TILE_HEIGHT,
    Math.min(update.fromSize, checkpoint.size),
    checkpoint.size,
  )) {
    const path = tilePath(tile);
    await writeAtomically(join(dir, path), await readTileData(source, tile));
    written.push(path);
    const full = tile.width === 2 ** C2SP_TILE_HEIGHT;
    if (full) superseded.push(`${path}.p`);
    if (tile.level === 0) {
      // C2SP tlog-tiles: the entry bundle for level-0 tile N holds leaves N·256 … N·256 + W − 1.
      const leaves = await source.readLeaves(tile.index * 2 ** C2SP_TILE_HEIGHT, tile.width);
      const bundlePath = tilePath({ ...tile, level: -1 });
      await writeAtomically(join(dir, bundlePath), encodeEntryBundle(leaves.map((leaf) => leaf.data)));
      written.push(bundlePath);
      if (full) superseded.push(`${bundlePath}.p`);
    }
  }
  if (await writeTilesCheckpoint(dir, update.checkpoint)) written.push('checkpoint');
  for (const path of superseded) await rm(join(dir, path), { recursive: true, force: true });
  return written;
}

/**
 * Replaces the folder's `checkpoint` file with `note` (atomically), e.g. the same checkpoint with witness
 * cosignatures added, unless the folder already serves a larger tree (another writer sharing the folder got
 * further: the folder never goes back). Returns whether it wrote. The caller MUST only pass a checkpoint
 * whose tiles the folder already holds.
 */
export async function writeTilesCheckpoint(dir: string, note: string): Promise<boolean> {
  const current = await readTilesCheckpoint(dir);
  if (current !== null && noteTreeSize(current) > noteTreeSize(note)) return false;
  await writeAtomically(join(dir, 'checkpoint'), new TextEncoder().encode(note));
  return true;
}

/** The tree size a checkpoint note states, or −1 when it is not a checkpoint note. */
function noteTreeSize(note: string): number {
  try {
    return parseCheckpoint(parseNote(note).text).size;
  } catch {
    return -1;
  }
}

/** The checkpoint note the folder serves, or null when it has none yet. */
export async function readTilesCheckpoint(dir: string): Promise<string | null> {
  const bytes = await readTilesFile(dir, 'checkpoint');
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

/**
 * The bytes of `path` in the folder: `checkpoint` or a C2SP tile path (`tile/<L>/<N>[.p/<W>]`,
 * `tile/entries/<N>[.p/<W>]`); null when the folder does not have it. Throws InvalidInput for any other
 * path, so nothing outside the layout (a temporary file, `..`) can be read through it.
 */
export async function readTilesFile(dir: string, path: string): Promise<Uint8Array | null> {
  if (path !== 'checkpoint') parseTilePath(path);
  if (path.includes('..')) throw new InvalidInput(`tiles: not a path of the tiles layout: ${path}`);
  try {
    return new Uint8Array(await readFile(join(dir, path)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw error;
  }
}

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
