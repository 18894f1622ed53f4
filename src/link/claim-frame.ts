// Reads what a claim's content asserts as frames: predicate, the party it is about, place, negation.

import { claimTokens, type ClaimToken } from './claim-tokens.js';
import { conceptSpans, type ConceptSpan } from './concept-spans.js';
import {
  actorOf,
  agentAfterBy,
  keyPlace,
  nearestOwner,
  placesOf,
  subjectOf,
  troopOwners,
  type TokenView,
  type TroopOwner,
} from './frame-roles.js';
import {
  META_VERBS,
  NEGATORS,
  PREDICATE_CLASSES,
  WEAPON_WORDS,
  type PredicateClass,
  type PredicateId,
} from './predicate-lexicon.js';
import { stemWord } from './claim-tokens.js';
import { claimTerms } from './claim-terms.js';

/** One thing a content asserts. */
export interface ClaimFrame {
  predicate: PredicateId;
  /** Origin id of the party the claim is about (whose troops, who controls), or null when unknown. */
  party: string | null;
  /** The place the claim is about when its predicate makes places part of the claim, else null. */
  place: string | null;
  /** Negated in the content ("troops are not in Kursk"): the frame disputes what it names. */
  negated: boolean;
  /** Offsets of the trigger words in the document. */
  start: number;
  end: number;
  /** Added because another frame implies it (a capture implies the captured troops were deployed). */
  entailed: boolean;
  /** For a priority frame ("X was the first to release footage"): who claims it and what it is about. */
  claimant?: string | null;
  claimed?: ClaimFrame | null;
}

/** Everything the linker reads from one content. */
export interface ContentReading {
  frames: ClaimFrame[];
  /** Set when the content asserts nothing: a condition ("if such a thing exists") or a non-confirmation. */
  neutral: 'conditional' | 'unconfirmed' | null;
  /** The content names no claim of its own ("the reports", "a claim dismissed as rumours"). */
  referential: boolean;
  /** A negation anywhere in the content (for claims matched by their words alone). */
  negated: boolean;
  /** Informative terms for lexical matching: stems and concept keys (`@kp`, `#kursk`, `troop`). */
  terms: string[];
  actors: string[];
  places: string[];
  numbers: number[];
}

export interface FrameContext {
  /** Origin of the speaker or source: what "we", "our", "it" and "they" stand for. */
  speaker: string | null;
  /** Places named before the content (most recent last): what "the region" refers to. */
  contextPlaces?: readonly string[];
  /**
   * Who a deployment is about when the content names no one: set for admissions and denials, where
   * "admits sending troops" and "denied the deployment" speak of the speaker's own troops.
   */
  ownParty?: string | null;
}

const SUBJECT_TRIGGERS = new Set(
  [
    'send',
    'dispatch',
    'deploy',
    'ship',
    'transfer',
    'take',
    'participate',
    'participation',
    'involvement',
    'involve',
    'join',
    'help',
    'assist',
    'assistance',
    'contribution',
    'presence',
    'role',
    'fight',
  ].map(stemWord),
);
/** Trigger stems that are nouns in these forms ("transport ships"), not the verb. */
const NOUN_FORMS = new Set(['ships', 'ship', 'moves', 'ranks']);
/** What may stand between troops and "in" in a claim of presence: "troops were already in Kursk". */
const COPULAS = new Set([
  'are',
  'were',
  'is',
  'was',
  'now',
  'already',
  'still',
  'remain',
  'remained',
  'been',
  'have',
  'has',
  'had',
  'being',
  'present',
  'stationed',
  'deployed',
  'based',
]);
const PRESENCE_PREPOSITIONS = new Set(['in', 'inside', 'on']);
const CONDITIONAL = new Set(['if', 'whether', 'unless']);

/**
 * Reads `text` (a statement's content, or the clause of an evidence event) found at `offset` in its
 * document. Every predicate the lexicon knows yields a frame, in priority order; frames that imply a
 * deployment add it (entailed). Never throws; an unreadable content has no frames.
 */
export function readContent(text: string, offset: number, context: FrameContext): ContentReading {
  const tokens = claimTokens(text, offset);
  const spans = conceptSpans(tokens);
  const view: TokenView = { tokens, spans, speaker: context.speaker };
  const contextPlaces = context.contextPlaces ?? [];
  const { terms, actors, numbers } = claimTerms(tokens, spans);
  const places = placesOf(view);
  const neutral = neutrality(tokens);
  const frames = neutral === null ? readFrames(view, contextPlaces, context.ownParty ?? null) : [];
  const informative = terms.filter((term) => term !== `@${context.speaker ?? ''}`);
  const referential = frames.length === 0 && (informative.length < 2 || opensWithReference(tokens));
  const negated = negatedAt(tokens, tokens.length, tokens.length);
  return { frames, neutral, referential, negated, terms, actors, places, numbers };
}

function readFrames(
  view: TokenView,
  contextPlaces: readonly string[],
  ownParty: string | null = null,
): ClaimFrame[] {
  const priority = readPriority(view, contextPlaces);
  if (priority) return [priority, ...withEntailed(priority.claimed ? [priority.claimed] : [])];
  const owners = troopOwners(view);
  const has = requirementsIn(view, contextPlaces);
  const frames: ClaimFrame[] = [];
  // A word that triggered a more specific class ("fighting continues": hold) triggers nothing else.
  const consumed = new Set<number>();
  for (const cls of PREDICATE_CLASSES) {
    if (cls.requires.length > 0 && !cls.requires.some((r) => has.has(r))) continue;
    for (const [first, last] of triggerMatches(view.tokens, cls)) {
      if (NOUN_FORMS.has(view.tokens[first]?.norm ?? '') || consumed.has(first)) continue;
      const party = partyOf(view, cls, first, owners) ?? (cls.id === 'deploy' ? ownParty : null);
      if (party === null && cls.id !== 'control') continue;
      const frame = makeFrame(view, cls, first, last, party, contextPlaces);
      for (let i = first; i <= last; i += 1) consumed.add(i);
      if (!frames.some((f) => sameKey(f, frame))) frames.push(frame);
    }
  }
  if (!frames.some((f) => f.predicate === 'deploy')) {
    const presence = presenceFrame(view, owners);
    if (presence) frames.push(presence);
  }
  return withEntailed(frames);
}

function makeFrame(
  view: TokenView,
  cls: PredicateClass,
  first: number,
  last: number,
  party: string | null,
  contextPlaces: readonly string[],
): ClaimFrame {
  const tokens = view.tokens;
  return {
    predicate: cls.id,
    party,
    place: cls.placeInKey ? keyPlace(view, first, contextPlaces) : null,
    negated: negatedAt(tokens, first),
    start: tokens[first]?.start ?? 0,
    end: tokens[last]?.end ?? 0,
    entailed: false,
  };
}

function partyOf(
  view: TokenView,
  cls: PredicateClass,
  trigger: number,
  owners: ReadonlyMap<number, TroopOwner>,
): string | null {
  switch (cls.party) {
    case 'troops': {
      // The troops before the trigger are its subject ("North Korean soldiers were prepared to join
      // Russian forces"); those after are its object.
      const owner =
        nearestOwner(owners, trigger, 20, 'before', true) ?? nearestOwner(owners, trigger, 4, 'after', true);
      if (owner !== null) return owner;
      const stem = view.tokens[trigger]?.stem ?? '';
      if (cls.id === 'deploy' && SUBJECT_TRIGGERS.has(stem)) return subjectOf(view, trigger, 5);
      // Praising "the soldiers" or holding positions: the speaker's own side, unless named otherwise.
      if (cls.id === 'praise' || cls.id === 'hold') return view.speaker;
      return pronounSubject(view, trigger);
    }
    case 'subject':
      return subjectOf(view, trigger, 6, cls.id === 'control') ?? nearestOwner(owners, trigger, 6, 'before');
    case 'object': {
      const after = nearestOwner(owners, trigger, 10, 'after');
      const byAgent = agentAfterBy(view, trigger, false);
      if (after !== null && after !== byAgent) return after;
      return nearestOwner(owners, trigger, 10, 'before');
    }
  }
}

const SPEAKER_PRONOUNS = new Set(['we', 'our', 'us', 'it', 'its', 'they', 'their']);

/**
 * A pronoun right before the trigger ("they withdrew", "it has sent"): the speaker. Not "he" or "she":
 * a person (a captured soldier, a diplomat) is not the state whose troops are at issue.
 */
function pronounSubject(view: TokenView, trigger: number): string | null {
  const span = view.spans.find(
    (s) => s.kind === 'pronoun' && SPEAKER_PRONOUNS.has(s.id) && s.last < trigger && trigger - s.last <= 4,
  );
  return span === undefined ? null : actorOf(view, span);
}

/** "North Korean troops were in Russia's Kursk region": owned troops, then "in" and a place or country. */
function presenceFrame(view: TokenView, owners: ReadonlyMap<number, TroopOwner>): ClaimFrame | null {
  const { tokens, spans } = view;
  for (const [index, { owner, governed }] of owners) {
    if (governed) continue;
    for (let i = index + 1; i <= index + 5 && i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token === undefined || token.kind === 'punct') break;
      if (!PRESENCE_PREPOSITIONS.has(token.norm)) {
        if (COPULAS.has(token.norm) || token.kind === 'number') continue;
        break;
      }
      const where = spans.find((s) => s.first > i && s.first <= i + 2);
      if (where && (where.kind === 'place' || (where.kind === 'actor' && where.id !== owner))) {
        return {
          predicate: 'deploy',
          party: owner,
          place: null,
          negated: negatedAt(tokens, index) || negatedAt(tokens, i),
          start: token.start,
          end: token.end,
          entailed: false,
        };
      }
    }
  }
  return null;
}

/** "X was the first to release footage of Y": the claimant and what it claims to have done first. */
function readPriority(view: TokenView, contextPlaces: readonly string[]): ClaimFrame | null {
  const { tokens, spans } = view;
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    if (tokens[i]?.norm !== 'first' || tokens[i - 1]?.norm !== 'the' || tokens[i + 1]?.norm !== 'to')
      continue;
    const before = spans.filter((s) => s.last < i - 1 && (s.kind === 'actor' || s.kind === 'pronoun'));
    const claimantSpan = before[before.length - 1];
    const claimant =
      claimantSpan === undefined
        ? view.speaker
        : claimantSpan.kind === 'actor'
          ? claimantSpan.id
          : view.speaker;
    const rest = tokens.slice(i + 2);
    const restView: TokenView = {
      tokens: rest,
      spans: conceptSpans(rest),
      speaker: claimant,
    };
    const claimed = readFrames(restView, contextPlaces).find((f) => !f.entailed) ?? null;
    return {
      predicate: 'priority',
      party: claimant,
      place: null,
      negated: negatedAt(tokens, i - 1),
      start: tokens[i - 1]?.start ?? 0,
      end: tokens[i + 1]?.end ?? 0,
      entailed: false,
      claimant,
      claimed,
    };
  }
  return null;
}

function withEntailed(frames: ClaimFrame[]): ClaimFrame[] {
  const out = [...frames];
  for (const frame of frames) {
    const cls = PREDICATE_CLASSES.find((c) => c.id === frame.predicate);
    if (!cls?.entailsDeploy || frame.party === null || frame.negated) continue;
    const deploy: ClaimFrame = { ...frame, predicate: 'deploy', place: null, entailed: true };
    if (!out.some((f) => sameKey(f, deploy))) out.push(deploy);
  }
  return out;
}

function sameKey(a: ClaimFrame, b: ClaimFrame): boolean {
  return a.predicate === b.predicate && a.party === b.party && a.place === b.place && a.negated === b.negated;
}

function requirementsIn(view: TokenView, contextPlaces: readonly string[]): Set<string> {
  const has = new Set<string>();
  for (const span of view.spans) {
    if (span.kind === 'troops') has.add('troops').add('engagement');
    if (span.kind === 'war') has.add('engagement');
    if (span.kind === 'place' || span.kind === 'territory') has.add('territory');
  }
  if (view.tokens.some((t) => WEAPON_WORDS.has(t.stem))) has.add('weapons');
  if (contextPlaces.length > 0) has.add('territory');
  return has;
}

/** Token index ranges where a trigger of `cls` matches, allowing one word between a phrase's words. */
function triggerMatches(tokens: readonly ClaimToken[], cls: PredicateClass): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    for (const phrase of cls.triggers) {
      if (tokens[i]?.stem !== phrase[0]) continue;
      let at = i;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k += 1) {
        if (tokens[at + 1]?.stem === phrase[k]) at += 1;
        else if (tokens[at + 2]?.stem === phrase[k] && tokens[at + 1]?.kind === 'word') at += 2;
        else ok = false;
      }
      if (ok) {
        found.push([i, at]);
        break;
      }
    }
  }
  return found;
}

/** A negator among the `reach` tokens before token `index` (not "not only", "not yet"). */
function negatedAt(tokens: readonly ClaimToken[], index: number, reach = 4): boolean {
  for (let i = Math.max(0, index - reach); i < index; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (!NEGATORS.has(token.norm) && !token.norm.endsWith("n't")) continue;
    const next = tokens[i + 1]?.norm;
    if (next === 'only' || next === 'yet') continue;
    return true;
  }
  return false;
}

/** A negated acknowledgement ("has not confirmed") or a condition ("if such a thing exists"). */
function neutrality(tokens: readonly ClaimToken[]): ContentReading['neutral'] {
  if (tokens.some((t) => CONDITIONAL.has(t.norm))) return 'conditional';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || !META_VERBS.has(token.stem)) continue;
    if (negatedAt(tokens, i)) return 'unconfirmed';
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => t.stem === 'declin' || t.stem === 'refus')) {
      return 'unconfirmed';
    }
  }
  return null;
}

const REFERENCE_NOUNS = new Set(
  [
    'claim',
    'claims',
    'report',
    'reports',
    'rumor',
    'rumors',
    'allegation',
    'allegations',
    'story',
    'stories',
  ].map(stemWord),
);

function opensWithReference(tokens: readonly ClaimToken[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').slice(0, 3);
  return words.some((t) => REFERENCE_NOUNS.has(t.stem)) && !tokens.some((t) => t.norm === 'that');
}

export type { ConceptSpan };
