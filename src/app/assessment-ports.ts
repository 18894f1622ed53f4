// The storage ports of assessment: the linker's persisted state, linked claims, analyst decisions, the
// materialized views (propositions, status histories, track records) and framing counts.

import type { AnalystDecision } from '../assess/analyst-decisions.js';
import type { StatusChange } from '../assess/status-history.js';
import type { PropositionRow } from '../assess/assessment.js';
import type { SourceOutcome, SourceRecord } from '../assess/track-records.js';
import type { FramingCount } from '../assess/framing-record.js';
import type { FramingProfile } from '../extract/framing/framing-profile.js';
import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import type { LinkDelta, LinkerSnapshot } from '../link/linker-state.js';
import type { Claim, Link, LinkResult, Proposition } from '../link/proposition.js';

/**
 * A view "as of" a day: documents published by `day` (a month once it is over); with `logged`, only
 * those the log also held by the end of that day. Null is the current view: everything held.
 */
export interface AsOf {
  day: string;
  logged: boolean;
}

/** The key of a view in the store: '' (current), 'YYYY-MM-DD' or 'YYYY-MM-DD/logged'. */
export function viewKey(asOf: AsOf | null): string {
  if (asOf === null) return '';
  return asOf.logged ? `${asOf.day}/logged` : asOf.day;
}

/** A track-record source: an actor id, or an outlet (its actor id, else its name). */
export interface SourceKey {
  kind: 'actor' | 'outlet';
  source: string;
}

/** The linker's tables. Implementations MUST write in the caller's transaction. */
export interface LinkerRepository {
  /**
   * Takes the linker's lock until the caller's transaction ends (concurrent linkers wait here) and
   * returns the state's version.
   */
  lock(): Promise<number>;
  /** The state's version, without locking. */
  version(): Promise<number>;
  /** Everything a Linker needs to continue (see Linker.restore), read without touching a document. */
  snapshot(): Promise<LinkerSnapshot>;
  /**
   * Writes what a batch's linking produced: claims (with `evidence` events by claim id), propositions,
   * links (a link already stored is kept as it is), the state changes, and marks `documentIds` as
   * assessed. Bumps the version and returns it.
   */
  writeDelta(
    delta: LinkDelta,
    evidence: ReadonlyMap<string, EvidenceEvent>,
    documentIds: readonly string[],
  ): Promise<number>;
  /** Bumps the version (after an analyst decision) and returns it. */
  bumpVersion(): Promise<number>;
  /** Stores propositions an analyst decision created (a split), outside linking's state. */
  addDerived(propositions: readonly Proposition[]): Promise<void>;
  /** Marks propositions as merged into another, so linking sends their claims there. */
  setMergedInto(ids: readonly string[], into: string): Promise<void>;
  /** The log index of each of these stored documents (null when not logged). */
  logIndexes(ids: readonly string[]): Promise<Map<string, number | null>>;
  /** Stored documents not yet assessed, oldest first, at most `limit`. */
  unassessedDocuments(limit: number): Promise<string[]>;
}

/** Read access to what linking stored. */
export interface LinkedClaimsRepository {
  /**
   * Propositions (as linking created them: merges are decisions, applied when read), their links and
   * the claims of those links known as of `asOf` (all when null).
   */
  subset(propositionIds: readonly string[], asOf: AsOf | null): Promise<LinkResult>;
  /** Every proposition, and the claims known as of `asOf` (all when null) with their links. */
  all(asOf: AsOf | null): Promise<LinkResult>;
  /** The claims of these ids (those stored and known as of `asOf`). */
  claims(ids: readonly string[], asOf: AsOf | null): Promise<Claim[]>;
  /** The links of these ids (those stored). */
  links(ids: readonly string[]): Promise<Link[]>;
  /** The links of these claims. */
  linksOfClaims(claimIds: readonly string[]): Promise<Link[]>;
  /** Propositions of these ids (those stored). */
  propositions(ids: readonly string[]): Promise<Proposition[]>;
  /** Ids of `kind` starting with `prefix`, at most `limit` (to resolve short ids and say when one is ambiguous). */
  idsWithPrefix(kind: 'proposition' | 'link' | 'claim', prefix: string, limit: number): Promise<string[]>;
  /** What retrieval indexes: propositions and statements, with their dates, known as of `asOf`. */
  retrievalItems(asOf: AsOf | null): Promise<RetrievalItem[]>;
  /**
   * The live propositions each statement of a document is linked to (through its own claim or a claim it
   * reports), analyst link decisions and merges applied, rejected links left out; by statement ordinal.
   */
  statementPropositions(documentId: string): Promise<StatementProposition[]>;
}

/** One link of a document's statement to a proposition, as the reader shows it. */
export interface StatementProposition {
  /** The statement's position in its document's extraction. */
  ordinal: number;
  /** True when the link is of a claim the statement reports (someone else's), not the speaker's own. */
  reported: boolean;
  id: string;
  text: string;
  polarity: Link['polarity'];
  state: Exclude<Link['state'], 'rejected'>;
}

export interface RetrievalItem {
  kind: 'proposition' | 'statement';
  id: string;
  text: string;
  /** When it was first supported (a proposition) or said (a statement). */
  on: string | null;
  /** For a statement: its speaker and document. */
  speaker: { text: string; actor: string | null } | null;
  documentId: string | null;
}

/** An analyst decision as stored, with the log leaf it became. */
export interface StoredDecision {
  id: string;
  decision: AnalystDecision;
  logIndex: number | null;
}

export interface DecisionRepository {
  /** Stores a decision (append-only). Throws Conflict when the id exists. */
  insert(id: string, decision: AnalystDecision): Promise<void>;
  setLogIndex(id: string, logIndex: number): Promise<void>;
  /** Every decision, in the order made. */
  list(): Promise<StoredDecision[]>;
}

/** The materialized answers. Implementations MUST write in the caller's transaction. */
export interface AssessmentViewRepository {
  /** Whether a view exists (the current one always does). */
  exists(asOf: AsOf | null): Promise<boolean>;
  /** Creates an as-of view with its rows (replacing one that exists). */
  saveView(
    asOf: AsOf,
    rows: readonly PropositionRow[],
    records: readonly SourceRecord[],
    profiles: readonly (SourceKey & { profile: FramingProfile })[],
  ): Promise<void>;
  /** Drops the as-of views of `day` and later (a document or decision known by then arrived). */
  invalidateFrom(day: string): Promise<void>;
  /**
   * Replaces the current view's rows, histories and source outcomes of these propositions; returns the
   * sources whose outcomes changed (before or after), for `refreshSources`.
   */
  replacePropositions(
    ids: readonly string[],
    rows: readonly PropositionRow[],
    histories: ReadonlyMap<string, readonly StatusChange[]>,
    outcomes: readonly SourceOutcome[],
  ): Promise<SourceKey[]>;
  /** Adds statement counts to the current view's source records (creating rows as needed). */
  addStatements(counts: readonly (SourceKey & { name: string; statements: number })[]): Promise<void>;
  /** Recomputes the current view's outcome counts, accuracy and median lead of these sources. */
  refreshSources(sources: readonly (SourceKey & { name: string })[]): Promise<void>;
  /** The listing of a view, by first support then id. */
  listPropositions(asOf: AsOf | null): Promise<PropositionRow[]>;
  /** The current view's status history of a proposition. */
  statusHistory(id: string): Promise<StatusChange[]>;
  /** The records of a view, with framing profiles where there are; `source` narrows to one id. */
  listSources(
    asOf: AsOf | null,
    source?: string,
  ): Promise<(SourceRecord & { framing: FramingProfile | null })[]>;
  /** The current view's outcomes of one source. */
  outcomesOf(kind: 'actor' | 'outlet', source: string): Promise<SourceOutcome[]>;
}

export type { FramingCount };

export interface FramingRepository {
  add(counts: readonly FramingCount[]): Promise<void>;
  /** Counts of these sources (all when null) known as of `asOf` (all when null), summed over the days known. */
  counts(
    sources: readonly SourceKey[] | null,
    asOf: AsOf | null,
  ): Promise<Omit<FramingCount, 'knownBy' | 'loggedBy'>[]>;
  /** Replaces the current view's profiles of these sources. */
  replaceProfiles(profiles: readonly (SourceKey & { profile: FramingProfile })[]): Promise<void>;
}

/** Assessment's repositories, bound to one connection or transaction (see Store.assessment). */
export interface AssessmentStore {
  linker: LinkerRepository;
  linked: LinkedClaimsRepository;
  decisions: DecisionRepository;
  views: AssessmentViewRepository;
  framing: FramingRepository;
}
