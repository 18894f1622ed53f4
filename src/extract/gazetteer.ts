// The actor gazetteer: known actors with their aliases, built in and extendable by a user file.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { InvalidInput } from '../domain/errors.js';
import { BUILTIN_ACTORS } from './builtin-actors.js';

const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'intelligence',
  'ministry',
  'person',
  'organization',
  'group',
  'media',
  'account',
] as const;

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens, e.g. "kr-nis"'),
  name: z.string().trim().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().trim().min(1)).default([]),
  partOf: z.string().nullable().default(null),
});
const fileSchema = z.union([z.array(z.unknown()), z.strictObject({ actors: z.array(z.unknown()) })]);

/** A set of actors, looked up by id, with every alias keyed for matching in text. */
export interface Gazetteer {
  readonly actors: ReadonlyMap<string, Actor>;
  /** Alias forms by their first word, lower-cased; longest first. */
  readonly aliasesByFirstWord: ReadonlyMap<string, readonly AliasForm[]>;
  /** True when some alias starts in lower case, so that matching must look at every word. */
  readonly hasLowerCaseAlias: boolean;
}

export interface AliasForm {
  /** The alias as written, apostrophes made straight. */
  text: string;
  lower: string;
  /** All-capital aliases (acronyms) match only as written. */
  caseSensitive: boolean;
  actor: string;
}

/**
 * Builds a gazetteer from the built-in actors merged with `userFile`, the parsed JSON of a user file
 * (an array of entries, or `{ "actors": [...] }`; each entry `{ id, name, kind, aliases?, partOf? }`).
 * A user entry whose id is built in replaces its name, kind and parent and adds its aliases. Throws
 * InvalidInput naming the file (`source`) and the entry when an entry is malformed, repeats an id, or
 * names a parent that does not exist.
 */
export function buildGazetteer(userFile?: unknown, source = 'actors file'): Gazetteer {
  const actors = new Map<string, Actor>(BUILTIN_ACTORS.map((a) => [a.id, { ...a, aliases: [...a.aliases] }]));
  if (userFile !== undefined) mergeUserEntries(actors, userFile, source);
  const aliasesByFirstWord = indexAliases(actors);
  const hasLowerCaseAlias = [...aliasesByFirstWord.values()].some((forms) =>
    forms.some((form) => /^\p{Ll}/u.test(form.text)),
  );
  return { actors, aliasesByFirstWord, hasLowerCaseAlias };
}

function mergeUserEntries(actors: Map<string, Actor>, userFile: unknown, source: string): void {
  const file = fileSchema.safeParse(userFile);
  if (!file.success) {
    throw new InvalidInput(
      `expected an array of actor entries or {"actors": [...]}, found ${describe(userFile)}`,
      {
        where: { file: source },
      },
    );
  }
  const entries = Array.isArray(file.data) ? file.data : file.data.actors;
  const seen = new Set<string>();
  const parsed = entries.map((raw, index) => {
    const label = entryLabel(raw, index);
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue && issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : '';
      throw new InvalidInput(`${label}:${path} ${issue?.message ?? 'invalid'}`, { where: { file: source } });
    }
    if (seen.has(result.data.id)) {
      throw new InvalidInput(`${label}: the id "${result.data.id}" appears twice`, {
        where: { file: source },
      });
    }
    seen.add(result.data.id);
    return { label, entry: result.data };
  });
  for (const { entry } of parsed) {
    const known = actors.get(entry.id);
    const aliases = [...new Set([...(known?.aliases ?? []), ...entry.aliases])];
    actors.set(entry.id, { id: entry.id, name: entry.name, kind: entry.kind, aliases, partOf: entry.partOf });
  }
  for (const { label, entry } of parsed) {
    if (entry.partOf !== null && !actors.has(entry.partOf)) {
      throw new InvalidInput(
        `${label}: expected "partOf" to name a known actor id, found "${entry.partOf}"`,
        {
          where: { file: source },
        },
      );
    }
  }
}

function entryLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' ? `actor entry ${index + 1} ("${id}")` : `actor entry ${index + 1}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without "actors"' : `a ${typeof value}`;
}

const FIRST_WORD = /^[@\p{L}\p{N}_]+/u;

/** The key an alias or a text position is indexed under: its first word, lower-cased. */
export function firstWordKey(text: string): string | null {
  const m = FIRST_WORD.exec(text);
  return m ? m[0].toLowerCase() : null;
}

function indexAliases(actors: ReadonlyMap<string, Actor>): Map<string, AliasForm[]> {
  const index = new Map<string, AliasForm[]>();
  for (const actor of actors.values()) {
    for (const name of new Set([actor.name, ...actor.aliases])) {
      const text = name.replace(/’/g, "'").replace(/^the\s+/i, '');
      const key = firstWordKey(text);
      if (!key) continue;
      const caseSensitive = /^[A-Z][A-Z.]*$/.test(text) && text.length <= 6;
      const list = index.get(key) ?? [];
      list.push({ text, lower: text.toLowerCase(), caseSensitive, actor: actor.id });
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
}
