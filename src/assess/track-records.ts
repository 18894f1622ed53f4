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
  statements: StatementCounts,
  resolutions: ReadonlyMap<string, Resolution>,
  names: Readonly<Record<string, string>> = {},
): SourceRecord[] {
  // kind → source → proposition → positions, without building a string key per position.
  const grouped: Record<SourceKind, Map<string, Map<string, Position[]>>> = {
    actor: new Map(),
    outlet: new Map(),
  };
  for (const p of positions) {
    let bySource = grouped[p.kind].get(p.source);
    if (!bySource) {
      bySource = new Map();
      grouped[p.kind].set(p.source, bySource);
    }
    const list = bySource.get(p.propositionId);
    if (list) list.push(p);
    else bySource.set(p.propositionId, [p]);
  }
  const rows: SourceRecord[] = [];
  for (const kind of ['actor', 'outlet'] as const) {
    const sources = new Set([...(statements[kind]?.keys() ?? []), ...grouped[kind].keys()]);
    for (const source of sources) {
      const row = { right: 0, wrong: 0, reversed: 0, pending: 0 };
      const leads: number[] = [];
      for (const [propositionId, list] of grouped[kind].get(source) ?? []) {
        const resolution = resolutions.get(propositionId);
        const outcome = outcomeOf(list, resolution);
        row[outcome] += 1;
        if (outcome === 'right' && resolution?.status === 'confirmed' && resolution.resolvedOn !== null) {
          const lead = leadDays(list, resolution.resolvedOn);
          if (lead !== null) leads.push(lead);
        }
      }
      rows.push({
        id: source,
        name: names[source] ?? source,
        kind,
        statements: statements[kind]?.get(source) ?? 0,
        ...row,
        accuracy: betaPosterior(row.right, row.wrong + row.reversed),
        medianLeadDays: median(leads),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'actor' ? -1 : 1) ||
      b.statements - a.statements ||
      (a.id < b.id ? -1 : 1),
  );
}

/** Statements made, per source kind and source id. */
export type StatementCounts = Partial<Record<SourceKind, ReadonlyMap<string, number>>>;

function leadDays(positions: readonly Position[], resolvedOn: string): number | null {
  let first: string | null = null;
  for (const p of positions) {
    if (p.polarity === 'supports' && p.on !== null && (first === null || compareDates(p.on, first) < 0))
      first = p.on;
  }
  if (first === null) return null;
  const lead = daysFromMiddle(first, resolvedOn);
  return lead >= 0 ? lead : null;
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
