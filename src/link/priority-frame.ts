// A priority claim: "X was the first to release footage of Y" names a claimant and what it did first.

import type { ClaimFrame } from './claim-frame.js';
import { conceptSpans } from './concept-spans.js';
import { negatedAt } from './content-negation.js';
import type { TokenView } from './frame-roles.js';

/** Reads the frames of a content (claim-frame's readFrames, passed in to keep the modules acyclic). */
export type FrameReader = (view: TokenView, contextPlaces: readonly string[]) => ClaimFrame[];

/** "X was the first to release footage of Y": the claimant and what it claims to have done first. */
export function readPriority(
  view: TokenView,
  contextPlaces: readonly string[],
  readFrames: FrameReader,
): ClaimFrame | null {
  const { tokens, spans } = view;
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    if (tokens[i]?.norm !== 'first' || tokens[i - 1]?.norm !== 'the' || tokens[i + 1]?.norm !== 'to')
      continue;
    const before = spans.filter((s) => s.last < i - 1 && (s.kind === 'actor' || s.kind === 'pronoun'));
    const claimantSpan = before[before.length - 1];
    const claimant =
      claimantSpan === undefined
        ? view.speaker
        : claimantSpan.kind === 'actor'
          ? claimantSpan.id
          : view.speaker;
    const rest = tokens.slice(i + 2);
    const restView: TokenView = {
      tokens: rest,
      spans: conceptSpans(rest),
      speaker: claimant,
    };
    const claimed = readFrames(restView, contextPlaces).find((f) => !f.entailed) ?? null;
    return {
      predicate: 'priority',
      party: claimant,
      place: null,
      negated: negatedAt(tokens, i - 1),
      start: tokens[i - 1]?.start ?? 0,
      end: tokens[i + 1]?.end ?? 0,
      entailed: false,
      claimant,
      claimed,
    };
  }
  return null;
}
