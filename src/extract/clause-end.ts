// Clause boundaries: where a statement's content ends, and which words make up content at all.

import type { Span } from '../domain/statement.js';
import type { AttributionContext } from './attribution-context.js';
import { DASHES, opensQuote, spanOf, tokenAtOrAfter } from './attribution-context.js';
import { CLAIM_NOUNS } from './cue-lexicon.js';
import { isAuxOrAdverb, phraseStartingAt } from './noun-phrases.js';

/** A verb cue at token `i` that starts a clause of its own: followed by "that", a quotation or a colon. */
export function cueOpensClause(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !ctx.cues[i]) return false;
  for (let j = i + 1; j < i + 6; j++) {
    const n = ctx.tokens[j];
    if (!n) return false;
    if (n.lower === 'that' || n.text === ':' || opensQuote(ctx, j)) return true;
    if (n.pos === 'VERB' || n.pos === 'AUX' || n.text === '.' || n.text === ',') return false;
  }
  return false;
}

/**
 * Where the content that starts at token `from` ends (exclusive token index): the end of its sentence,
 * or earlier at a semicolon, ", according to", a coordinated or participial cue with a clause of its
 * own ("… and stressed that", "…, adding that"), or a dash that opens a claim ("—a claim …").
 * Quotations are never cut; one that runs past the sentence carries the content with it.
 */
export function clauseEnd(ctx: AttributionContext, from: number): number {
  const { tokens } = ctx;
  const sentence = ctx.sentences[ctx.sentenceOf[from] ?? -1];
  if (!sentence) return from;
  let j = from;
  let end = sentence.endToken;
  while (j < end) {
    const t = tokens[j];
    if (!t) break;
    const region = opensQuote(ctx, j);
    if (region) {
      const after = tokenAtOrAfter(ctx, region.end);
      if (after > end) {
        // The quotation runs past this sentence: its sentence's end is ours.
        const s = ctx.sentences[ctx.sentenceOf[after - 1] ?? -1];
        end = s ? Math.max(after, s.endToken) : after;
      }
      j = Math.max(after, j + 1);
      continue;
    }
    const next = tokens[j + 1];
    if (t.text === ';') return j;
    if (t.text === ',' && trailingAttribution(ctx, j + 1, end)) return j;
    // ", although …", ", but the party …": the reporter's clause, not the speaker's.
    if (t.text === ',' && next && /^(although|though|whereas|while|because)$/.test(next.lower)) return j;
    if (
      t.text === ',' &&
      next &&
      next.lower === 'but' &&
      ['PRON', 'PROPN', 'DET', 'NOUN'].includes(tokens[j + 2]?.pos ?? '') &&
      tokens[j + 3]?.pos !== 'PUNCT'
    )
      return j;
    if (
      (t.text === ',' || DASHES.has(t.text)) &&
      next?.lower === 'according' &&
      tokens[j + 2]?.lower === 'to'
    )
      return j;
    if (
      (t.text === ',' || DASHES.has(t.text)) &&
      next &&
      /ing$/.test(next.lower) &&
      cueOpensClause(ctx, j + 1)
    )
      return j;
    // "…—a claim dismissed by X", "…, an allegation X denied": the apposition is a statement of its own.
    if (
      (DASHES.has(t.text) || t.text === ',') &&
      next?.pos === 'DET' &&
      CLAIM_NOUNS.has(tokens[j + 2]?.lower ?? '')
    )
      return j;
    if ((t.lower === 'and' || t.lower === 'but') && j > from) {
      let k = j + 1;
      while (tokens[k] && tokens[k]?.pos === 'ADV') k++;
      if (cueOpensClause(ctx, k) && tokens[k]?.pos === 'VERB') return j;
      // ", and the commission stated that …": a new speaker's clause.
      const subject = tokens[j - 1]?.text === ',' ? phraseStartingAt(ctx, j + 1) : null;
      if (subject && cueOpensClause(ctx, subject[1]) && tokens[subject[1]]?.pos === 'VERB') return j - 1;
    }
    j++;
  }
  return end;
}

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '--', '―', '(', '-']);

/** The content span for tokens [from, to), trailing punctuation dropped; null when no word is left. */
export function contentSpan(ctx: AttributionContext, from: number, to: number): Span | null {
  let end = to;
  while (end > from && TRAILING.has(ctx.tokens[end - 1]?.text ?? '')) end--;
  // Content names or says something: a lone adverb ("responded sharply") is manner, not content.
  let hasWord = false;
  for (let i = from; i < end && !hasWord; i++) {
    const t = ctx.tokens[i];
    hasWord = Boolean(
      t && /[\p{L}\p{N}]/u.test(t.text) && t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'PART',
    );
  }
  return hasWord ? spanOf(ctx, from, end) : null;
}

/**
 * True when tokens [from, end) are a speaker and a cue closing the sentence: "…, lawmaker Lee told
 * reporters after a briefing." — the words before belong to that speaker, not to the clause.
 */
function trailingAttribution(ctx: AttributionContext, from: number, end: number): boolean {
  const np = phraseStartingAt(ctx, from);
  if (!np) return false;
  let k = np[1];
  while (k < end && isAuxOrAdverb(ctx.tokens[k] ?? { text: '', lower: '', pos: 'X', start: 0, end: 0 })) k++;
  if (!ctx.cues[k] || ctx.tokens[k]?.pos !== 'VERB') return false;
  for (let i = k + 1; i < end; i++) if (isPredicate(ctx, i) || opensQuote(ctx, i)) return false;
  return true;
}

/** A verb that heads a clause, not one used as an adjective ("a closed-door briefing"). */
export function isPredicate(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX')) return false;
  const next = ctx.tokens[i + 1];
  const adjectival =
    t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && (next?.text === '-' || next?.pos === 'NOUN');
  return !adjectival;
}
