// Noun-phrase boundaries over tagged tokens: who a cue's speaker is, read leftward from the cue or
// rightward from "said", "according to" or "by".

import type { AttributionContext } from './attribution-context.js';
import type { Token } from './nlp-engine.js';

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
    // A cue verb, however tagged ("have contested Russia's claims"), is never part of a speaker's name.
    if (!t || ctx.cues[i]) break;
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

/**
 * What follows "according to" or a passive "by" names a source whatever the tagger thinks ("police" tagged as a
 * verb): up to the next comma or the sentence end, at most twelve tokens.
 */
export function sourceUpToComma(ctx: AttributionContext, from: number, end: number): [number, number] | null {
  let to = from;
  while (to < end && to - from < 12 && !/^[,.;:!?—–]$/.test(ctx.tokens[to]?.text ?? '')) to++;
  return to > from && to - from < 12 ? [from, to] : null;
}
