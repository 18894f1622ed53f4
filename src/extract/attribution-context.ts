// The shared view the attribution finders read: the text, its tokens, sentences and quotations, with the
// noun-phrase and clause boundaries they all need.

import type { Span, Stance } from '../domain/statement.js';
import type { CueClass, VerbCue } from './cue-lexicon.js';
import { CLAIM_NOUNS, VERB_CUES } from './cue-lexicon.js';
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

const AUX = new Set(
  "has have had 's 've is was were are am be been being will would 'd could can may might must shall should do does did also not n't never no longer still just then".split(
    ' ',
  ),
);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  "'s",
  "'",
  '-',
  'de',
  'al',
  'bin',
  'van',
  'von',
  'da',
  'del',
]);
const SUBJECT_PRONOUNS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'this',
]);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
export const OPEN_QUOTES = new Set(['“', '"', '‘', "''", '«']);
export const CLOSE_QUOTES = new Set(['”', '"', '’', "''", '»']);
export const DASHES = new Set(['—', '–', '--', '―']);

/** Auxiliaries, adverbs and negation that sit between a subject and its cue verb. */
export function isAuxOrAdverb(token: Token): boolean {
  if (AUX.has(token.lower)) return true;
  return (token.pos === 'ADV' || token.pos === 'AUX') && /^[a-z']+$/.test(token.lower);
}

const WH_WORDS = new Set(['which', 'what', 'whose', 'whatever', 'whichever']);

function isNominal(token: Token): boolean {
  if (WH_WORDS.has(token.lower)) return false;
  if (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'NUM') return true;
  if (token.pos === 'ADJ' || token.pos === 'DET') return true;
  // Names, acronyms and titles the tagger may call anything ("U.S.", "Sen.", "Don").
  return /^[A-Z][\p{L}.'’-]*$/u.test(token.text) && token.pos !== 'PRON';
}

function isHead(token: Token): boolean {
  return (
    token.pos === 'PROPN' ||
    token.pos === 'NOUN' ||
    token.pos === 'NUM' ||
    (/^[A-Z]/.test(token.text) && token.pos !== 'DET' && token.pos !== 'ADP' && token.pos !== 'PRON')
  );
}

/**
 * The noun phrase whose last token is `last`, as a half-open token range, or null. The phrase stays in
 * `last`'s sentence, runs over names joined by "of", "and", possessives and parenthesized notes
 * ("Sen. Jane Doe (D-Ore.)"), and is a lone pronoun or ends on a noun or a name.
 */
export function phraseEndingAt(ctx: AttributionContext, last: number): [number, number] | null {
  const { tokens } = ctx;
  const sentence = ctx.sentences[ctx.sentenceOf[last] ?? -1];
  const head = tokens[last];
  if (!sentence || !head) return null;
  if (SUBJECT_PRONOUNS.has(head.lower) && head.pos === 'PRON') return [last, last + 1];
  let end = last;
  let first = last;
  if (head.text === ')') {
    const open = findBack(ctx, last, '(', 6);
    if (open < 0 || open - 1 < sentence.firstToken) return null;
    end = open - 1;
    first = end;
  }
  const headToken = tokens[end];
  // "the general said": the tagger may call a noun after a determiner an adjective.
  const adjectiveHead = headToken?.pos === 'ADJ' && tokens[end - 1]?.pos === 'DET';
  if (!headToken || !(isHead(headToken) || adjectiveHead)) return null;
  let i = end - 1;
  while (i >= sentence.firstToken && end - i < 14) {
    const t = tokens[i];
    if (!t) break;
    if (isNominal(t) || (POSSESSIVE_PRONOUNS.has(t.lower) && i + 1 <= end)) {
      first = i;
      i--;
      continue;
    }
    if (CONNECTORS.has(t.lower) && i - 1 >= sentence.firstToken && isNominal(tokens[i - 1] ?? t)) {
      i--;
      continue;
    }
    break;
  }
  return [first, end + (head.text === ')' ? last - end + 1 : 1)];
}

/**
 * The noun phrase starting at token `first` (after "according to", "by", or an inverted "said"), or
 * null; it stops at a comma, a verb or the sentence end.
 */
export function phraseStartingAt(ctx: AttributionContext, first: number): [number, number] | null {
  const { tokens } = ctx;
  const sentence = ctx.sentences[ctx.sentenceOf[first] ?? -1];
  const head = tokens[first];
  if (!sentence || !head) return null;
  if (head.pos === 'PRON' && SUBJECT_PRONOUNS.has(head.lower)) return [first, first + 1];
  let end = first;
  let lastHead = -1;
  while (end < sentence.endToken && end - first < 14) {
    const t = tokens[end];
    if (!t) break;
    if (isNominal(t) || POSSESSIVE_PRONOUNS.has(t.lower)) {
      if (isHead(t)) lastHead = end;
      end++;
      continue;
    }
    if (CONNECTORS.has(t.lower) && end + 1 < sentence.endToken && isNominal(tokens[end + 1] ?? t)) {
      end++;
      continue;
    }
    break;
  }
  return lastHead >= 0 ? [first, lastHead + 1] : null;
}

function findBack(ctx: AttributionContext, from: number, text: string, limit: number): number {
  for (let i = from - 1; i >= 0 && from - i <= limit; i--) if (ctx.tokens[i]?.text === text) return i;
  return -1;
}

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

/** The inner text of a quotation as content, its trailing comma dropped. */
export function quoteContent(ctx: AttributionContext, region: QuoteRegion): Span {
  let end = region.innerEnd;
  while (end > region.innerStart && /[\s,]/.test(ctx.text[end - 1] ?? '')) end--;
  let start = region.innerStart;
  while (start < end && /\s/.test(ctx.text[start] ?? '')) start++;
  return charSpan(ctx.text, start, end);
}
