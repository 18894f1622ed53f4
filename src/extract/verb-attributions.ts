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
import { AMBIGUOUS_FORMS, HEDGES, VERB_CUES } from './cue-lexicon.js';
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
  const cue = t ? VERB_CUES.get(t.lower) : undefined;
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
    if (open > s.firstToken) {
      np = phraseEndingAt(ctx, open - 1);
      boundary = np ? np[0] - 1 : boundary;
    }
  }
  if (np) {
    if (tokens[np[0] - 1]?.lower === 'with') return null; // "With X now confirming …": background, not a report
    const speaker = spanOf(ctx, np[0], np[1]);
    const right = rightContent(ctx, s, cueEnd, cue);
    if (right)
      return {
        ...base,
        speaker,
        content: right.span,
        direct: right.direct,
        speakerFromClause: false,
        confidence: 0.85,
      };
    if (boundary < s.firstToken) return null;
    const leftSide = leftContent(ctx, s, boundary);
    if (!leftSide) return null;
    return {
      ...base,
      speaker,
      content: leftSide.span,
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
    if (follow && after[1] < s.endToken && !/^[,.;:!?]$/.test(follow.text)) return null;
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
    if (first.pos === 'ADP' && !cue.particles.includes(first.lower)) return null;
    if (first.text === ',' || first.text === '.' || DASHES.has(first.text)) return null;
    if (cue.personObject) {
      const object = phraseStartingAt(ctx, i);
      const after = object ? tokens[object[1]] : undefined;
      if (object && after && after.lower !== 'to' && object[1] < s.endToken) i = object[1];
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
  for (let j = from; j < s.endToken && j - from < 10; j++) {
    const tj = tokens[j];
    if (!tj) return -1;
    if (tj.lower === 'that' && j > from - 1) return j;
    if (opensQuote(ctx, j))
      return j === from || tokens[j - 1]?.text === ',' || tokens[j - 1]?.text === ':' ? j : -1;
    if (tj.text === ':') return j + 1 < s.endToken ? j + 1 : -1;
    if (VERB_CUES.has(tj.lower) && j > from) return -1;
    const fits =
      ['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON', 'ADV'].includes(tj.pos) || tj.text === ',';
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

/** Content before the speaker: the quotation that ends at `boundary`, or the clause from the sentence start. */
function leftContent(ctx: AttributionContext, s: Sentence, boundary: number): Content | null {
  const { tokens } = ctx;
  const b = tokens[boundary];
  if (!b) return null;
  const region = closesQuote(ctx, boundary) ?? (b.text === ',' ? closesQuote(ctx, boundary - 1) : null);
  if (region) return { span: quoteContent(ctx, region), direct: true };
  if (b.text !== ',' && !DASHES.has(b.text)) return null;
  let from = s.firstToken;
  const first = tokens[from];
  const open = first ? quoteAt(ctx.quotes, first.start) : null;
  if (open && open.start < (first?.start ?? 0)) from = tokenAtOrAfter(ctx, open.start);
  const span = contentSpan(ctx, from, boundary);
  if (!span) return null;
  const whole = open && open.innerStart <= span.start + 1 && open.end >= span.end;
  return { span, direct: Boolean(whole) };
}
