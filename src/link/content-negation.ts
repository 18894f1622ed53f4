// Negation and neutrality in a claim's tokens: "not", "has not confirmed", "if such a thing exists", "the reports".

import type { ClaimToken } from './claim-tokens.js';
import { stemWord } from './claim-tokens.js';
import { META_VERBS, NEGATORS } from './predicate-lexicon.js';

const CONDITIONAL = new Set(['if', 'whether', 'unless']);

/** A negator among the `reach` tokens before token `index` (not "not only", "not yet"). */
export function negatedAt(tokens: readonly ClaimToken[], index: number, reach = 4): boolean {
  for (let i = Math.max(0, index - reach); i < index; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (!NEGATORS.has(token.norm) && !token.norm.endsWith("n't")) continue;
    const next = tokens[i + 1]?.norm;
    if (next === 'only' || next === 'yet') continue;
    return true;
  }
  return false;
}

/** A negated acknowledgement ("has not confirmed") or a condition ("if such a thing exists"); null otherwise. */
export function neutrality(tokens: readonly ClaimToken[]): 'conditional' | 'unconfirmed' | null {
  if (tokens.some((t) => CONDITIONAL.has(t.norm))) return 'conditional';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || !META_VERBS.has(token.stem)) continue;
    if (negatedAt(tokens, i)) return 'unconfirmed';
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => t.stem === 'declin' || t.stem === 'refus')) {
      return 'unconfirmed';
    }
  }
  return null;
}

const REFERENCE_NOUNS = new Set(
  [
    'claim',
    'claims',
    'report',
    'reports',
    'rumor',
    'rumors',
    'allegation',
    'allegations',
    'story',
    'stories',
  ].map(stemWord),
);

/** The content opens by naming a claim rather than making one ("the reports", "a claim dismissed as …"). */
export function opensWithReference(tokens: readonly ClaimToken[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').slice(0, 3);
  return words.some((t) => REFERENCE_NOUNS.has(t.stem)) && !tokens.some((t) => t.norm === 'that');
}
