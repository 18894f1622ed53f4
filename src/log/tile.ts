// Tiles (c2sp.org/tlog-tiles, Go's sumdb/tlog): which tiles a tree has, and their bytes from stored hashes.
import { InvalidInput } from '../domain/errors.js';
import { HASH_SIZE } from './hashes.js';
import { readCheckedHashes, type HashReader } from './hash-reader.js';
import { storedHashIndex } from './stored-hash-index.js';

/** C2SP tlog-tiles fixes the tile height at 8: a full tile holds 256 hashes. */
export const C2SP_TILE_HEIGHT = 8;

/**
 * A tile: the `width` hashes, starting at the (index · 2^height)-th, of tree level level · height.
 * A tile at level L holds hashes of perfect subtrees of 2^(L·height) leaves. Level −1 names the leaf data
 * (entry bundles). Full tiles have width 2^height; partial ones are narrower.
 */
export interface Tile {
  height: number;
  level: number;
  index: number;
  width: number;
}

/**
 * The tiles that a tree growing from `oldSize` to `newSize` leaves adds or widens, bottom level first, each at
 * its width for newSize (same as Go's tlog.NewTiles). With oldSize 0: every tile of the tree of newSize.
 */
export function newTiles(height: number, oldSize: number, newSize: number): Tile[] {
  if (!Number.isInteger(height) || height < 1 || height > 30) {
    throw new InvalidInput(`tiles: expected a tile height in 1…30, found ${String(height)}`);
  }
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) {
    throw new InvalidInput(
      `tiles: expected 0 ≤ old size ≤ new size, found ${String(oldSize)} → ${String(newSize)}`,
    );
  }
  const full = 2 ** height;
  const tiles: Tile[] = [];
  for (let level = 0; Math.floor(newSize / full ** level) > 0; level++) {
    const oldCount = Math.floor(oldSize / full ** level); // hashes at tree level level·height
    const newCount = Math.floor(newSize / full ** level);
    if (oldCount === newCount) continue;
    for (let n = Math.floor(oldCount / full); n < Math.floor(newCount / full); n++) {
      tiles.push({ height, level, index: n, width: full });
    }
    const last = Math.floor(newCount / full);
    const width = newCount - last * full;
    if (width > 0) tiles.push({ height, level, index: last, width });
  }
  return tiles;
}

/**
 * The bytes of a hash tile (level ≥ 0): its `width` hashes of 32 bytes, concatenated, read in one call.
 * The caller MUST only ask for tiles of a tree the log has stored.
 */
export async function readTileData(reader: HashReader, tile: Tile): Promise<Uint8Array> {
  if (tile.level < 0)
    throw new InvalidInput('tiles: entry bundles hold leaf data, not hashes: read them from storage');
  const start = tile.index * 2 ** tile.height;
  const indexes = Array.from({ length: tile.width }, (_, i) =>
    storedHashIndex(tile.level * tile.height, start + i),
  );
  const hashes = await readCheckedHashes(reader, indexes);
  const data = new Uint8Array(tile.width * HASH_SIZE);
  hashes.forEach((h, i) => data.set(h, i * HASH_SIZE));
  return data;
}
