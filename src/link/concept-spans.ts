// Finds the concepts in claim tokens: actors, places, troop and war words, pronouns.

import { claimTokens, type ClaimToken } from './claim-tokens.js';
import {
  ACTOR_CONCEPTS,
  PLACE_CONCEPTS,
  TERRITORY_WORDS,
  TROOP_WORDS,
  WAR_WORDS,
} from './concept-lexicon.js';

export type ConceptKind = 'actor' | 'place' | 'troops' | 'war' | 'territory' | 'pronoun';

/** A concept found over tokens `first..last` (inclusive token indexes). */
export interface ConceptSpan {
  kind: ConceptKind;
  /** Actor or place id; the word's stem for troops, war and territory words; the pronoun for pronouns. */
  id: string;
  first: number;
  last: number;
}

interface Phrase {
  kind: 'actor' | 'place';
  id: string;
  norms: string[];
}

const PHRASES: Map<string, Phrase[]> = buildPhrases();

function buildPhrases(): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const add = (kind: Phrase['kind'], id: string, phrase: string): void => {
    const norms = claimTokens(phrase).map((t) => t.norm);
    const first = norms[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push({ kind, id, norms });
    byFirst.set(first, list);
  };
  for (const actor of ACTOR_CONCEPTS) for (const p of actor.phrases) add('actor', actor.id, p);
  for (const place of PLACE_CONCEPTS) for (const p of place.phrases) add('place', place.id, p);
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);
  return byFirst;
}

const TROOPS = new Set(TROOP_WORDS);
const WAR = new Set(WAR_WORDS);
const TERRITORY = new Set(TERRITORY_WORDS);
const PRONOUNS = new Set([
  'it',
  'its',
  'they',
  'their',
  'them',
  'we',
  'our',
  'us',
  'he',
  'his',
  'she',
  'her',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'near', 'at', 'from', 'around', 'to', 'toward', 'towards']);
const NOT_PLACES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'article',
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'our',
  'its',
]);

/**
 * The concepts of `tokens`, in token order, none overlapping: known actor and place phrases (longest
 * first), troop, war and territory words, pronouns, and unknown capitalized words after a place
 * preposition ("the village of Podol"), which are taken for places named by their lowercase form.
 */
export function conceptSpans(tokens: readonly ClaimToken[]): ConceptSpan[] {
  const spans: ConceptSpan[] = [];
  let previousWasPlace = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    const phrase = matchPhrase(tokens, i);
    if (phrase) {
      spans.push({ kind: phrase.kind, id: phrase.id, first: i, last: i + phrase.norms.length - 1 });
      previousWasPlace = phrase.kind === 'place';
      i += phrase.norms.length - 1;
      continue;
    }
    if (token.kind !== 'word') {
      previousWasPlace = false;
      continue;
    }
    if (TROOPS.has(token.norm)) spans.push({ kind: 'troops', id: token.stem, first: i, last: i });
    else if (WAR.has(token.norm)) spans.push({ kind: 'war', id: token.stem, first: i, last: i });
    else if (TERRITORY.has(token.norm)) spans.push({ kind: 'territory', id: token.stem, first: i, last: i });
    else if (PRONOUNS.has(token.norm)) spans.push({ kind: 'pronoun', id: token.norm, first: i, last: i });
    else if (isUnknownPlace(tokens, i, previousWasPlace)) {
      spans.push({ kind: 'place', id: token.norm, first: i, last: i });
      previousWasPlace = true;
      continue;
    }
    previousWasPlace = previousWasPlace && token.norm === 'and';
  }
  return spans;
}

function matchPhrase(tokens: readonly ClaimToken[], i: number): Phrase | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const candidates = PHRASES.get(first.norm);
  if (!candidates) return null;
  for (const phrase of candidates) {
    let ok = true;
    for (let k = 1; k < phrase.norms.length; k += 1) {
      if (tokens[i + k]?.norm !== phrase.norms[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase;
  }
  return null;
}

function isUnknownPlace(tokens: readonly ClaimToken[], i: number, previousWasPlace: boolean): boolean {
  const token = tokens[i];
  if (!token?.capitalized || NOT_PLACES.has(token.norm) || token.norm.length < 3) return false;
  const before = tokens[i - 1];
  if (before === undefined) return false;
  if (previousWasPlace && before.norm === 'and') return true;
  if (PLACE_PREPOSITIONS.has(before.norm)) return true;
  // "the town of Sudzha", "the village of Podol": the preposition sits one word further back.
  const twoBack = tokens[i - 2];
  return TERRITORY.has(before.norm) && twoBack !== undefined && PLACE_PREPOSITIONS.has(twoBack.norm);
}

/** The first actor concept named in `text` ("Ukrainian officials" → `ua`), or null. */
export function firstActorIn(text: string): string | null {
  return conceptSpans(claimTokens(text)).find((s) => s.kind === 'actor')?.id ?? null;
}
