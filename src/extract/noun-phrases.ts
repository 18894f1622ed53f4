// Noun-phrase boundaries over tagged tokens: who a cue's speaker is, read leftward from the cue or
// rightward from "said", "according to" or "by".

import type { AttributionContext } from './attribution-context.js';
import type { Token } from './nlp-engine.js';
import { ROLE_NOUNS } from './role-nouns.js';
import { isTimeWord } from './time-phrases.js';

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

const MODAL_NAMES = new Set(['may', 'will', 'can', 'must', 'should']);

/** Auxiliaries, adverbs and negation that sit between a subject and its cue verb. */
export function isAuxOrAdverb(token: Token): boolean {
  // A capitalized "May" or "Will" before a cue is a name ("Theresa May said").
  if (/^[A-Z]/.test(token.text) && MODAL_NAMES.has(token.lower)) return false;
  if (AUX.has(token.lower)) return true;
  return (token.pos === 'ADV' || token.pos === 'AUX') && /^[a-z']+$/.test(token.lower);
}

/** Words that may stand before a determiner in one phrase: "all the experts", "both the ministries". */
const PREDETERMINERS = new Set(['all', 'both', 'half']);

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
 * ("Sen. Jane Doe (D-Ore.)"), and is a lone pronoun or ends on a noun or a name. It never takes in a
 * time adverbial ("last week President Putin" is "President Putin"; "Monday" alone is no phrase), opens
 * at its determiner ("experience the agency" is "the agency"), and takes a common noun before a name
 * only as a title ("spokesman Dmitry Peskov", but not "the first captures Kyiv" nor "months Moscow").
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
    const open = findBack(ctx, last, '(', 10);
    if (open < 0 || open - 1 < sentence.firstToken) return null;
    end = open - 1;
    first = end;
  }
  const headToken = tokens[end];
  // "the general said": the tagger may call a noun after a determiner an adjective.
  const adjectiveHead = headToken?.pos === 'ADJ' && tokens[end - 1]?.pos === 'DET';
  if (!headToken || !(isHead(headToken) || adjectiveHead)) return null;
  if (isTimeWord(headToken, tokens[end - 1], tokens[end + 1])) return null;
  let i = end - 1;
  // After a determiner only a connector ("the head of the agency") lets the phrase go on.
  let opened = headToken.pos === 'DET';
  while (i >= sentence.firstToken && end - i < 14) {
    const t = tokens[i];
    // A cue verb, however tagged ("have contested Russia's claims"), is never part of a speaker's name;
    // a capitalized one inside a name is a name's word ("the State Department").
    if (!t || (ctx.cues[i] && !(/^[A-Z]/.test(t.text) && i > sentence.firstToken))) break;
    const after = tokens[i + 1];
    if (CONNECTORS.has(t.lower) && i - 1 >= sentence.firstToken && isNominal(tokens[i - 1] ?? t)) {
      // "a smear and Moscow": a common noun and a name are two phrases, not one.
      if (t.lower === 'and' && isCommonNoun(tokens[i - 1]) && isName(after)) break;
      opened = false;
      i--;
      continue;
    }
    if (opened) {
      if (PREDETERMINERS.has(t.lower) && tokens[i + 1]?.pos === 'DET') first = i;
      break;
    }
    if (isTimeWord(t, tokens[i - 1], after)) break;
    if (isCommonNoun(t) && i + 1 === first && after && isName(after) && !titled(t, after, tokens[i - 1]))
      break;
    // "two captured sappers": a participle between a determiner or number and its noun.
    const modifier =
      t.pos === 'VERB' && /ed$/.test(t.lower) && ['DET', 'NUM'].includes(tokens[i - 1]?.pos ?? '');
    if (isNominal(t) || modifier || (POSSESSIVE_PRONOUNS.has(t.lower) && i + 1 <= end)) {
      first = i;
      opened = t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.lower);
      i--;
      continue;
    }
    break;
  }
  return [first, end + (head.text === ')' ? last - end + 1 : 1)];
}

/**
 * A common noun before a name is part of the name's title when it is a role ("spokesman Peskov"),
 * when the name opens with a role ("police Chief Jordan"), or when a name precedes it ("Tulsa police").
 */
function titled(noun: Token, name: Token, before: Token | undefined): boolean {
  return ROLE_NOUNS.has(noun.lower) || ROLE_NOUNS.has(name.lower) || isName(before);
}

/** A lower-case noun that is not a participle the tagger took for one ("the ruling party"). */
function isCommonNoun(token: Token | undefined): boolean {
  return Boolean(token && token.pos === 'NOUN' && /^[a-z]/.test(token.text) && !/ing$/.test(token.lower));
}

function isName(token: Token | undefined): boolean {
  return Boolean(token && /^[A-Z]/.test(token.text) && token.pos !== 'DET' && token.pos !== 'PRON');
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
