// The shared view the attribution finders read: the text, its tokens, sentences and quotations, indexed
// once per document, and the record each finder yields.

import type { Span, Stance } from '../domain/statement.js';
import type { CueClass, VerbCue } from './cue-lexicon.js';
import { VERB_CUES } from './cue-lexicon.js';
import type { Sentence, TextAnalysis, Token } from './nlp-engine.js';
import type { QuoteRegion } from './quote-regions.js';

export interface AttributionContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  quotes: QuoteRegion[];
  /** Per token: the quotation it opens / closes, as an index into `quotes`, or -1. */
  opens: Int32Array;
  closes: Int32Array;
  /** Per token: its cue-verb entry, when it is an inflected cue verb. */
  cues: (VerbCue | undefined)[];
}

/** An attribution as found in the text, before speakers are resolved to actors and dates are given. */
export interface FoundAttribution {
  speaker: Span | null;
  cue: Span;
  content: Span;
  direct: boolean;
  stance: Stance;
  cueClass: CueClass | 'according' | 'noun' | 'post' | 'label';
  negated: boolean;
  hedged: boolean;
  /** Index of the sentence holding the cue. */
  sentence: number;
  /** The speaker is the subject of the clause the cue hangs on ("…, adding that"): filled in later. */
  speakerFromClause: boolean;
  confidence: number;
  /** Set for an embedded post: the signature's date. */
  postDate?: string | null;
}

/** Indexes one document once for every finder: sentences, quotation marks and cue verbs by token. */
export function buildContext(
  text: string,
  analysis: TextAnalysis,
  quotes: QuoteRegion[],
): AttributionContext {
  const { tokens, sentences } = analysis;
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, index) => sentenceOf.fill(index, s.firstToken, s.endToken));
  const opens = new Int32Array(tokens.length).fill(-1);
  const closes = new Int32Array(tokens.length).fill(-1);
  const ctx: AttributionContext = { text, tokens, sentences, sentenceOf, quotes, opens, closes, cues: [] };
  quotes.forEach((region, index) => {
    const first = tokenAtOrAfter(ctx, region.start);
    if (tokens[first]?.start === region.start) opens[first] = index;
    const last = tokenAtOrAfter(ctx, region.end) - 1;
    const t = tokens[last];
    if (t && t.end === region.end && !/[\p{L}\p{N}]/u.test(t.text)) closes[last] = index;
  });
  ctx.cues = tokens.map((t) => VERB_CUES.get(t.lower));
  return ctx;
}

export function spanOf(ctx: AttributionContext, from: number, to: number): Span {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last) return { text: '', start: 0, end: 0 };
  return { text: ctx.text.slice(first.start, last.end), start: first.start, end: last.end };
}

export function charSpan(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

export const DASHES = new Set(['—', '–', '--', '―']);

/** The quotation whose opening mark token `i` is, if any. */
export function opensQuote(ctx: AttributionContext, i: number): QuoteRegion | null {
  const index = ctx.opens[i] ?? -1;
  return index >= 0 ? (ctx.quotes[index] ?? null) : null;
}

/** The quotation whose closing mark token `i` is, if any. */
export function closesQuote(ctx: AttributionContext, i: number): QuoteRegion | null {
  const index = ctx.closes[i] ?? -1;
  return index >= 0 ? (ctx.quotes[index] ?? null) : null;
}

/** Index of the first token at or after character offset `offset`. */
export function tokenAtOrAfter(ctx: AttributionContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The inner text of a quotation as content, its trailing comma dropped. */
export function quoteContent(ctx: AttributionContext, region: QuoteRegion): Span {
  let end = region.innerEnd;
  while (end > region.innerStart && /[\s,]/.test(ctx.text[end - 1] ?? '')) end--;
  let start = region.innerStart;
  while (start < end && /\s/.test(ctx.text[start] ?? '')) start++;
  return charSpan(ctx.text, start, end);
}
