// Adapter: the log's read side, written as a C2SP tlog-tiles folder (checkpoint, tile/<L>/<N>, tile/entries/<N>) any static server can serve.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Conflict } from '../domain/errors.js';
import { parseCheckpoint } from './checkpoint.js';
import { encodeEntryBundle } from './entry-bundle.js';
import { equalBytes } from './hashes.js';
import type { HashReader } from './hash-reader.js';
import type { LogLeaf } from './log-storage.js';
import { parseNote } from './signed-note.js';
import { C2SP_TILE_HEIGHT, newTiles, readTileData } from './tile.js';
import { tilePath } from './tile-path.js';
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
 * missing or a half-written file. Throws Conflict, writing nothing, when the checkpoint's size or root is
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
  for (const tile of newTiles(
    C2SP_TILE_HEIGHT,
    Math.min(update.fromSize, checkpoint.size),
    checkpoint.size,
  )) {
    const path = tilePath(tile);
    await writeAtomically(join(dir, path), await readTileData(source, tile));
    written.push(path);
    if (tile.level === 0) {
      // C2SP tlog-tiles: the entry bundle for level-0 tile N holds leaves N·256 … N·256 + W − 1.
      const leaves = await source.readLeaves(tile.index * 2 ** C2SP_TILE_HEIGHT, tile.width);
      const bundlePath = tilePath({ ...tile, level: -1 });
      await writeAtomically(join(dir, bundlePath), encodeEntryBundle(leaves.map((leaf) => leaf.data)));
      written.push(bundlePath);
    }
  }
  await writeAtomically(join(dir, 'checkpoint'), new TextEncoder().encode(update.checkpoint));
  written.push('checkpoint');
  return written;
}

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
