// Attributions hung on a cue verb: "X said that …", "“…,” X said", "“…,” said X", "…, adding that …".

import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { DASHES, closesQuote, spanOf } from './attribution-context.js';
import { clauseEnd, contentSpan } from './clause-end.js';
import { AMBIGUOUS_FORMS, CLAIM_NOUNS, HEDGES } from './cue-lexicon.js';
import type { Sentence } from './nlp-engine.js';
import { NEGATIONS, isAuxOrAdverb, phraseEndingAt, phraseStartingAt } from './noun-phrases.js';
import { quoteAt } from './quote-regions.js';
import { RELATIVE, clauseLike, leftContent, quoteBefore, rightContent, withTail } from './verb-content.js';

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
