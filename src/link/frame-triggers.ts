// Where the trigger phrases of a predicate class occur in a claim's tokens.

import type { ClaimToken } from './claim-tokens.js';
import type { PredicateClass } from './predicate-lexicon.js';

/** Token index ranges where a trigger of `cls` matches, allowing one word between a phrase's words. */
export function triggerMatches(tokens: readonly ClaimToken[], cls: PredicateClass): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    for (const phrase of cls.triggers) {
      if (tokens[i]?.stem !== phrase[0]) continue;
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
