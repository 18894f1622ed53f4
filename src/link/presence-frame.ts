// A claim of presence: "North Korean troops were in Russia's Kursk region" asserts a deployment.

import type { ClaimFrame } from './claim-frame.js';
import { negatedAt } from './content-negation.js';
import type { TokenView, TroopOwner } from './frame-roles.js';

/** What may stand between troops and "in" in a claim of presence: "troops were already in Kursk". */
const COPULAS = new Set([
  'are',
  'were',
  'is',
  'was',
  'now',
  'already',
  'still',
  'remain',
  'remained',
  'been',
  'have',
  'has',
  'had',
  'being',
  'present',
  'stationed',
  'deployed',
  'based',
]);
const PRESENCE_PREPOSITIONS = new Set(['in', 'inside', 'on']);

/** "North Korean troops were in Russia's Kursk region": owned troops, then "in" and a place or country. */
export function presenceFrame(view: TokenView, owners: ReadonlyMap<number, TroopOwner>): ClaimFrame | null {
  const { tokens, spans } = view;
  for (const [index, { owner, governed }] of owners) {
    if (governed) continue;
    for (let i = index + 1; i <= index + 5 && i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token === undefined || token.kind === 'punct') break;
      if (!PRESENCE_PREPOSITIONS.has(token.norm)) {
        if (COPULAS.has(token.norm) || token.kind === 'number') continue;
        break;
      }
      const where = spans.find((s) => s.first > i && s.first <= i + 2);
      if (where && (where.kind === 'place' || (where.kind === 'actor' && where.id !== owner))) {
        return {
          predicate: 'deploy',
          party: owner,
          place: null,
          negated: negatedAt(tokens, index) || negatedAt(tokens, i),
          start: token.start,
          end: token.end,
          entailed: false,
        };
      }
    }
  }
  return null;
}
