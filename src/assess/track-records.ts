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

/**
 * One outcome per source and proposition. For a confirmed (refuted) proposition, a source whose words
 * all supported (disputed) it is right; one whose first word was wrong but whose latest is right has
 * reversed (denied, then admitted); one whose latest word is wrong is wrong. Any other status is
 * pending. `statements` counts what each source said, linked or not. Rows are sorted by kind, then
 * statements (most first), then id.
 */
export function trackRecords(
  positions: readonly Position[],
  statements: ReadonlyMap<string, { kind: SourceKind; count: number }>,
  resolutions: ReadonlyMap<string, Resolution>,
  names: Readonly<Record<string, string>> = {},
): SourceRecord[] {
  const grouped = new Map<string, Position[]>();
  for (const p of positions) {
    const key = `${p.kind}\u0000${p.source}\u0000${p.propositionId}`;
    const list = grouped.get(key);
    if (list) list.push(p);
    else grouped.set(key, [p]);
  }
  const rows = new Map<string, SourceRecord & { leads: number[] }>();
  const rowOf = (kind: SourceKind, source: string): SourceRecord & { leads: number[] } => {
    const key = `${kind}\u0000${source}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        id: source,
        name: names[source] ?? source,
        kind,
        statements: statements.get(key)?.count ?? 0,
        right: 0,
        wrong: 0,
        reversed: 0,
        pending: 0,
        accuracy: betaPosterior(0, 0),
        medianLeadDays: null,
        leads: [],
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const [key, { kind }] of statements) rowOf(kind, key.split('\u0000')[1] ?? '');
  for (const list of grouped.values()) {
    const first = list[0];
    if (first === undefined) continue;
    const row = rowOf(first.kind, first.source);
    const resolution = resolutions.get(first.propositionId);
    const outcome = outcomeOf(list, resolution);
    row[outcome] += 1;
    if (outcome === 'right' && resolution?.status === 'confirmed' && resolution.resolvedOn !== null) {
      const firstSupport = list
        .filter((p) => p.polarity === 'supports' && p.on !== null)
        .map((p) => p.on as string)
        .sort(compareDates)[0];
      if (firstSupport !== undefined) {
        const lead = daysFromMiddle(firstSupport, resolution.resolvedOn);
        if (lead >= 0) row.leads.push(lead);
      }
    }
  }
  return [...rows.values()]
    .map(({ leads, ...row }) => ({
      ...row,
      accuracy: betaPosterior(row.right, row.wrong + row.reversed),
      medianLeadDays: median(leads),
    }))
    .sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === 'actor' ? -1 : 1) ||
        b.statements - a.statements ||
        (a.id < b.id ? -1 : 1),
    );
}

/** The outcome of one source's positions on one proposition (see `trackRecords`). */
export function outcomeOf(positions: readonly Position[], resolution: Resolution | undefined): Outcome {
  if (resolution?.status !== 'confirmed' && resolution?.status !== 'refuted') return 'pending';
  const truth: Polarity = resolution.status === 'confirmed' ? 'supports' : 'disputes';
  const ordered = [...positions].sort((a, b) => compareDates(a.on, b.on));
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (first === undefined || last === undefined) return 'pending';
  if (last.polarity !== truth) return 'wrong';
  return first.polarity === truth ? 'right' : 'reversed';
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
