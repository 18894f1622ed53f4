// Short ids, like git's: a unique prefix names a proposition, link or claim; an ambiguous one says so.

import { InvalidInput, NotFound } from '../domain/errors.js';
import type { LinkedClaimsRepository } from './assessment-ports.js';

export type IdKind = 'proposition' | 'link' | 'claim';

/** The letter linking puts before proposition and link ids (`p3f2…`, `l9a0…`). */
const LETTERS: Partial<Record<IdKind, string>> = { proposition: 'p', link: 'l' };
/** How many candidates an ambiguity message lists. */
const SHOWN = 5;

/**
 * The full id of `kind` that `input` names: the id itself, or the only id it starts (the kind's letter
 * may be left out: `f705` for `pf705…`). Throws InvalidInput when it starts several ids (naming some)
 * and NotFound when it starts none.
 */
export async function resolveId(
  linked: LinkedClaimsRepository,
  kind: IdKind,
  input: string,
): Promise<string> {
  const prefix = input.trim();
  if (prefix.length === 0) throw new InvalidInput(`expected a ${kind} id, found an empty string`);
  let ids = await linked.idsWithPrefix(kind, prefix, SHOWN + 1);
  const letter = LETTERS[kind];
  if (ids.length === 0 && letter !== undefined && !prefix.startsWith(letter)) {
    ids = await linked.idsWithPrefix(kind, `${letter}${prefix}`, SHOWN + 1);
  }
  if (ids.includes(prefix)) return prefix;
  const [only, ...others] = ids;
  if (only === undefined) throw new NotFound(`no ${kind} id starts with "${prefix}"`);
  if (others.length === 0) return only;
  const listed = ids.slice(0, SHOWN).join(', ');
  const more = ids.length > SHOWN ? ', …' : '';
  throw new InvalidInput(
    `"${prefix}" is ambiguous: it starts several ${kind} ids (${listed}${more}); type more of the id`,
  );
}

/** The shortest prefix of each id, at least `min` characters, that no other id in `ids` shares. */
export function shortIds(ids: readonly string[], min = 8): Map<string, string> {
  const sorted = [...ids].sort();
  const out = new Map<string, string>();
  sorted.forEach((id, i) => {
    const common = (other: string | undefined): number => {
      if (other === undefined) return 0;
      let n = 0;
      while (n < id.length && id[n] === other[n]) n += 1;
      return n;
    };
    const length = Math.max(min, common(sorted[i - 1]) + 1, common(sorted[i + 1]) + 1);
    out.set(id, id.slice(0, Math.min(id.length, length)));
  });
  return out;
}
