// Reads what a claim's content asserts as frames: predicate, the party it is about, place, negation.

import { claimTerms } from './claim-terms.js';
import { claimTokens, type ClaimToken } from './claim-tokens.js';
import { conceptSpans, type ConceptSpan } from './concept-spans.js';
import { negatedAt, neutrality, opensWithReference } from './content-negation.js';
import { partyOf } from './frame-party.js';
import { keyPlace, placesOf, troopOwners, type TokenView } from './frame-roles.js';
import { triggerMatches } from './frame-triggers.js';
import {
  PREDICATE_CLASSES,
  WEAPON_WORDS,
  type PredicateClass,
  type PredicateId,
} from './predicate-lexicon.js';
import { presenceFrame } from './presence-frame.js';
import { readPriority } from './priority-frame.js';

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

/** Trigger stems that are nouns in these forms ("transport ships"), not the verb. */
const NOUN_FORMS = new Set(['ships', 'ship', 'moves', 'ranks']);

/**
 * Reads `text` (a statement's content, or the clause of an evidence event) found at `offset` in its
 * document. Every predicate the lexicon knows yields a frame, in priority order; frames that imply a
 * deployment add it (entailed). Never throws; an unreadable content has no frames. `tokens` are
 * `claimTokens(text, offset)` when the caller has them already.
 */
export function readContent(
  text: string,
  offset: number,
  context: FrameContext,
  tokens: readonly ClaimToken[] = claimTokens(text, offset),
): ContentReading {
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
  const priority = readPriority(view, contextPlaces, readFrames);
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

export type { ConceptSpan };
