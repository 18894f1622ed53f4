// The speaker phrase before a cue verb, past the modifiers reporting puts between a subject and its
// verb: "One of two soldiers captured by Ukrainian forces in Kursk told …", "North Korea's delegation
// at the United Nations denied …".

import type { AttributionContext } from './attribution-context.js';
import { phraseEndingAt } from './noun-phrases.js';
import { ROLE_NOUNS } from './role-nouns.js';

/** Prepositions that attach a place or body to the people who speak: "officials in Kyiv". */
const ATTACHING = new Set(['in', 'at', 'from', 'with', 'inside', 'within']);

/** Bodies of people that speak as one, beside the role nouns: "the delegation at the UN". */
const BODIES = new Set(['delegation', 'delegations', 'mission', 'team', 'panel', 'committee', 'group']);

const IRREGULAR_PARTICIPLES = new Set(
  'found made held sent seen kept left built caught put set brought fought bought taken given shown known'.split(
    ' ',
  ),
);

function isParticiple(word: string): boolean {
  return /(?:ed|en|wn)$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

/**
 * The noun phrase that speaks when a cue follows token `last`, as a half-open token range, or null.
 * Starting from the phrase ending at `last`, it walks back over prepositional phrases; when these hang
 * on a participle ("captured by Ukrainian forces in Kursk", "found on the bodies") the subject before
 * the participle speaks, and when they hang on a role or body ("officials in Kyiv", "the delegation at
 * the UN") the whole phrase speaks. Otherwise the phrase ending at `last` does.
 */
export function speakerPhraseEndingAt(ctx: AttributionContext, last: number): [number, number] | null {
  const np = phraseEndingAt(ctx, last);
  if (!np) return null;
  const sentence = ctx.sentences[ctx.sentenceOf[last] ?? -1];
  if (!sentence) return np;
  const { tokens } = ctx;
  let start = np[0];
  for (let hops = 0; hops < 3; hops++) {
    const adp = tokens[start - 1];
    if (!adp || start - 1 <= sentence.firstToken || adp.pos !== 'ADP') return np;
    const before = tokens[start - 2];
    if (before && ['VERB', 'ADJ'].includes(before.pos) && isParticiple(before.lower)) {
      const subject = start - 3 >= sentence.firstToken ? phraseEndingAt(ctx, start - 3) : null;
      return subject ?? np;
    }
    const previous = phraseEndingAt(ctx, start - 2);
    if (!previous) return np;
    const head = tokens[previous[1] - 1]?.lower ?? '';
    if (ATTACHING.has(adp.lower) && (ROLE_NOUNS.has(head) || BODIES.has(head))) return [previous[0], np[1]];
    start = previous[0];
  }
  return np;
}
