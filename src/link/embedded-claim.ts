// Finds a claim inside a content ("Moscow's announcement that the region was retaken") and who made it.

import { claimTokens, stemWord, type ClaimToken } from './claim-tokens.js';
import { conceptSpans } from './concept-spans.js';

/** A claim reported inside another statement's content. */
export interface EmbeddedClaim {
  /** Origin id of whoever made the embedded claim ("Russian claims", "Moscow's announcement"), or null. */
  owner: string | null;
  /** Offsets (in the document) of the words naming the owner, when there is one. */
  ownerStart: number;
  ownerEnd: number;
  /** Offsets of the embedded claim's own text: what follows "that", "of" or "about". */
  start: number;
  end: number;
  /** The content calls the claim false ("… is false", "… do not correspond to reality"). */
  calledFalse: boolean;
  /**
   * Where the reporting speaker's own words resume after the embedded claim (", saying Ukrainian units
   * still hold positions"), or null when the embedded claim runs to the end.
   */
  restStart: number | null;
}

const CLAIM_NOUNS = new Set(
  [
    'claim',
    'claims',
    'announcement',
    'assertion',
    'allegation',
    'allegations',
    'report',
    'reports',
    'rumor',
    'rumors',
    'rumour',
    'rumours',
    'story',
    'statement',
    'accusation',
    'accusations',
    'assessment',
    'acknowledgement',
    'acknowledgment',
    'admission',
    'confirmation',
  ].map(stemWord),
);
const LINKS = new Set(['that', 'of', 'about']);
const FALSITY =
  /\s*["“”']?\s*(?:(?:is|are|was|were)\s+(?:false|untrue|baseless|groundless|fabricated|fake|a\s+lie|lies|nonsense)|(?:do|does|did)\s+not\s+correspond\s+to\s+reality)\b/i;

/** A participle or clause after the embedded claim that is the reporting speaker's own. */
const RESUME = /,\s+(?:saying|adding|calling|noting|insisting|arguing|while|and\s+said)\s+(?:that\s+)?/i;

/**
 * The embedded claim that opens `content` (found at `offset` in its document): a claim noun within the
 * first eight words ("the Russian claims of …", "reports that …", "Moscow's announcement that …"),
 * followed by "that", "of" or "about". Returns null when the content does not open that way. `tokens`
 * are `claimTokens(content, offset)` when the caller has them already.
 */
export function readEmbeddedClaim(
  content: string,
  offset: number,
  tokens: readonly ClaimToken[] = claimTokens(content, offset),
): EmbeddedClaim | null {
  const words = Math.min(tokens.length, 10);
  for (let i = 0; i < words; i += 1) {
    const noun = tokens[i];
    if (noun === undefined || !CLAIM_NOUNS.has(noun.stem)) continue;
    const link = tokens[i + 1];
    if (link === undefined || !LINKS.has(link.norm)) return null;
    const claimFrom = tokens[i + 2];
    if (claimFrom === undefined) return null;
    const ownerSpan = conceptSpans(tokens)
      .filter((s) => s.kind === 'actor' && s.last < i)
      .pop();
    // Offsets within `content`.
    const from = claimFrom.start - offset;
    const rest = content.slice(from);
    const falsity = FALSITY.exec(rest);
    const resume = RESUME.exec(rest);
    let claimEnd = content.length;
    if (falsity) claimEnd = from + falsity.index;
    if (resume && from + resume.index < claimEnd) claimEnd = from + resume.index;
    const ownerFirst = ownerSpan ? tokens[ownerSpan.first] : undefined;
    const ownerLast = ownerSpan ? tokens[ownerSpan.last] : undefined;
    return {
      owner: ownerSpan?.id ?? null,
      ownerStart: ownerFirst?.start ?? offset,
      ownerEnd: ownerLast?.end ?? offset,
      start: claimFrom.start,
      end: offset + trimEnd(content, from, claimEnd),
      calledFalse: falsity !== null,
      restStart: resume ? offset + from + resume.index + resume[0].length : null,
    };
  }
  return null;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s"“”'’.,;:]/.test(text.charAt(e - 1))) e -= 1;
  return e;
}
