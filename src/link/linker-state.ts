// What the linker keeps between documents, as plain JSON values: a store can persist it and rebuild a linker.

import type { PartialDate } from '../domain/document.js';
import type { Claim, Link, Proposition } from './proposition.js';

/** A proposition with what matching needs to know of it, as persisted. */
export interface PropositionState {
  /** The proposition, its canonical text included. */
  proposition: Proposition;
  /** Creation order (0, 1, 2, …), for deterministic ties between equally good matches. */
  seq: number;
  /** Term frequencies of its founding claim (for propositions matched by their words). */
  terms: [string, number][];
  actors: string[];
  numbers: number[];
  /** For priority propositions: the key of the claimed frame. */
  claimedKey: string | null;
  /** The words of the claim that founded it, and that claim's speaker's origin when it supported it. */
  foundingText: string;
  foundingOrigin: string | null;
  /** Event date of its earliest supporting claim. */
  firstSupportOn: PartialDate | null;
  /** Norm of its TF-IDF vector when it was indexed. */
  norm: number;
}

/**
 * A claim that a side still holds positions somewhere ("our units still hold positions near Sudzha"),
 * kept so a later claim of control over those places is disputed by it, whichever arrives first.
 */
export interface HoldRecord {
  claimId: string;
  documentId: string;
  /** Origin of the side that says it holds them. */
  origin: string | null;
  /** The places it names, with the regions they lie in. */
  places: string[];
  on: PartialDate | null;
}

/** Everything a linker needs to continue where another left off (see `Linker.restore`). */
export interface LinkerSnapshot {
  /** How many claims have been read (the N of inverse document frequencies). */
  claimsSeen: number;
  /** In how many claims each term occurs. */
  termCounts: Iterable<readonly [string, number]>;
  /** Every proposition, in creation order. */
  propositions: readonly PropositionState[];
  holds: readonly HoldRecord[];
}

/** What linking added since the previous drain: exactly what a store must write to keep up. */
export interface LinkDelta {
  claims: Claim[];
  /** Propositions created, in creation order. */
  propositions: PropositionState[];
  links: Link[];
  /** Propositions whose earliest supporting date changed (new ones included). */
  firstSupport: { id: string; firstSupportOn: PartialDate | null }[];
  /** Increments of `termCounts`. */
  termCounts: [string, number][];
  /** Increment of `claimsSeen`. */
  claimsSeen: number;
  holds: HoldRecord[];
}

/** A snapshot with nothing in it: the state of a new linker. */
export function emptySnapshot(): LinkerSnapshot & { termCounts: Map<string, number> } {
  return { claimsSeen: 0, termCounts: new Map(), propositions: [], holds: [] };
}

/**
 * The snapshot after `delta`: what a store holds once it has written the delta. Pure: returns a new
 * snapshot and leaves both arguments as they were.
 */
export function applyDelta(snapshot: LinkerSnapshot, delta: LinkDelta): LinkerSnapshot {
  const termCounts = new Map(snapshot.termCounts);
  for (const [term, n] of delta.termCounts) termCounts.set(term, (termCounts.get(term) ?? 0) + n);
  const firstSupport = new Map(delta.firstSupport.map((f) => [f.id, f.firstSupportOn]));
  const withFirst = (state: PropositionState): PropositionState => {
    const first = firstSupport.get(state.proposition.id);
    return first === undefined ? state : { ...state, firstSupportOn: first };
  };
  return {
    claimsSeen: snapshot.claimsSeen + delta.claimsSeen,
    termCounts,
    propositions: [...snapshot.propositions, ...delta.propositions].map(withFirst),
    holds: [...snapshot.holds, ...delta.holds],
  };
}
