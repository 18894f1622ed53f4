// Contents end where a later clause brings an attribution of its own: "Kyiv has contested Moscow's
// claims before: in March, it said …" is a contest of the claims, then a second statement.

import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { DASHES, tokenAtOrAfter } from './attribution-context.js';
import { contentSpan } from './clause-end.js';
import { RELATIVE } from './verb-content.js';

/** How many words may stand between the boundary and the later speaker: "in March," or "experience". */
const LEAD_IN = 5;

const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'should', 'can', 'must', "'d", "'ll"]);

/** A clause opening with one of these ends at its first comma, and the sentence goes on. */
const SUBORDINATORS = new Set(
  'if when whenever because although though as while since unless after before once until'.split(' '),
);

/**
 * Cuts each indirect content that runs over a clause boundary (":", ";", ",", a dash, ", and") into a
 * clause whose speaker and cue belong to another attribution: the content stops at that boundary.
 * The later attribution stays inside the content when it hangs on a relative ("the plan, which Seoul
 * announced, …"), a subordinate clause or a modal ("if …, Patriot could threaten …"), or a noun it
 * describes ("— something a caller also told police"), unless that noun is its subject ("…,
 * experience the agency said could help"). Only what follows the cue is cut: a content before its
 * cue ("X told interrogators …, the SBU said") holds what it reports. Quotations are never cut, nor
 * a content to nothing.
 */
export function trimAtLaterAttributions(ctx: AttributionContext, found: FoundAttribution[]): void {
  for (const a of found) {
    if (a.direct) continue;
    let cut = Infinity;
    for (const b of found) {
      if (b === a || !b.speaker) continue;
      const head = Math.min(b.speaker.start, b.cue.start);
      // Only what follows the cue: a content before it ("X told police …, the SBU said") holds it.
      if (head <= a.content.start || head < a.cue.end || b.cue.end > a.content.end) continue;
      const cueToken = tokenAtOrAfter(ctx, b.cue.start);
      if (MODALS.has(ctx.tokens[cueToken - 1]?.lower ?? '')) continue;
      const boundary = boundaryBefore(ctx, a.content.start, head);
      if (boundary === null || opensSubordinate(ctx, a.content.start, boundary)) continue;
      const leadIn = ctx.tokens[boundary + 1];
      const gap = ctx.tokens[tokenAtOrAfter(ctx, b.content.start)];
      const subjectGap =
        b.content.start >= b.cue.end &&
        b.content.start - b.cue.end <= 1 &&
        (gap?.pos === 'AUX' || (gap?.pos === 'VERB' && !/ing$/.test(gap.lower)));
      if (leadIn && leadIn.start < head && ['NOUN', 'PRON', 'DET'].includes(leadIn.pos) && !subjectGap)
        continue;
      cut = Math.min(cut, boundary);
    }
    if (cut === Infinity) continue;
    // A content that began before its own speaker ("A, X said, B") keeps only its part before them.
    const own = Math.min(a.speaker?.start ?? a.cue.start, a.cue.start);
    if (a.content.start < own) cut = Math.min(cut, tokenAtOrAfter(ctx, own));
    const span = contentSpan(ctx, tokenAtOrAfter(ctx, a.content.start), cut);
    if (span && span.end > span.start) a.content = span;
  }
}

/**
 * The token index of the clause boundary that opens the clause in which a speaker starts at `head`,
 * when one stands within a few words before it and after the content's second word; else null.
 */
function boundaryBefore(ctx: AttributionContext, contentStart: number, head: number): number | null {
  const h = tokenAtOrAfter(ctx, head);
  const floor = tokenAtOrAfter(ctx, contentStart) + 2;
  for (let j = h - 1; j >= floor && h - j <= LEAD_IN + 1; j--) {
    const t = ctx.tokens[j];
    if (!t) return null;
    if (t.text === ':' || t.text === ';' || DASHES.has(t.text)) return j;
    if (t.text === ',') {
      if (RELATIVE.has(ctx.tokens[j + 1]?.lower ?? '')) return null;
      return adverbialBefore(ctx, j, floor) ?? j;
    }
    if (RELATIVE.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') return null;
  }
  return null;
}

/**
 * When the comma at `comma` closes a short adverbial that itself follows a boundary ("…: in March,
 * it said"), that earlier boundary; else null.
 */
function adverbialBefore(ctx: AttributionContext, comma: number, floor: number): number | null {
  for (let k = comma - 1; k >= floor && comma - k <= 5; k--) {
    const t = ctx.tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.text === ':' || t.text === ';' || DASHES.has(t.text)) {
      const opener = ctx.tokens[k + 1];
      return opener && ['ADP', 'ADV'].includes(opener.pos) ? k : null;
    }
  }
  return null;
}

/** True when the content opens with a subordinate clause ("that if …,") that the comma at `boundary` closes. */
function opensSubordinate(ctx: AttributionContext, contentStart: number, boundary: number): boolean {
  if (ctx.tokens[boundary]?.text !== ',') return false;
  let i = tokenAtOrAfter(ctx, contentStart);
  if (ctx.tokens[i]?.lower === 'that') i++;
  if (!SUBORDINATORS.has(ctx.tokens[i]?.lower ?? '')) return false;
  for (let j = i + 1; j < boundary; j++) if (ctx.tokens[j]?.text === ',') return false;
  return true;
}
