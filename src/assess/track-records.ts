// Scores each actor and outlet on what became of the propositions it took a position on.

import type { PartialDate } from '../domain/document.js';
import { compareDates, daysFromMiddle } from '../link/partial-date.js';
import type { Polarity } from '../link/proposition.js';
import { betaPosterior, type Accuracy } from './beta-posterior.js';
import type { Status } from './status-rules.js';

export type SourceKind = 'actor' | 'outlet';

/** A source's word on a proposition: one linked statement or evidence event. */
export interface Position {
  source: string;
  kind: SourceKind;
  propositionId: string;
  polarity: Polarity;
  on: PartialDate | null;
}

/** What became of a proposition: its current status and the day it was confirmed or refuted. */
export interface Resolution {
  status: Status | null;
  resolvedOn: PartialDate | null;
}

export type Outcome = 'right' | 'wrong' | 'reversed' | 'pending';

export interface SourceRecord {
  id: string;
  name: string;
  kind: SourceKind;
  statements: number;
  right: number;
  wrong: number;
  reversed: number;
  pending: number;
  /** Beta(1 + right, 1 + wrong + reversed): a reversal's first position was wrong. */
  accuracy: Accuracy;
  /**
   * Median days from the source's first supporting word to the confirmation, over its right outcomes
   * (a month-precise word counts from mid-month).
   */
  medianLeadDays: number | null;
}

/** One source's outcome on one proposition, with its lead time when it was right about a confirmation. */
export interface SourceOutcome {
  kind: SourceKind;
  source: string;
  propositionId: string;
  outcome: Outcome;
  /** Days from the source's first supporting word to the confirmation; null unless right about a confirmation. */
  leadDays: number | null;
}

/**
 * One outcome per source and proposition. For a confirmed (refuted) proposition, a source whose words
 * all supported (disputed) it is right; one whose first word was wrong but whose latest is right has
 * reversed (denied, then admitted); one whose latest word is wrong is wrong. Any other status is
 * pending. `statements` counts what each source said, linked or not. Rows are sorted by kind, then
 * statements (most first), then id.
 */
export function trackRecords(
  positions: readonly Position[],
  statements: StatementCounts,
  resolutions: ReadonlyMap<string, Resolution>,
  names: Readonly<Record<string, string>> = {},
): SourceRecord[] {
  const byProposition = new Map<string, Position[]>();
  for (const p of positions) {
    const list = byProposition.get(p.propositionId);
    if (list) list.push(p);
    else byProposition.set(p.propositionId, [p]);
  }
  const outcomes: SourceOutcome[] = [];
  for (const [id, list] of byProposition) outcomes.push(...sourceOutcomes(list, resolutions.get(id)));
  return recordsFromOutcomes(outcomes, statements, names);
}

/** The outcome of every source that took a position on one proposition (positions all of that proposition). */
export function sourceOutcomes(
  positions: readonly Position[],
  resolution: Resolution | undefined,
): SourceOutcome[] {
  const bySource = new Map<string, Position[]>();
  for (const p of positions) {
    const key = `${p.kind}\u0000${p.source}`;
    const list = bySource.get(key);
    if (list) list.push(p);
    else bySource.set(key, [p]);
  }
  const out: SourceOutcome[] = [];
  for (const list of bySource.values()) {
    const first = list[0] as Position;
    const { earliest, latest } = earliestAndLatest(list);
    out.push(
      standOutcome(
        {
          kind: first.kind,
          source: first.source,
          propositionId: first.propositionId,
          first: earliest?.polarity ?? null,
          last: latest?.polarity ?? null,
          firstSupportOn: firstSupportOn(list),
        },
        resolution,
      ),
    );
  }
  return out;
}

/**
 * What an outcome reads of one source's positions on one proposition: the polarity of its first and of
 * its latest word by date (undated last; on the same date, the one given first is first), and the day of
 * its first supporting word (null when none is dated). `first` and `last` are null when it has none.
 */
export interface SourceStand {
  kind: SourceKind;
  source: string;
  propositionId: string;
  first: Polarity | null;
  last: Polarity | null;
  firstSupportOn: PartialDate | null;
}

/** The outcome of one source's stand on a proposition (see `trackRecords`). */
export function standOutcome(stand: SourceStand, resolution: Resolution | undefined): SourceOutcome {
  const outcome = outcomeOfStand(stand, resolution);
  const confirmedOn =
    outcome === 'right' && resolution?.status === 'confirmed' ? resolution.resolvedOn : null;
  return {
    kind: stand.kind,
    source: stand.source,
    propositionId: stand.propositionId,
    outcome,
    leadDays: confirmedOn === null ? null : leadDays(stand.firstSupportOn, confirmedOn),
  };
}

/** One source's counts of outcomes and the lead times of its right calls: what a record is built from. */
export interface OutcomeTally {
  right: number;
  wrong: number;
  reversed: number;
  pending: number;
  /** Median of the lead times, or null when it has none. */
  medianLeadDays: number | null;
}

/** A source's record from its tally: the Beta posterior counts a reversal's first word as wrong. */
export function sourceRecord(
  kind: SourceKind,
  id: string,
  name: string,
  statements: number,
  tally: OutcomeTally,
): SourceRecord {
  return {
    id,
    name,
    kind,
    statements,
    right: tally.right,
    wrong: tally.wrong,
    reversed: tally.reversed,
    pending: tally.pending,
    accuracy: betaPosterior(tally.right, tally.wrong + tally.reversed),
    medianLeadDays: tally.medianLeadDays,
  };
}

/** Records from outcomes, one per source with statements or outcomes, sorted as `trackRecords` says. */
export function recordsFromOutcomes(
  outcomes: readonly SourceOutcome[],
  statements: StatementCounts,
  names: Readonly<Record<string, string>> = {},
): SourceRecord[] {
  const tallies: Record<SourceKind, Map<string, { tally: OutcomeTally; leads: number[] }>> = {
    actor: new Map(),
    outlet: new Map(),
  };
  const tallyOf = (kind: SourceKind, source: string) => {
    let entry = tallies[kind].get(source);
    if (!entry) {
      entry = { tally: { right: 0, wrong: 0, reversed: 0, pending: 0, medianLeadDays: null }, leads: [] };
      tallies[kind].set(source, entry);
    }
    return entry;
  };
  for (const o of outcomes) {
    const entry = tallyOf(o.kind, o.source);
    entry.tally[o.outcome] += 1;
    if (o.leadDays !== null) entry.leads.push(o.leadDays);
  }
  const rows: SourceRecord[] = [];
  for (const kind of ['actor', 'outlet'] as const) {
    for (const [source] of statements[kind] ?? []) tallyOf(kind, source);
    for (const [source, { tally, leads }] of tallies[kind]) {
      tally.medianLeadDays = median(leads);
      rows.push(
        sourceRecord(kind, source, names[source] ?? source, statements[kind]?.get(source) ?? 0, tally),
      );
    }
  }
  return sortRecords(rows);
}

/** By kind (actors first), then statements (most first), then id. */
export function sortRecords(rows: SourceRecord[]): SourceRecord[] {
  return rows.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'actor' ? -1 : 1) ||
      b.statements - a.statements ||
      (a.id < b.id ? -1 : 1),
  );
}

/** Statements made, per source kind and source id. */
export type StatementCounts = Partial<Record<SourceKind, ReadonlyMap<string, number>>>;

function firstSupportOn(positions: readonly Position[]): PartialDate | null {
  let first: PartialDate | null = null;
  for (const p of positions) {
    if (p.polarity === 'supports' && p.on !== null && (first === null || compareDates(p.on, first) < 0))
      first = p.on;
  }
  return first;
}

function leadDays(firstSupport: PartialDate | null, resolvedOn: string): number | null {
  if (firstSupport === null) return null;
  const lead = daysFromMiddle(firstSupport, resolvedOn);
  return lead >= 0 ? lead : null;
}

/** The first and last of `positions` by date (undated last), the one given first first on the same date. */
function earliestAndLatest(positions: readonly Position[]): { earliest?: Position; latest?: Position } {
  let earliest: Position | undefined;
  let latest: Position | undefined;
  for (const p of positions) {
    if (earliest === undefined || compareDates(p.on, earliest.on) < 0) earliest = p;
    if (latest === undefined || compareDates(p.on, latest.on) >= 0) latest = p;
  }
  return earliest === undefined || latest === undefined ? {} : { earliest, latest };
}

/** The outcome of one source's positions on one proposition (see `trackRecords`). */
export function outcomeOf(positions: readonly Position[], resolution: Resolution | undefined): Outcome {
  const { earliest, latest } = earliestAndLatest(positions);
  return outcomeOfStand({ first: earliest?.polarity ?? null, last: latest?.polarity ?? null }, resolution);
}

function outcomeOfStand(
  stand: Pick<SourceStand, 'first' | 'last'>,
  resolution: Resolution | undefined,
): Outcome {
  if (resolution?.status !== 'confirmed' && resolution?.status !== 'refuted') return 'pending';
  const truth: Polarity = resolution.status === 'confirmed' ? 'supports' : 'disputes';
  if (stand.first === null || stand.last === null) return 'pending';
  if (stand.last !== truth) return 'wrong';
  return stand.first === truth ? 'right' : 'reversed';
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
