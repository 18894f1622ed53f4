// Where the trigger phrases of a predicate class occur in a claim's tokens.

import type { ClaimToken } from './claim-tokens.js';
import type { PredicateClass } from './predicate-lexicon.js';

/** Token index ranges where a trigger of `cls` matches, allowing one word between a phrase's words. */
export function triggerMatches(tokens: readonly ClaimToken[], cls: PredicateClass): [number, number][] {
  const byFirst = triggersByFirstStem(cls);
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const phrases = token === undefined ? undefined : byFirst.get(token.stem);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      let at = i;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k += 1) {
        if (tokens[at + 1]?.stem === phrase[k]) at += 1;
        else if (tokens[at + 2]?.stem === phrase[k] && tokens[at + 1]?.kind === 'word') at += 2;
        else ok = false;
      }
      if (ok) {
        found.push([i, at]);
        break;
      }
    }
  }
  return found;
}

const BY_FIRST_STEM = new WeakMap<PredicateClass, Map<string, string[][]>>();

/** A class's trigger phrases by their first stem, in the order the class lists them. */
function triggersByFirstStem(cls: PredicateClass): Map<string, string[][]> {
  let byFirst = BY_FIRST_STEM.get(cls);
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const phrase of cls.triggers) {
      const first = phrase[0];
      if (first === undefined) continue;
      const list = byFirst.get(first);
      if (list) list.push(phrase);
      else byFirst.set(first, [phrase]);
    }
    BY_FIRST_STEM.set(cls, byFirst);
  }
  return byFirst;
}
