// Stance and hedging of an attribution: what the speaker does with the content (asserts, denies,
// confirms, contests) and whether the reporter keeps a distance from it.

import type { Stance } from '../domain/statement.js';
import type { FoundAttribution } from './attribution-context.js';
import { HEDGES } from './cue-lexicon.js';

/** Content that calls a claim false: "the reports were groundless", "dismissed it as lies". */
const DISMISSAL =
  /\b(?:false(?:hoods?)?|groundless|baseless|untrue|unfounded|fabricat\w*|fake|lies|a lie|rumou?rs?|nonsense|absurd|hoax|propaganda|disinformation|misinformation|slander\w*|smear|fiction)\b/i;
const ABOUT_A_CLAIM =
  /^(?:that\s+)?(?:(?:(?:the|these|those|such|this|all|its|their)\s+)?(?:claims?|reports?|allegations?|accusations?|rumou?rs?|stories|story|assertions?)\b|(?:it|this|they)\s+(?:was|were|is|are)\b)/i;
const HEDGE_PHRASES =
  /\b(?:is|are|was|were) (?:said|reported|believed|alleged|thought) to\b|\bunconfirmed reports?\b/i;

export interface StanceReading {
  stance: Stance;
  hedged: boolean;
}

/**
 * Reads the stance from the cue (deny, dismiss → deny; confirm, admit, acknowledge → confirm;
 * contest, dispute → contest; any other → assert), then from the content: an assertion that a claim
 * is false ("said the reports were groundless") is a denial. A negated cue ("did not confirm") asserts
 * nothing stronger than its words: assert. Hedged when a distancing word sits in the attribution
 * outside the content ("reportedly", "allegedly", "is said to").
 */
export function readStance(a: FoundAttribution, text: string, sentenceStart: number): StanceReading {
  let stance: Stance = a.negated ? 'assert' : a.stance;
  if (stance === 'assert' && !a.negated && a.cueClass !== 'post') {
    const content = a.content.text;
    if (ABOUT_A_CLAIM.test(content) && DISMISSAL.test(content.slice(0, 160))) stance = 'deny';
    else if (/^(?:it|them|this|the \w+)\s+as\b/i.test(content) && DISMISSAL.test(content)) stance = 'deny';
  }
  const head = Math.min(a.cue.start, a.speaker?.start ?? Infinity);
  const from = Math.max(sentenceStart, head - 30);
  const outside = [
    text.slice(
      Math.min(from, head),
      a.content.start > head ? Math.min(a.content.start, a.cue.end) : a.cue.end,
    ),
  ];
  if (a.content.end <= a.cue.start) outside.push(text.slice(a.content.end, a.cue.end));
  const hedged =
    a.hedged ||
    outside.some(
      (piece) =>
        piece
          .toLowerCase()
          .split(/[^a-z]+/)
          .some((w) => HEDGES.has(w)) || HEDGE_PHRASES.test(piece),
    );
  return { stance, hedged };
}
