// Attributions hung on a cue verb: "X said that …", "“…,” X said", "“…,” said X", "…, adding that …".

import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { DASHES, closesQuote, opensQuote, spanOf } from './attribution-context.js';
import { clauseEnd, contentSpan } from './clause-end.js';
import { AMBIGUOUS_FORMS, CLAIM_NOUNS, HEDGES } from './cue-lexicon.js';
import type { Sentence } from './nlp-engine.js';
import { NEGATIONS, isAuxOrAdverb, phraseEndingAt, phraseStartingAt } from './noun-phrases.js';
import { quoteAt } from './quote-regions.js';
import { reducedRelativeContent } from './reduced-relatives.js';
import { speakerPhraseEndingAt } from './speaker-phrase.js';
import { timePhraseStart } from './time-phrases.js';
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

/** Modals that put a cue in the future or the hypothetical; "can" and "could" confirm all the same. */
const UNREAL_MODALS = new Set(['will', 'would', 'might', 'may', 'shall', 'should', 'must', "'ll", "'d"]);

/** Subjects that say nobody spoke: "neither government", "no official", "none of them". */
const NEGATIVE_SUBJECTS = new Set(['neither', 'no', 'none', 'nobody', 'nor']);

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

/** A subject phrase headed by an evidence noun: "polling averages", "video of the incident". */
function showsEvidence(ctx: AttributionContext, np: readonly [number, number]): boolean {
  for (let i = np[0]; i < np[1]; i++) {
    const t = ctx.tokens[i];
    if (!t) break;
    if (t.lower === 'of') return false;
    if (EVIDENCE_NOUNS.has(t.lower) || EVIDENCE_NOUNS.has(t.lower.replace(/s$/, ''))) return true;
  }
  return false;
}

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
  const prev = c > s.firstToken ? tokens[c - 1] : undefined;
  const next = tokens[c + 1];
  if (AMBIGUOUS_FORMS.has(t.lower) && t.pos !== 'VERB' && !actsAsVerb(ctx, c)) return null;
  if (prev && (prev.pos === 'DET' || POSSESSIVES.has(prev.lower))) return null;
  if (quoteAt(ctx.quotes, t.start)) return null;
  if (next?.lower === 'by') return null;
  // "is said to", "was reported to be": a hedge, not a cue.
  if (next?.lower === 'to' && prev && /^(is|was|are|were|be|been)$/.test(prev.lower)) return null;
  // "Video said to show troops": a headline's hedge, the "is" left out.
  if (t.lower === 'said' && next?.lower === 'to' && tokens[c + 2]?.pos === 'VERB') return null;
  // "he was told he was going to training", "they were promised jobs": the subject heard it; who said
  // it the sentence does not say.
  const passive = prev && /^(is|was|are|were|be|been|being|got|get)$/.test(prev.lower);
  if (passive && t.lower !== cue.lemma && !/ing$/.test(t.lower)) return null;
  let cueEnd = c + 1;
  if (next && cue.particles.includes(next.lower)) cueEnd = c + 2;
  else if (cue.needsParticle) return null;

  let k = c - 1;
  let hedged = false;
  let negated = false;
  let unmade = false;
  while (k >= s.firstToken) {
    const tk = tokens[k];
    if (!tk) break;
    if (isAuxOrAdverb(tk)) {
      hedged ||= HEDGES.has(tk.lower);
      negated ||= NEGATIONS.has(tk.lower);
      unmade ||= UNREAL_MODALS.has(tk.text);
      k--;
      continue;
    }
    const before = tokens[k - 1];
    if (tk.lower === 'to' && before && CONTROL_VERBS.has(before.lower)) {
      negated ||= NEGATING_CONTROL.has(before.lower);
      k -= 2;
      continue;
    }
    // "North Korea on Monday confirmed", "Peskov last week described": when, not who.
    const timeStart = timePhraseStart(tokens, k, s.firstToken + 1);
    if (timeStart <= k) {
      k = timeStart - 1;
      // "a report released last year found": the participle that the time dates is the subject's too.
      const participle = tokens[k];
      if (participle && participle.pos === 'VERB' && /(?:ed|en|wn)$/.test(participle.lower) && !ctx.cues[k])
        k--;
      continue;
    }
    break;
  }
  // "Russia would deny it", "Minsk might threaten to …": a statement still to come, or never made.
  if (unmade) return null;
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

  let np = left ? speakerPhraseEndingAt(ctx, k) : null;
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
    // "Neither Moscow nor Pyongyang has confirmed", "no official denied": nobody made the statement.
    const opener = tokens[np[0]]?.lower ?? '';
    if (NEGATIVE_SUBJECTS.has(opener) || tokens[np[0] - 1]?.lower === 'nor') base.negated = true;
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
    const relative = reducedRelativeContent(ctx, s.firstToken, np[0], cueEnd);
    if (relative) {
      const { span: content, direct } = relative;
      return { ...base, speaker, content, direct, speakerFromClause: false, confidence: 0.7 };
    }
    const evidence = cue.cueClass === 'evidence' && showsEvidence(ctx, np);
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
    // "…, said one source in the room.", "…, said a spokesman for the ministry.": the phrase goes on.
    let tail = after[1];
    while (tokens[tail]?.pos === 'ADP' && tail < s.endToken) {
      const attached = phraseStartingAt(ctx, tail + 1);
      if (!attached) break;
      tail = attached[1];
    }
    if (tail > after[1] && /^[,.;:!?]$/.test(tokens[tail]?.text ?? '.')) after[1] = tail;
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

/**
 * A noun-or-verb form ("reports", "estimates", "notes") tagged as a noun reads as the verb when a name
 * or a relative pronoun stands before it and "that", a quotation or a colon after it: "The Tax Policy
 * Center estimates that …". A demonym before it keeps it a noun: "Russian claims that …".
 */
function actsAsVerb(ctx: AttributionContext, c: number): boolean {
  const t = ctx.tokens[c];
  const prev = ctx.tokens[c - 1];
  const next = ctx.tokens[c + 1];
  if (!t || !prev || !next || !/s$/.test(t.lower)) return false;
  const opens = next.lower === 'that' || next.text === ':' || Boolean(opensQuote(ctx, c + 1));
  // A lone capitalized word opening the sentence may be an adjective ("Local reports that …").
  const lone = c - 1 === ctx.sentences[ctx.sentenceOf[c] ?? -1]?.firstToken;
  const subject =
    (prev.pos === 'PROPN' && /^[A-Z]/.test(prev.text) && !DEMONYM.test(prev.text) && !lone) ||
    /^(?:which|who|it|he|she)$/.test(prev.lower);
  return opens && subject;
}

const DEMONYM = /^[A-Z][a-z]+(?:an|ese|ish|i)$/;

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
