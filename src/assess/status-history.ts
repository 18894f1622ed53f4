// Replays a proposition's dated supports, disputes and evidence through the status rules, keeping every change.

import type { PartialDate } from '../domain/document.js';
import type { EvidenceKind } from '../extract/evidence/evidence-event.js';
import type { Side } from '../link/actor-sides.js';
import { compareDates, periodEnd } from '../link/partial-date.js';
import type { Polarity } from '../link/proposition.js';
import { applyStatusRules, type OriginStanding, type Status, type StatusEvidence } from './status-rules.js';

/** One dated input: a linked statement or evidence event, as the rules see it. */
export interface StatusInput {
  /** When it was said or happened (event time), not when it was published. */
  on: PartialDate;
  polarity: Polarity;
  /** The speaker's (or evidence source's) origin, or null when unknown. */
  origin: string | null;
  side: Side;
  /** How the speaker is named in the why-texts (an actor id, else the speaker's words). */
  name: string;
  evidenceKind: EvidenceKind | null;
  /** For evidence, the clause reporting it. */
  what: string;
}

/** An analyst's status, in force from `from` until the next override; `status: null` hands back to the rules. */
export interface StatusOverride {
  from: PartialDate;
  status: Status | null;
  by: string;
  reason: string;
}

export interface StatusChange {
  from: PartialDate;
  status: Status;
  why: string;
}

/** Who a proposition is about: the party whose conduct it asserts. */
export interface StatusSubject {
  origin: string | null;
  side: Side;
}

/**
 * The status history of one proposition: the inputs are replayed day by day in event order (a month
 * such as "2025-01" counts from its last day), the rules applied after each day, and a change kept
 * whenever the status changes. Overrides win from their day until the next override; an override with
 * status null returns to the derived status. The subject defaults to the first supporter's origin, so
 * a party's claim about itself reads as a self-claim. An input identical to an earlier one changes
 * nothing, so many repeats of the same words cost little. Pure; the caller filters inputs to what was
 * known by its as-of date.
 */
export function statusHistory(
  inputs: readonly StatusInput[],
  subject: StatusSubject,
  overrides: readonly StatusOverride[] = [],
): StatusChange[] {
  // A coarse date counts from the end of its period: "in April" is established by the end of April,
  // not on April 1. Within a day, disputes before supports: a report of an old denial dated the day of
  // the admission must not read as the latest word.
  const sorted = distinct(inputs).sort(
    (a, b) =>
      compareByEnd(a.on, b.on) || (a.polarity === b.polarity ? 0 : a.polarity === 'disputes' ? -1 : 1),
  );
  const days = [...new Set([...sorted.map((i) => i.on), ...overrides.map((o) => o.from)])].sort(compareByEnd);
  const orderedOverrides = [...overrides].sort((a, b) => compareDates(a.from, b.from));
  const standings = new Map<string, OriginStanding>();
  const evidence: StatusEvidence = {
    subject: subject.origin,
    subjectSide: subject.side,
    claimantSide: null,
    standings,
    physicalFor: null,
    physicalAgainst: null,
    anySupport: false,
    anyDispute: false,
  };
  const history: StatusChange[] = [];
  let next = 0;
  let override: StatusOverride | null = null;
  for (const day of days) {
    for (; next < sorted.length && sorted[next]?.on === day; next += 1) {
      const input = sorted[next];
      if (input) absorb(evidence, input);
    }
    for (const o of orderedOverrides) if (o.from === day) override = o.status === null ? null : o;
    const active: StatusOverride | null = override;
    const outcome = active
      ? { status: active.status as Status, why: () => `set by ${active.by}: ${active.reason}` }
      : applyStatusRules(evidence);
    if (outcome === null) continue;
    const last = history[history.length - 1];
    if (last?.status !== outcome.status)
      history.push({ from: day, status: outcome.status, why: outcome.why() });
  }
  return history;
}

/**
 * `inputs` without repeats, first occurrences in order. A repeat shares its first occurrence's day and
 * polarity, so it is absorbed after it on the same day with only inputs of that polarity between them,
 * and `absorb` then finds its origin's standing, name, first word, latest polarity and the claimant's side
 * already as it would leave them: dropping it leaves every day's evidence, and so the history, as it was.
 */
function distinct(inputs: readonly StatusInput[]): StatusInput[] {
  const seen = new Set<string>();
  const out: StatusInput[] = [];
  for (const input of inputs) {
    const key = statusInputKey(input);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input);
  }
  return out;
}

/** Equal for two inputs exactly when the rules cannot tell them apart. */
export function statusInputKey(input: StatusInput): string {
  // `what` is read only for physical evidence (the first of each polarity).
  const what = input.evidenceKind === 'physical evidence' ? input.what : '';
  return `${input.on}\u0000${input.polarity}\u0000${input.origin ?? '\u0001'}\u0000${input.side}\u0000${input.name}\u0000${input.evidenceKind ?? '\u0001'}\u0000${what}`;
}

/** By the last day of each period, then the finer date first ("2025-04-30" before "2025-04"). */
function compareByEnd(a: PartialDate, b: PartialDate): number {
  const ea = periodEnd(a);
  const eb = periodEnd(b);
  if (ea !== eb) return ea < eb ? -1 : 1;
  return b.length - a.length || compareDates(a, b);
}

function absorb(evidence: StatusEvidence, input: StatusInput): void {
  if (input.evidenceKind === 'physical evidence') {
    const fact = { on: input.on, what: input.what };
    if (input.polarity === 'supports') evidence.physicalFor ??= fact;
    else evidence.physicalAgainst ??= fact;
    return;
  }
  if (input.polarity === 'supports') evidence.anySupport = true;
  else evidence.anyDispute = true;
  const key = input.origin ?? `?${input.name}`;
  const standings = evidence.standings as Map<string, OriginStanding>;
  let standing = standings.get(key);
  if (!standing) {
    standing = {
      origin: key,
      side: input.origin === null ? 'unknown' : input.side,
      names: [],
      firstSupport: null,
      firstDispute: null,
      latest: input.polarity,
    };
    standings.set(key, standing);
  }
  if (!standing.names.includes(input.name)) standing.names.push(input.name);
  if (input.polarity === 'supports') standing.firstSupport ??= input.on;
  else standing.firstDispute ??= input.on;
  standing.latest = input.polarity;
  if (input.polarity === 'supports' && evidence.claimantSide === null && standing.side !== 'unknown') {
    evidence.claimantSide = standing.side;
    if (evidence.subject === null) {
      evidence.subject = standing.origin;
      evidence.subjectSide = standing.side;
    }
  }
}
