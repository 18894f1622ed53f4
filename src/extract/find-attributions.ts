// All attributions of a text: every finder's results merged, clause subjects filled in, duplicates and
// fragments of other statements dropped, quotations that run on joined to the statement they continue.

import type { ActorMention } from '../domain/statement.js';
import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { charSpan, opensQuote, spanOf, tokenAtOrAfter } from './attribution-context.js';
import { cueOpensClause } from './clause-end.js';
import { phraseStartingAt } from './noun-phrases.js';
import { findAccordingTo } from './according-to.js';
import { findClaimPhrases } from './claim-phrases.js';
import { findLineAttributions } from './line-attributions.js';
import { findPostAttributions } from './post-attributions.js';
import type { PostSignature } from './post-signature.js';
import { findVerbAttributions } from './verb-attributions.js';

const PRONOUN_ONLY = /^(?:it|this|that|so|them|him|her|these|those)$/i;

/** Finds every attribution in the text, in order of content start, each content given once. */
export function findAttributions(
  ctx: AttributionContext,
  mentions: readonly ActorMention[],
  signatures: readonly PostSignature[],
): FoundAttribution[] {
  const verbs = findVerbAttributions(ctx);
  fillClauseSpeakers(ctx, verbs);
  const all = [
    ...findPostAttributions(ctx, signatures),
    ...verbs,
    ...findClaimPhrases(ctx, mentions),
    ...findLineAttributions(ctx),
    ...findAccordingTo(ctx),
  ].filter((a) => !PRONOUN_ONLY.test(a.content.text.trim()));
  const kept = dropOverlaps(ctx, all);
  joinRunOnQuotes(ctx, kept);
  return kept.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
}

/**
 * A participial cue ("…, warning that …") speaks for the subject of its clause: the speaker of the
 * sentence's previous attribution, or else the phrase that opens the sentence. A participle inside
 * another attribution's content that opens no clause of its own is part of that content: dropped.
 */
function fillClauseSpeakers(ctx: AttributionContext, found: FoundAttribution[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const a = found[i];
    if (!a?.speakerFromClause) continue;
    const cueToken = tokenAtOrAfter(ctx, a.cue.start);
    const enclosing = found.find(
      (b) =>
        b !== a && b.sentence === a.sentence && b.content.start <= a.cue.start && a.cue.end <= b.content.end,
    );
    if (enclosing && !cueOpensClause(ctx, cueToken)) {
      found.splice(i, 1);
      continue;
    }
    const before = found
      .filter((b) => b.sentence === a.sentence && b.speaker && b.cue.start < a.cue.start)
      .sort((x, y) => y.cue.start - x.cue.start)[0];
    a.speaker = before?.speaker ?? sentenceSubject(ctx, a.sentence, cueToken);
    a.confidence = a.speaker ? 0.75 : 0.4;
  }
}

function sentenceSubject(ctx: AttributionContext, sentenceIndex: number, limit: number) {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return null;
  let i = s.firstToken;
  // Skip an opening adverbial ("However,", "In October 2024,").
  for (let j = i; j < Math.min(limit, i + 7); j++) {
    const t = ctx.tokens[j];
    if (!t || t.pos === 'VERB') break;
    if (t.text === ',') {
      i = j + 1;
      break;
    }
  }
  const np = phraseStartingAt(ctx, i);
  if (!np || np[1] >= limit) return null;
  return spanOf(ctx, np[0], np[1]);
}

const RANK: Record<FoundAttribution['cueClass'], number> = {
  post: 0,
  speech: 1,
  evidence: 2,
  belief: 3,
  noun: 4,
  label: 5,
  according: 6,
};

/**
 * One statement per content: when two attributions give (nearly) the same content, the stronger kind
 * wins (a post over a cue verb over "according to"). "According to" also yields to any other
 * attribution of the same sentence whose content it overlaps.
 */
function dropOverlaps(_ctx: AttributionContext, all: FoundAttribution[]): FoundAttribution[] {
  const ordered = [...all].sort((a, b) => RANK[a.cueClass] - RANK[b.cueClass] || b.confidence - a.confidence);
  const kept: FoundAttribution[] = [];
  for (const a of ordered) {
    const clash = kept.some((b) => {
      const shared = Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start);
      if (shared <= 0) return false;
      const aLen = a.content.end - a.content.start;
      const bLen = b.content.end - b.content.start;
      if (a.cueClass === 'according' && (b.sentence === a.sentence || shared >= 0.5 * aLen)) return true;
      if (a.cueClass === 'post' || b.cueClass === 'post') return shared >= 0.5 * Math.min(aLen, bLen);
      return shared >= 0.9 * aLen && shared >= 0.9 * bLen;
    });
    if (!clash) kept.push(a);
  }
  return kept;
}

/**
 * A direct quotation followed, in the same or the next paragraph, by a quotation nobody is credited
 * with, goes on: the statement's content stretches over it, as a reader takes it.
 */
function joinRunOnQuotes(ctx: AttributionContext, found: FoundAttribution[]): void {
  const claimed = found.map((a) => [a.content.start, a.content.end] as const);
  const isClaimed = (start: number, end: number) => claimed.some(([s, e]) => s < end && start < e);
  for (const a of found) {
    if (!a.direct || a.cueClass === 'post') continue;
    const cueSentence = ctx.sentences[a.sentence];
    let end = Math.max(a.content.end, a.cue.end, a.speaker?.end ?? 0, cueSentence?.end ?? 0);
    let grew = false;
    for (;;) {
      let k = tokenAtOrAfter(ctx, end);
      // Skip the closing mark, the attribution tail ("he said.") and its stop.
      while (ctx.tokens[k] && !opensQuote(ctx, k) && /^[”"’.,]$|^''$/.test(ctx.tokens[k]?.text ?? '')) k++;
      const region = opensQuote(ctx, k);
      // A long tail between the quotations ("…,” X said after a hearing he skipped. “…”) ends the run.
      if (!region || region.start - a.content.end > 400) break;
      const gap = ctx.text.slice(end, region.start);
      if (
        /\n\s*\n\s*\n/.test(gap) ||
        /[\p{L}\p{N}]/u.test(gap) ||
        isClaimed(region.innerStart, region.innerEnd)
      )
        break;
      end = region.innerEnd;
      grew = true;
    }
    if (grew) {
      while (end > a.content.start && /[\s,]/.test(ctx.text[end - 1] ?? '')) end--;
      a.content = charSpan(ctx.text, a.content.start, end);
    }
  }
}
