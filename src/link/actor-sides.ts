// Which side each actor speaks for: its origin (the state or body it belongs to) and that origin's bloc.

import type { Actor } from '../domain/actor.js';

/**
 * A bloc of origins whose statements do not count as independent of one another. `unknown` is an
 * unresolved speaker: it never counts as an independent side.
 */
export type Side = 'east' | 'west' | 'neutral' | 'unknown';

/**
 * Origins by bloc, for the wars claimlog's corpora cover. Russia and its allies on one side; Ukraine,
 * its partners and the states and alliances that back it on the other; the UN and states that keep out
 * of it as neutral. A user can pass another mapping to `createSideMap`.
 */
export const DEFAULT_SIDES: Readonly<Record<string, Side>> = {
  ru: 'east',
  kp: 'east',
  by: 'east',
  ir: 'east',
  sy: 'east',
  ua: 'west',
  us: 'west',
  kr: 'west',
  nato: 'west',
  eu: 'west',
  gb: 'west',
  fr: 'west',
  de: 'west',
  pl: 'west',
  jp: 'west',
  ca: 'west',
  au: 'west',
  it: 'west',
  nl: 'west',
  se: 'west',
  fi: 'west',
  no: 'west',
  dk: 'west',
  ee: 'west',
  lv: 'west',
  lt: 'west',
  cz: 'west',
  ro: 'west',
  un: 'neutral',
  cn: 'neutral',
  in: 'neutral',
  tr: 'neutral',
  br: 'neutral',
  za: 'neutral',
  ch: 'neutral',
  icrc: 'neutral',
};

/** Media follow their state: a wire or broadcaster's id or name → the origin it belongs to. */
export const MEDIA_ORIGINS: Readonly<Record<string, string>> = {
  yonhap: 'kr',
  kbs: 'kr',
  tass: 'ru',
  ria: 'ru',
  rt: 'ru',
  sputnik: 'ru',
  interfax: 'ru',
  kcna: 'kp',
  rodong: 'kp',
  ukrinform: 'ua',
  spravdi: 'ua',
  reuters: 'gb',
  bbc: 'gb',
  afp: 'fr',
  'associated press': 'us',
  ap: 'us',
  cnn: 'us',
  xinhua: 'cn',
};

export interface SideMap {
  /** The origin of an actor id or outlet name (`kr-nis` → `kr`, "Yonhap News Agency" → `kr`), or null. */
  origin(actor: string | null): string | null;
  /** The bloc of an actor id or outlet name; `unknown` when its origin is unknown. */
  side(actor: string | null): Side;
}

export interface SideMapOptions {
  /** Known actors: an actor's origin is the root of its `partOf` chain. */
  actors?: readonly Actor[];
  /** Bloc per origin, replacing DEFAULT_SIDES entries of the same origin. */
  sides?: Readonly<Record<string, Side>>;
  /** Origin per outlet or media id/name, added to MEDIA_ORIGINS. */
  media?: Readonly<Record<string, string>>;
}

/**
 * A side map. Without `actors`, an id's origin is its part before the first `-` (`ua-spravdi` → `ua`),
 * as claimlog's gazetteer ids are built. Outlet names are matched on the media names they contain.
 */
export function createSideMap(options: SideMapOptions = {}): SideMap {
  const sides: Record<string, Side> = { ...DEFAULT_SIDES, ...options.sides };
  const media: Record<string, string> = { ...MEDIA_ORIGINS, ...options.media };
  const parents = new Map<string, string | null>();
  for (const actor of options.actors ?? []) parents.set(actor.id, actor.partOf);
  const memo = new Map<string, string | null>();

  const origin = (actor: string | null): string | null => {
    if (actor === null || actor === '') return null;
    const cached = memo.get(actor);
    if (cached !== undefined) return cached;
    const found = findOrigin(actor, parents, media, sides);
    memo.set(actor, found);
    return found;
  };
  return {
    origin,
    side: (actor) => {
      const o = origin(actor);
      return o === null ? 'unknown' : (sides[o] ?? 'unknown');
    },
  };
}

function findOrigin(
  actor: string,
  parents: ReadonlyMap<string, string | null>,
  media: Readonly<Record<string, string>>,
  sides: Readonly<Record<string, Side>>,
): string | null {
  let id = actor;
  for (let hops = 0; hops < 10 && parents.get(id); hops += 1) id = parents.get(id) ?? id;
  const lower = id.toLowerCase();
  if (sides[lower] !== undefined) return lower;
  const mediaOrigin = media[lower];
  if (mediaOrigin !== undefined) return mediaOrigin;
  const prefix = /^([a-z]{2,4})-/.exec(lower)?.[1];
  if (prefix !== undefined && sides[prefix] !== undefined) return prefix;
  const words = lower.replace(/[^a-z0-9 ]+/g, ' ');
  for (const [name, o] of Object.entries(media)) {
    if (name.length > 2 && ` ${words} `.includes(` ${name} `)) return o;
  }
  return null;
}
