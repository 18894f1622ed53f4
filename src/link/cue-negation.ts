// Whether a statement's reporting cue is negated or declined: such a statement says nothing for or against.

import type { Statement } from '../domain/statement.js';
import { claimTokens, type ClaimToken } from './claim-tokens.js';

const CUE_NEGATORS = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'declined',
  'declines',
  'refused',
  'refuses',
]);

/**
 * "Neither Moscow nor Pyongyang has confirmed that …", "did not deny reports …", "declined to confirm":
 * true when one of the six words before the cue (within 40 characters) negates or declines it.
 * `tokensOf(part, start)` gives `claimTokens(part, start)`, from a document's tokens when it has them.
 */
export function cueNegated(
  text: string,
  statement: Statement,
  tokensOf: (part: string, start: number) => readonly ClaimToken[] = claimTokens,
): boolean {
  const from = Math.max(0, statement.cue.start - 40);
  const window = tokensOf(text.slice(from, statement.cue.end), from).filter((t) => t.kind === 'word');
  return window.slice(-6).some((t) => CUE_NEGATORS.has(t.norm) || t.norm.endsWith("n't"));
}
