// The content a cue verb introduces: after it (a that-clause, a quotation, a colon's paragraph, an
// object), before it (a quotation or clause ending at the speaker), or around it ("A, X said, B").

import type { Span } from '../domain/statement.js';
import type { AttributionContext } from './attribution-context.js';
import { DASHES, closesQuote, opensQuote, quoteContent, tokenAtOrAfter } from './attribution-context.js';
import { clauseEnd, contentSpan, isPredicate } from './clause-end.js';
import type { VerbCue } from './cue-lexicon.js';
import type { Sentence } from './nlp-engine.js';
import { phraseStartingAt } from './noun-phrases.js';
import { quoteAt } from './quote-regions.js';

/** Words that say when or how often, never what: skipped around a cue. */
export const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night earlier later recently again repeatedly previously publicly privately then now'.split(
    ' ',
  ),
);

/** Relative pronouns: a speaker phrase made of one of them points back to a noun before it. */
export const RELATIVE = new Set(['who', 'which', 'that']);

const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

const HEARERS = new Set(
  'reporters journalists supporters voters lawmakers members officials audience crowd host senators students listeners viewers interviewer newspaper agency network magazine radio television committee panel'.split(
    ' ',
  ),
);

/** A statement's content and whether it is a quotation in full. */
export interface Content {
  span: Span;
  direct: boolean;
}

/** Content after the cue: a that-clause, a quotation, a colon's paragraph, or the object and its clause. */
export function rightContent(
  ctx: AttributionContext,
  s: Sentence,
  from: number,
  cue: VerbCue,
): Content | null {
  const { tokens } = ctx;
  let i = from;
  while (i < s.endToken && TIME_WORDS.has(tokens[i]?.lower ?? '')) i++;
  const t = tokens[i];
  if (!t || i >= s.endToken) return null;
  if (t.text === ',' && opensQuote(ctx, i + 1)) i++;
  if (tokens[i]?.text === ':') {
    i++;
    if (i >= s.endToken) return colonParagraph(ctx, s);
  }
  const start = clauseStart(ctx, s, i);
  if (start >= 0) i = start;
  else {
    const first = tokens[i];
    if (!first || cue.needsClause) return null;
    // "said as she marched", "contests has the potential": no content here.
    if (first.pos === 'SCONJ' && !/^(?:if|whether|how|why|what|when|where|who)$/.test(first.lower))
      return null;
    const adjectival = ['NOUN', 'ADJ', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
    if (first.pos === 'AUX' || (first.pos === 'VERB' && !/ing$/.test(first.lower) && !adjectival))
      return null;
    if (first.pos === 'ADP' && !cue.particles.includes(first.lower)) return null;
    if (first.text === ',' || first.text === '.' || DASHES.has(first.text)) return null;
    const object = cue.personObject ? hearer(ctx, i) : null;
    if (object && tokens[object[1]]?.lower !== 'to') {
      // "told reporters …", "told me, “…”", "told CNN on Monday how …": the hearer is not the content.
      i = object[1];
      if (tokens[i]?.pos === 'ADP') {
        let j = i + 1;
        while (
          j < s.endToken &&
          j - i < 6 &&
          !isPredicate(ctx, j) &&
          /[\p{L}\p{N}-]/u.test(tokens[j]?.text ?? '')
        )
          j++;
        i = j;
      }
      if (tokens[i]?.text === ',' && opensQuote(ctx, i + 1)) i++;
      const next = tokens[i];
      if (!next || i >= s.endToken || /^[.,;:!?]$/.test(next.text)) return null;
      // "told reporters after a closed-door briefing.": circumstances, no content.
      let saysSomething = Boolean(opensQuote(ctx, i));
      for (let j = i; j < s.endToken && !saysSomething; j++) saysSomething = isPredicate(ctx, j);
      if (!saysSomething) return null;
    }
  }
  const region = opensQuote(ctx, i);
  if (region) {
    const after = tokenAtOrAfter(ctx, region.end);
    const sentenceEnd = ctx.sentences[ctx.sentenceOf[Math.max(after - 1, 0)] ?? -1]?.endToken ?? after;
    let onlyPunct = true;
    for (let j = after; j < sentenceEnd && onlyPunct; j++)
      onlyPunct = /^[.,!?;:]$/.test(tokens[j]?.text ?? '');
    if (onlyPunct) return { span: quoteContent(ctx, region), direct: true };
  }
  const span = contentSpan(ctx, i, clauseEnd(ctx, i));
  return span ? { span, direct: false } : null;
}

/** Index of "that", an opening quotation or the token after a colon within a short adverbial run, else -1. */
function clauseStart(ctx: AttributionContext, s: Sentence, from: number): number {
  const { tokens } = ctx;
  for (let j = from; j < s.endToken && j - from < 14; j++) {
    const tj = tokens[j];
    if (!tj) return -1;
    if (tj.lower === 'that' && j > from - 1) return j;
    if (opensQuote(ctx, j))
      return j === from || tokens[j - 1]?.text === ',' || tokens[j - 1]?.text === ':' ? j : -1;
    if (tj.text === ':') return j + 1 < s.endToken ? j + 1 : -1;
    if (ctx.cues[j] && j > from) return -1;
    if (/^[A-Z]/.test(tj.text) && j > from) continue; // a name, whatever the tagger made of it
    const modifier = tj.pos === 'VERB' && /(?:ed|ing)$/.test(tj.lower) && tokens[j - 1]?.pos === 'DET';
    const fits =
      ['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON', 'ADV', 'PART'].includes(tj.pos) ||
      tj.text === ',' ||
      modifier;
    if (!fits) return -1;
  }
  return -1;
}

/** "X said:" ending its paragraph introduces the next paragraph. */
function colonParagraph(ctx: AttributionContext, s: Sentence): Content | null {
  const nextSentence = ctx.sentences[(ctx.sentenceOf[s.endToken - 1] ?? -1) + 1];
  if (!nextSentence) return null;
  const region = opensQuote(ctx, nextSentence.firstToken);
  if (region) return { span: quoteContent(ctx, region), direct: true };
  const lineEnd = ctx.text.indexOf('\n', nextSentence.start);
  const end = lineEnd < 0 ? ctx.text.length : lineEnd;
  const span = contentSpan(ctx, nextSentence.firstToken, tokenAtOrAfter(ctx, end));
  return span ? { span, direct: false } : null;
}

/** The quotation that closes at token `boundary` (or just before its comma), as content. */
function leftQuote(ctx: AttributionContext, boundary: number): Span | null {
  const b = ctx.tokens[boundary];
  const region = closesQuote(ctx, boundary) ?? (b?.text === ',' ? closesQuote(ctx, boundary - 1) : null);
  return region ? quoteContent(ctx, region) : null;
}

/**
 * The quotation closing at token `boundary` (or just before its comma), even when the tagger ended
 * the sentence after it ("…?” Clinton said."), as long as no line break comes between.
 */
export function quoteBefore(ctx: AttributionContext, s: Sentence, boundary: number): Span | null {
  const b = ctx.tokens[boundary];
  const head = ctx.tokens[s.firstToken];
  if (!b || !head) return null;
  if (boundary < s.firstToken && ctx.text.slice(b.end, head.start).includes('\n')) return null;
  return leftQuote(ctx, boundary);
}

/** Content before the speaker: the quotation that ends at `boundary`, or the clause from the sentence start. */
export function leftContent(ctx: AttributionContext, s: Sentence, boundary: number): Content | null {
  const { tokens } = ctx;
  const b = tokens[boundary];
  if (!b) return null;
  const region = closesQuote(ctx, boundary) ?? (b.text === ',' ? closesQuote(ctx, boundary - 1) : null);
  const head = tokens[s.firstToken];
  // A quotation that ends a sentence of the reporter's ("Not paying taxes ''makes me smart,''") is a
  // partial quote: the content is the whole clause.
  const partial =
    region &&
    head &&
    boundary >= s.firstToken &&
    region.start > head.start &&
    /[\p{L}\p{N}]\s*$/u.test(ctx.text.slice(head.start, region.start));
  if (region && !partial) return { span: quoteContent(ctx, region), direct: true };
  if (b.text !== ',' && !DASHES.has(b.text) && !partial) return null;
  let from = s.firstToken;
  const first = tokens[from];
  const open = first ? quoteAt(ctx.quotes, first.start) : null;
  if (open && open.start < (first?.start ?? 0)) from = tokenAtOrAfter(ctx, open.start);
  const span = contentSpan(ctx, from, boundary);
  if (!span || TIME_WORDS.has(span.text.toLowerCase())) return null;
  const whole = open && open.innerStart <= span.start + 1 && open.end >= span.end;
  return { span, direct: Boolean(whole) };
}

/**
 * "A, X said, B." and "“A,” he said, but “B”": the statement goes on after the cue's comma; its content
 * runs from A's start to the end of B's clause. A tail that opens a new clause of the reporter's
 * (", and soon …", ", who …", ", adding …") is not part of it.
 */
export function withTail(ctx: AttributionContext, s: Sentence, left: Content, cueEnd: number): Span {
  const { tokens } = ctx;
  let j = cueEnd;
  while (j < s.endToken && TIME_WORDS.has(tokens[j]?.lower ?? '')) j++;
  // Skip what hangs on the cue before its comma: "told me", "said in a June report".
  let c = j;
  while (
    c < s.endToken &&
    c - j < 8 &&
    tokens[c]?.text !== ',' &&
    tokens[c]?.pos !== 'VERB' &&
    tokens[c]?.pos !== 'AUX'
  )
    c++;
  j = c;
  if (tokens[j]?.text !== ',' || j + 2 >= s.endToken) return left.span;
  let from = j + 1;
  const opener = tokens[from];
  if (opener && (opener.lower === 'but' || opener.lower === 'and')) from++;
  if (!opensQuote(ctx, from)) {
    const first = tokens[j + 1];
    if (left.direct || !first) return left.span;
    if (
      ['CCONJ', 'SCONJ', 'ADP'].includes(first.pos) ||
      RELATIVE.has(first.lower) ||
      /ing$/.test(first.lower)
    )
      return left.span;
  }
  const tail = contentSpan(ctx, j + 1, clauseEnd(ctx, from));
  if (!tail || tail.end <= left.span.end) return left.span;
  return { text: ctx.text.slice(left.span.start, tail.end), start: left.span.start, end: tail.end };
}

/** Content that reads as a clause of its own: "that …", or words with a verb among them. */
export function clauseLike(ctx: AttributionContext, span: Span): boolean {
  const from = tokenAtOrAfter(ctx, span.start);
  if (ctx.tokens[from]?.lower === 'that') return true;
  for (let i = from + 1; i < ctx.tokens.length && (ctx.tokens[i]?.start ?? Infinity) < span.end; i++) {
    const pos = ctx.tokens[i]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** The person told, asked or urged at token `i` ("reporters", "me", "CNN", "an invited crowd"), if any. */
function hearer(ctx: AttributionContext, i: number): readonly [number, number] | null {
  const first = ctx.tokens[i];
  if (!first) return null;
  if (OBJECT_PRONOUNS.has(first.lower)) return [i, i + 1];
  const found = phraseStartingAt(ctx, i);
  if (!found) return null;
  // "told African-Americans this weekend he …": a second determiner starts another phrase.
  let end = found[1];
  for (let j = i + 1; j < end; j++) if (ctx.tokens[j]?.pos === 'DET') end = j;
  const np = [found[0], end] as const;
  const head = ctx.tokens[np[1] - 1];
  const named = /^[A-Z]/.test(head?.text ?? '') || HEARERS.has(head?.lower ?? '');
  return named ? np : null;
}
