// Tile paths in the C2SP tlog-tiles layout (tile/<L>/<N>[.p/<W>]) and in Go sumdb's (tile/<H>/<L>/<N>[.p/<W>]).
import { InvalidInput } from '../domain/errors.js';
import { C2SP_TILE_HEIGHT, type Tile } from './tile.js';

/**
 * The C2SP tlog-tiles path of a tile of height 8: `tile/<L>/<N>` for a full tile, `tile/<L>/<N>.p/<W>` for a
 * partial one, with L = `entries` for entry bundles (level −1). N is written in zero-padded 3-digit groups,
 * all but the last prefixed with `x` (1234067 → x001/x234/067).
 */
export function tilePath(tile: Tile): string {
  if (tile.height !== C2SP_TILE_HEIGHT) {
    throw new InvalidInput(`tiles: C2SP tiles have height ${C2SP_TILE_HEIGHT}, found ${tile.height}`);
  }
  checkTile(tile);
  const level = tile.level === -1 ? 'entries' : String(tile.level);
  return `tile/${level}/${tileIndexPath(tile.index)}${widthSuffix(tile)}`;
}

/** The Go sumdb path of a tile: `tile/<H>/<L>/<N>[.p/<W>]`, with L = `data` for level −1. */
export function sumdbTilePath(tile: Tile): string {
  checkTile(tile);
  const level = tile.level === -1 ? 'data' : String(tile.level);
  return `tile/${tile.height}/${level}/${tileIndexPath(tile.index)}${widthSuffix(tile)}`;
}

/** The tile a C2SP path names. Throws InvalidInput unless the path is exactly what tilePath would write. */
export function parseTilePath(path: string): Tile {
  const match = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]*))?$/.exec(
    path,
  );
  return fromMatch(path, match, C2SP_TILE_HEIGHT, match?.[1], 'entries', match?.[2], match?.[3], tilePath);
}

/** The tile a Go sumdb path names. Throws InvalidInput unless the path is exactly what sumdbTilePath would write. */
export function parseSumdbTilePath(path: string): Tile {
  const match =
    /^tile\/([1-9][0-9]?)\/(data|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]*))?$/.exec(
      path,
    );
  const height = Number(match?.[1]);
  return fromMatch(path, match, height, match?.[2], 'data', match?.[3], match?.[4], sumdbTilePath);
}

/** The path elements of a tile index: 3-digit groups, all but the last prefixed with `x`. */
export function tileIndexPath(index: number): string {
  let n = index;
  let path = String(n % 1000).padStart(3, '0');
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    path = `x${String(n % 1000).padStart(3, '0')}/${path}`;
  }
  return path;
}

function fromMatch(
  path: string,
  match: RegExpExecArray | null,
  height: number,
  levelText: string | undefined,
  dataName: string,
  indexText: string | undefined,
  widthText: string | undefined,
  format: (tile: Tile) => string,
): Tile {
  if (match === null || levelText === undefined || indexText === undefined) throw badPath(path);
  const index = Number(indexText.replaceAll('x', '').replaceAll('/', ''));
  const width = widthText === undefined ? 2 ** height : Number(widthText);
  const tile = { height, level: levelText === dataName ? -1 : Number(levelText), index, width };
  if (height < 1 || height > 30 || !Number.isSafeInteger(index) || width < 1 || width > 2 ** height)
    throw badPath(path);
  if (tile.level > 63 || format(tile) !== path) throw badPath(path);
  return tile;
}

function widthSuffix(tile: Tile): string {
  return tile.width === 2 ** tile.height ? '' : `.p/${tile.width}`;
}

function checkTile(tile: Tile): void {
  const { height, level, index, width } = tile;
  const ok =
    Number.isInteger(height) &&
    height >= 1 &&
    height <= 30 &&
    Number.isInteger(level) &&
    level >= -1 &&
    level <= 63 &&
    Number.isSafeInteger(index) &&
    index >= 0 &&
    Number.isInteger(width) &&
    width >= 1 &&
    width <= 2 ** height;
  if (!ok) throw new InvalidInput(`tiles: not a valid tile: ${JSON.stringify(tile)}`);
}

function badPath(path: string): InvalidInput {
  return new InvalidInput(`tiles: malformed tile path ${JSON.stringify(path.slice(0, 200))}`);
}
