// The places a document names, in order, so "the region" in a later sentence can be read as the last one.

import { claimTokens, type ClaimToken } from './claim-tokens.js';
import { conceptSpans } from './concept-spans.js';

/** How far back in a document "the region" looks for the place it means. */
export const CONTEXT_REACH = 800;

export interface PlaceMention {
  at: number;
  id: string;
}

/** Place mentions of a whole document, in text order; `tokens` are its claim tokens when already made. */
export function placeMentions(
  text: string,
  tokens: readonly ClaimToken[] = claimTokens(text),
): PlaceMention[] {
  return conceptSpans(tokens)
    .filter((s) => s.kind === 'place')
    .map((s) => ({ at: tokens[s.first]?.start ?? 0, id: s.id }));
}

/** The places mentioned within CONTEXT_REACH characters before `offset`, oldest first. */
export function placesBefore(mentions: readonly PlaceMention[], offset: number): string[] {
  return mentions.filter((p) => p.at < offset && p.at >= offset - CONTEXT_REACH).map((p) => p.id);
}
