// Attributions hung on a cue verb: "X said that …", "“…,” X said", "“…,” said X", "…, adding that …".

import type { Span } from '../domain/statement.js';
import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import {
  DASHES,
  NEGATIONS,
  clauseEnd,
  closesQuote,
  contentSpan,
  isAuxOrAdverb,
  opensQuote,
  phraseEndingAt,
  phraseStartingAt,
  quoteContent,
  spanOf,
  tokenAtOrAfter,
} from './attribution-context.js';
import type { VerbCue } from './cue-lexicon.js';
import { AMBIGUOUS_FORMS, CLAIM_NOUNS, HEDGES } from './cue-lexicon.js';
import type { Sentence } from './nlp-engine.js';
import { quoteAt } from './quote-regions.js';

const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night earlier later recently again repeatedly previously publicly privately then now'.split(
    ' ',
  ),
);
/** Verbs that take a cue as infinitive: "declined to comment", "went on to say". */
const CONTROL_VERBS = new Set([
  'declined',
  'refused',
  'failed',
  'continued',
  'appeared',
  'seemed',
  'tried',
  'went',
]);
const NEGATING_CONTROL = new Set(['declined', 'refused', 'failed']);
const PARTICIPLE_OPENERS = new Set([
  ',',
  'and',
  'while',
  'by',
  'after',
  'before',
  'as',
  'when',
  'in',
  'without',
  'also',
]);
const RELATIVE = new Set(['who', 'which', 'that']);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
const HEARERS = new Set(
  'reporters journalists supporters voters lawmakers members officials audience crowd host senators students listeners viewers interviewer newspaper agency network magazine radio television committee panel'.split(
    ' ',
  ),
);
/** Subjects that show rather than say: "a new poll shows Clinton ahead" needs no "that". */
const EVIDENCE_NOUNS = new Set(
  'poll polls survey surveys study studies analysis data figures numbers average report records documents video footage photo photos transcript research results evidence slide chart statistics estimates'.split(
    ' ',
  ),
);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', "'s"]);
const INVERTING = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'asked',
  'asks',
  'continued',
  'explained',
  'noted',
  'warned',
  'told',
  'tweeted',
  'replied',
  'responded',
  'insisted',
  'argued',
]);

interface Content {
  span: Span;
  direct: boolean;
}

/** Finds the attributions of every cue verb in the text, in text order. */
export function findVerbAttributions(ctx: AttributionContext): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  ctx.sentences.forEach((sentence, sentenceIndex) => {
    for (let c = sentence.firstToken; c < sentence.endToken; c++) {
      const attribution = attributionAt(ctx, sentence, sentenceIndex, c);
      if (attribution) found.push(attribution);
    }
  });
  return found;
}

function attributionAt(
  ctx: AttributionContext,
  s: Sentence,
  sentenceIndex: number,
  c: number,
): FoundAttribution | null {
  const { tokens } = ctx;
  const t = tokens[c];
  const cue = ctx.cues[c];
  if (!t || !cue) return null;
  if (AMBIGUOUS_FORMS.has(t.lower) && t.pos !== 'VERB') return null;
  const prev = c > s.firstToken ? tokens[c - 1] : undefined;
  const next = tokens[c + 1];
  if (prev && (prev.pos === 'DET' || POSSESSIVES.has(prev.lower))) return null;
  if (quoteAt(ctx.quotes, t.start)) return null;
  if (next?.lower === 'by') return null;
  // "is said to", "was reported to be": a hedge, not a cue.
  if (next?.lower === 'to' && prev && /^(is|was|are|were|be|been)$/.test(prev.lower)) return null;
  let cueEnd = c + 1;
  if (next && cue.particles.includes(next.lower)) cueEnd = c + 2;

  let k = c - 1;
  let hedged = false;
  let negated = false;
  while (k >= s.firstToken) {
    const tk = tokens[k];
    if (!tk) break;
    if (isAuxOrAdverb(tk)) {
      hedged ||= HEDGES.has(tk.lower);
      negated ||= NEGATIONS.has(tk.lower);
      k--;
      continue;
    }
    const before = tokens[k - 1];
    if (tk.lower === 'to' && before && CONTROL_VERBS.has(before.lower)) {
      negated ||= NEGATING_CONTROL.has(before.lower);
      k -= 2;
      continue;
    }
    break;
  }
  const left = k >= s.firstToken ? tokens[k] : undefined;
  const base = {
    cue: spanOf(ctx, c, cueEnd),
    stance: cue.stance,
    cueClass: cue.cueClass,
    negated,
    hedged,
    sentence: sentenceIndex,
  };

  // "…, warning that …" and "… and stressed that …" speak for the clause's subject.
  const participle =
    /ing$/.test(t.lower) && (!left || PARTICIPLE_OPENERS.has(left.lower) || DASHES.has(left.text));
  const coordinated = !participle && (left?.lower === 'and' || left?.lower === 'but') && t.pos === 'VERB';
  if (participle || coordinated) {
    const right = rightContent(ctx, s, cueEnd, cue);
    if (!right) return null;
    return {
      ...base,
      speaker: null,
      content: right.span,
      direct: right.direct,
      speakerFromClause: true,
      confidence: 0.7,
    };
  }

  let np = left ? phraseEndingAt(ctx, k) : null;
  let boundary = np ? np[0] - 1 : k;
  if (np && RELATIVE.has(tokens[np[0]]?.lower ?? '') && np[1] - np[0] === 1) {
    let j = np[0] - 1;
    if (tokens[j]?.text === ',') j--;
    np = j >= s.firstToken ? phraseEndingAt(ctx, j) : null;
    boundary = np ? np[0] - 1 : boundary;
  } else if (!np && left?.text === ',') {
    // "X, a spokesman for Y, said" / "X, who …, said": the speaker sits before the inserted phrase.
    const open = previousComma(ctx, s, k);
    if (open > s.firstToken && insertion(ctx, open + 1, k)) {
      np = phraseEndingAt(ctx, open - 1);
      boundary = np ? np[0] - 1 : boundary;
    }
  }
  if (np) {
    // "With X now confirming …": background to the sentence, not a report.
    if (/ing$/.test(t.lower) && tokens[np[0] - 1]?.lower === 'with') return null;
    const claimHead = tokens[np[0]]?.pos === 'DET' && CLAIM_NOUNS.has(tokens[np[0] + 1]?.lower ?? '');
    if (claimHead && np[1] - np[0] > 2) {
      // "an allegation North Korea dismissed as …": the claim is the object, the rest names the speaker.
      const content = contentSpan(ctx, np[0], clauseEnd(ctx, np[0]));
      if (!content) return null;
      const speaker = spanOf(ctx, np[0] + 2, np[1]);
      return { ...base, speaker, content, direct: false, speakerFromClause: false, confidence: 0.7 };
    }
    const speaker = spanOf(ctx, np[0], np[1]);
    const evidence = cue.cueClass === 'evidence' && EVIDENCE_NOUNS.has(tokens[np[1] - 1]?.lower ?? '');
    const right = rightContent(ctx, s, cueEnd, evidence ? { ...cue, needsClause: false } : cue);
    const quoted = quoteBefore(ctx, s, boundary);
    if (quoted && right && !right.direct && (boundary < s.firstToken || clauseLike(ctx, right.span))) {
      // "“…” Clinton said she …": the quotation before belongs to someone earlier.
      return {
        ...base,
        speaker,
        content: right.span,
        direct: false,
        speakerFromClause: false,
        confidence: 0.85,
      };
    }
    if (quoted && right?.direct && quoted.end < right.span.start) {
      // "“A,” she says, “B.”": one statement in two pieces.
      const span = {
        text: ctx.text.slice(quoted.start, right.span.end),
        start: quoted.start,
        end: right.span.end,
      };
      return { ...base, speaker, content: span, direct: true, speakerFromClause: false, confidence: 0.85 };
    }
    if (right && !quoted) {
      return {
        ...base,
        speaker,
        content: right.span,
        direct: right.direct,
        speakerFromClause: false,
        confidence: 0.85,
      };
    }
    const leftSide = quoted
      ? leftContent(ctx, s, boundary)
      : boundary >= s.firstToken
        ? leftContent(ctx, s, boundary)
        : null;
    if (!leftSide) return null;
    return {
      ...base,
      speaker,
      content: withTail(ctx, s, leftSide, cueEnd),
      direct: leftSide.direct,
      speakerFromClause: false,
      confidence: 0.85,
    };
  }
  // Inverted: "“…,” said X." / "…, said X, a spokesman."
  if (left && (left.text === ',' || closesQuote(ctx, k)) && INVERTING.has(t.lower)) {
    const after = phraseStartingAt(ctx, cueEnd);
    if (!after) return null;
    const follow = tokens[after[1]];
    const quotedLeft = closesQuote(ctx, k) ?? (left.text === ',' ? closesQuote(ctx, k - 1) : null);
    if (!quotedLeft && follow && after[1] < s.endToken && !/^[,.;:!?(]$/.test(follow.text)) return null;
    const leftSide = leftContent(ctx, s, k);
    if (!leftSide) return null;
    const speaker = spanOf(ctx, after[0], after[1]);
    return {
      ...base,
      speaker,
      content: leftSide.span,
      direct: leftSide.direct,
      speakerFromClause: false,
      confidence: 0.85,
    };
  }
  return null;
}

function previousComma(ctx: AttributionContext, s: Sentence, from: number): number {
  for (let j = from - 1; j >= s.firstToken && from - j < 30; j--) {
    const tj = ctx.tokens[j];
    if (tj?.text === ',') return j;
    if (tj && (tj.text === '.' || closesQuote(ctx, j))) return -1;
  }
  return -1;
}

/** Content after the cue: a that-clause, a quotation, a colon's paragraph, or the object and its clause. */
function rightContent(ctx: AttributionContext, s: Sentence, from: number, cue: VerbCue): Content | null {
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
          j - i < 5 &&
          ['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ'].includes(tokens[j]?.pos ?? '')
        )
          j++;
        i = j;
      }
      if (tokens[i]?.text === ',' && opensQuote(ctx, i + 1)) i++;
      const next = tokens[i];
      if (!next || i >= s.endToken || /^[.,;:!?]$/.test(next.text)) return null;
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
function quoteBefore(ctx: AttributionContext, s: Sentence, boundary: number): Span | null {
  const b = ctx.tokens[boundary];
  const head = ctx.tokens[s.firstToken];
  if (!b || !head) return null;
  if (boundary < s.firstToken && ctx.text.slice(b.end, head.start).includes('\n')) return null;
  return leftQuote(ctx, boundary);
}

/** Content before the speaker: the quotation that ends at `boundary`, or the clause from the sentence start. */
function leftContent(ctx: AttributionContext, s: Sentence, boundary: number): Content | null {
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
function withTail(ctx: AttributionContext, s: Sentence, left: Content, cueEnd: number): Span {
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
function clauseLike(ctx: AttributionContext, span: Span): boolean {
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

/**
 * Tokens [from, to) read as a phrase inserted after a subject: an apposition ("a spokesman for the
 * ministry") or a relative clause ("who …"), not a clause of its own ("and the meeting went on").
 */
function insertion(ctx: AttributionContext, from: number, to: number): boolean {
  const first = ctx.tokens[from];
  if (!first || from >= to) return false;
  return (
    !['CCONJ', 'SCONJ', 'ADV', 'ADP', 'VERB', 'AUX', 'PART'].includes(first.pos) || RELATIVE.has(first.lower)
  );
}
