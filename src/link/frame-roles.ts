// Finds who a claim is about in its tokens: the owner of troops, a trigger's subject or object, its places.

import type { ClaimToken } from './claim-tokens.js';
import type { ConceptSpan } from './concept-spans.js';
import { placeRegion } from './concept-lexicon.js';

/** The tokens and concepts of one content, with lookups the role finders share. */
export interface TokenView {
  tokens: readonly ClaimToken[];
  spans: readonly ConceptSpan[];
  /** The actor a pronoun stands for: the speaker's origin. */
  speaker: string | null;
}

const HARD_BREAK = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);
const BENEFICIARY = new Set([
  'for',
  'help',
  'helped',
  'helping',
  'with',
  'against',
  'alongside',
  'assist',
  'to',
  'on',
]);
/** Words that may sit between an actor and its troops: "North Korean special operations soldiers". */
const NOT_BETWEEN = new Set([
  'to',
  'that',
  'and',
  'with',
  'by',
  'for',
  'against',
  'from',
  'said',
  'say',
  'of',
]);

const QUANTITY = new Set([
  'some',
  'many',
  'most',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'tens',
  'one',
  'two',
  'three',
  'four',
  'five',
  'all',
  'none',
  'part',
  'group',
  'number',
]);
const FIRST_PERSON = new Set(['we', 'our', 'us']);
const PLURAL = new Set(['they', 'their', 'them']);

/**
 * The actor a concept span names: an actor id; for "we"/"our", the speaker; for "it", "its", "they",
 * "their", the nearest actor named before it in the content ("Pyongyang admitted its troops …"), else
 * the speaker ("they are taking part", said by North Korea).
 */
export function actorOf(view: TokenView, span: ConceptSpan): string | null {
  if (span.kind === 'actor') return span.id;
  if (span.kind !== 'pronoun') return null;
  if (FIRST_PERSON.has(span.id)) return view.speaker;
  const index = view.spans.indexOf(span);
  // "They" after troops are the troops ("thanked them for their role"): their owner, or nobody known.
  if (PLURAL.has(span.id)) {
    for (let i = index - 1; i >= 0; i -= 1) {
      const before = view.spans[i];
      if (before?.kind === 'troops') return troopOwners(view).get(before.first)?.owner ?? null;
    }
  }
  // Subjects are rarely inside a prepositional phrase: in "sent troops to Russia, saying they helped",
  // "they" is not Russia.
  for (let i = index - 1; i >= 0; i -= 1) {
    const before = view.spans[i];
    if (before?.kind === 'actor' && !GOVERNING.has(view.tokens[before.first - 1]?.norm ?? ''))
      return before.id;
  }
  return view.speaker;
}

/** Whose troops a troop span names, and whether a preposition governs the phrase ("against Ukrainian forces"). */
export interface TroopOwner {
  owner: string;
  governed: boolean;
}

/** Words before an actor that make it an object or a complement, not a subject. */
export const GOVERNING = new Set([
  'as',
  'than',
  'like',
  'of',
  'against',
  'with',
  'alongside',
  'for',
  'to',
  'into',
  'from',
  'on',
  'at',
  'by',
  'among',
  'join',
  'joined',
  'joining',
  'help',
  'helping',
]);

/**
 * The owner of each troop span ("North Korean soldiers" → kp, "its units" → the speaker, "soldiers of
 * the Korean People's Army" → kp), by the troop span's first token index.
 */
export function troopOwners(view: TokenView): Map<number, TroopOwner> {
  const owners = new Map<number, TroopOwner>();
  const governed = (from: number): boolean => {
    const before = view.tokens[from - 1];
    if (!GOVERNING.has(before?.norm ?? '')) return false;
    // "dozens of North Korean soldiers", "one of two North Korean soldiers": a quantity, not a complement.
    const quantity = view.tokens[from - 2];
    return !(
      before?.norm === 'of' &&
      quantity !== undefined &&
      (quantity.kind === 'number' || QUANTITY.has(quantity.norm))
    );
  };
  const { spans, tokens } = view;
  for (let s = 0; s < spans.length; s += 1) {
    const troops = spans[s];
    if (troops?.kind !== 'troops') continue;
    // Look back: an actor or possessive pronoun at most three plain words before.
    for (let b = s - 1; b >= 0; b -= 1) {
      const before = spans[b];
      if (before === undefined) break;
      const gap = troops.first - before.last - 1;
      if (gap > 3) break;
      if (!plainBetween(tokens, before.last + 1, troops.first)) break;
      if (before.kind === 'troops' || before.kind === 'territory') continue;
      if (before.kind === 'actor' || (before.kind === 'pronoun' && isPossessive(before.id))) {
        const owner = actorOf(view, before);
        if (owner !== null) owners.set(troops.first, { owner, governed: governed(before.first) });
      }
      break;
    }
    if (owners.has(troops.first)) continue;
    // Look ahead: "soldiers of the Korean People's Army".
    const next = spans[s + 1];
    if (
      next?.kind === 'actor' &&
      tokens[troops.last + 1]?.norm === 'of' &&
      next.first - troops.last <= 3 &&
      plainBetween(tokens, troops.last + 2, next.first)
    ) {
      owners.set(troops.first, { owner: next.id, governed: governed(troops.first) });
    }
  }
  return owners;
}

function isPossessive(pronoun: string): boolean {
  return pronoun === 'its' || pronoun === 'our' || pronoun === 'their' || pronoun === 'his';
}

/** Only modifiers between: no punctuation, auxiliary, preposition or verb form ("preparing", "carried"). */
function plainBetween(tokens: readonly ClaimToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.kind === 'punct' || NOT_BETWEEN.has(token.norm)) return false;
    if (token.kind === 'word' && token.norm.length > 4 && /(?:ing|ed)$/.test(token.norm)) return false;
  }
  return true;
}

/** Whether tokens strictly between `from` and `to` hold a clause break. */
export function breakBetween(tokens: readonly ClaimToken[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i += 1) {
    const token = tokens[i];
    if (token === undefined) return true;
    if (token.kind === 'punct' && (HARD_BREAK.has(token.norm) || token.norm === ',')) return true;
  }
  return false;
}

/**
 * The subject of a trigger at token `trigger`: the nearest actor or pronoun at most `reach` tokens
 * before it with no clause break between and not inside a prepositional phrase (with `allowHelped`,
 * "helped Moscow retake" counts Moscow), else the actor after "by" or "of" within eight tokens after
 * it ("ordered by North Korean leader Kim Jong Un", "on the orders of Kim").
 */
export function subjectOf(view: TokenView, trigger: number, reach = 6, allowHelped = false): string | null {
  const { spans, tokens } = view;
  for (let s = spans.length - 1; s >= 0; s -= 1) {
    const span = spans[s];
    if (span === undefined || span.last >= trigger) continue;
    if (trigger - span.last > reach) break;
    if (breakBetween(tokens, span.last, trigger)) break;
    if (span.kind === 'actor' || span.kind === 'pronoun') {
      // "fight for Russia", "forces from Ukraine": an actor inside a prepositional phrase is not the
      // subject; "helped Moscow retake" is, when it stands right before the trigger.
      const governedBy = tokens[span.first - 1]?.norm ?? '';
      const adjacent = allowHelped && trigger - span.last === 1 && BENEFICIARY.has(governedBy);
      if ((GOVERNING.has(governedBy) || BENEFICIARY.has(governedBy)) && !adjacent) continue;
      const actor = actorOf(view, span);
      if (actor !== null) return actor;
    }
  }
  return agentAfterBy(view, trigger);
}

/** The actor after "by" (or, with `orOf`, "of": "the orders of Kim") within eight tokens after token `trigger`. */
export function agentAfterBy(view: TokenView, trigger: number, orOf = true): string | null {
  const { spans, tokens } = view;
  for (let i = trigger + 1; i < Math.min(tokens.length, trigger + 9); i += 1) {
    const token = tokens[i];
    if (token === undefined || (token.kind === 'punct' && token.norm !== ',')) break;
    if (token.norm !== 'by' && !(orOf && token.norm === 'of')) continue;
    const span = spans.find((c) => c.first > i && c.first <= i + 5 && c.kind === 'actor');
    if (span && plainBetween(tokens, i + 1, span.first)) return span.id;
  }
  return null;
}

/**
 * The owned troop span nearest to token `trigger` (before or after), within `reach` tokens. With
 * `subjectsOnly`, troops governed by a preposition ("fighting alongside Russian forces") are passed over.
 */
export function nearestOwner(
  owners: ReadonlyMap<number, TroopOwner>,
  trigger: number,
  reach: number,
  side: 'any' | 'after' | 'before' = 'any',
  subjectsOnly = false,
): string | null {
  let best: { distance: number; owner: string } | null = null;
  for (const [index, { owner, governed }] of owners) {
    if (subjectsOnly && governed) continue;
    if (side === 'after' && index < trigger) continue;
    if (side === 'before' && index > trigger) continue;
    const distance = Math.abs(index - trigger);
    if (distance > reach) continue;
    if (best === null || distance < best.distance) best = { distance, owner };
  }
  return best?.owner ?? null;
}

/** Place ids in token order, each once. */
export function placesOf(view: TokenView): string[] {
  const seen: string[] = [];
  for (const span of view.spans) if (span.kind === 'place' && !seen.includes(span.id)) seen.push(span.id);
  return seen;
}

/**
 * The place a claim is about: the first place after the trigger, else the first in the content; a town
 * wins over the region holding it ("Sudzha in the Kursk region" is about Sudzha).
 */
export function keyPlace(view: TokenView, trigger: number, contextPlaces: readonly string[]): string | null {
  const places = view.spans.filter((s) => s.kind === 'place');
  const after = places.filter((s) => s.first > trigger).map((s) => s.id);
  const all = places.map((s) => s.id);
  const ordered = after.length > 0 ? after : all;
  const town = ordered.find((id) => placeRegion(id) !== null && ordered.includes(placeRegion(id) ?? ''));
  if (town !== undefined) return town;
  if (ordered[0] !== undefined) return ordered[0];
  // "the region", "there": the place named last before this content.
  const anaphor = view.tokens.some((t) => t.norm === 'region' || t.norm === 'area' || t.norm === 'there');
  return anaphor ? (contextPlaces[contextPlaces.length - 1] ?? null) : null;
}
