// Recomputes the current view of the propositions a batch or decision touched: status histories,
// listing rows, each source's outcome on them, and the records of the sources whose outcomes moved.

import type { AnalystDecision } from '../assess/analyst-decisions.js';
import {
  assess,
  compareRows,
  propositionRow,
  resolutionFrom,
  type Assessment,
  type PropositionRow,
} from '../assess/assessment.js';
import { applicableDecisions, decisionFamily, decisionPropositions } from '../assess/decision-scope.js';
import type { StatusChange } from '../assess/status-history.js';
import type { SourceOutcome } from '../assess/track-records.js';
import type { LinkResult } from '../link/proposition.js';
import type { AsOf, SourceKey } from './assessment-ports.js';
import type { AssessmentParts } from './assessment-parts.js';
import type { Store } from './ports.js';
import type { PropositionSubsetCache } from './proposition-subset-cache.js';

/** The claims, propositions and links that decide `ids`, with the decisions that apply to them. */
export interface DecidedSubset {
  linked: LinkResult;
  decisions: AnalystDecision[];
}

/**
 * Reads what `ids` depend on: every proposition merges and splits tie them to, their links and claims
 * (those known as of `asOf`), and the claims that link decisions name. Decisions made after `asOf`
 * are left to `assess`, which applies only those made by then. With `cache`, what it holds is not read again.
 */
export async function readDecidedSubset(
  store: Store,
  ids: Iterable<string>,
  asOf: AsOf | null,
  decisions?: readonly AnalystDecision[],
  cache?: PropositionSubsetCache,
): Promise<DecidedSubset> {
  const all = decisions ?? (await store.assessment.decisions.list()).map((d) => d.decision);
  const family = decisionFamily(all, ids);
  const linked = cache
    ? await cache.subset(store, family)
    : await store.assessment.linked.subset([...family], asOf);
  const named = all.flatMap((d) =>
    (d.kind === 'link-confirm' || d.kind === 'link-reject') && family.has(d.propositionId) ? [d.claimId] : [],
  );
  const known = named.length > 0 ? new Set(linked.claims.map((c) => c.id)) : new Set<string>();
  const missing = [...new Set(named)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const extra = await store.assessment.linked.claims(missing, asOf);
    linked.claims.push(...extra);
  }
  return { linked, decisions: applicableDecisions(all, linked) };
}

/** An as-of (or current) view over a decided subset. */
export function assessSubset(subset: DecidedSubset, parts: AssessmentParts, asOf: AsOf | null): Assessment {
  return assess(subset.linked, {
    asOf: asOf?.day ?? null,
    decisions: subset.decisions,
    sides: parts.sides,
    names: parts.names,
  });
}

/**
 * Brings the current view of `ids` (and the propositions decisions tie to them) up to date in `store`'s
 * transaction, and refreshes the records of every source whose outcome on them was or is now counted.
 * Propositions that decisions created (a split) are stored first. Returns the sources refreshed.
 * `cache` (the linking session's) spares reading propositions it already holds.
 */
export async function materializePropositions(
  store: Store,
  ids: Iterable<string>,
  parts: AssessmentParts,
  cache?: PropositionSubsetCache,
): Promise<SourceKey[]> {
  const decisions = (await store.assessment.decisions.list()).map((d) => d.decision);
  const current =
    (cache && (await undecidedView(store, ids, decisions, parts, cache))) ??
    (await decidedView(store, ids, decisions, parts, cache));
  const { family, rows, histories, outcomes } = current;
  const replaced = [...family, ...rows.map((r) => r.id)];
  const sources = await store.assessment.views.replacePropositions(replaced, rows, histories, outcomes);
  await store.assessment.views.refreshSources(
    sources.map((s) => ({ ...s, name: parts.names[s.source] ?? s.source })),
  );
  return sources;
}

/** The current view of some propositions, as `materializePropositions` stores it. */
interface CurrentView {
  /** The propositions read (those asked for and those decisions tie to them). */
  family: Set<string>;
  rows: PropositionRow[];
  histories: Map<string, StatusChange[]>;
  outcomes: SourceOutcome[];
}

/** The view through `assess`, decisions applied; propositions decisions created are stored first. */
async function decidedView(
  store: Store,
  ids: Iterable<string>,
  decisions: readonly AnalystDecision[],
  parts: AssessmentParts,
  cache: PropositionSubsetCache | undefined,
): Promise<CurrentView> {
  const subset = await readDecidedSubset(store, ids, null, decisions, cache);
  const view = assessSubset(subset, parts, null);
  const family = new Set(subset.linked.propositions.map((p) => p.id));
  const rows: PropositionRow[] = view.propositions();
  const derived = rows.filter((r) => !family.has(r.id)).map((r) => view.proposition(r.id));
  await store.assessment.linker.addDerived(derived.flatMap((p) => (p === null ? [] : [p])));
  const histories = new Map<string, StatusChange[]>();
  const outcomes: SourceOutcome[] = [];
  for (const row of rows) {
    histories.set(row.id, view.statusHistory(row.id));
    outcomes.push(...view.outcomes(row.id));
  }
  return { family, rows, histories, outcomes };
}

/**
 * The same view from the digests `cache` keeps, when no decision names any of the propositions (the
 * usual case at ingest): each proposition then stands alone, and its digest folds in only the links
 * added since the last batch. Null when the cache cannot answer or a decision applies.
 */
async function undecidedView(
  store: Store,
  ids: Iterable<string>,
  decisions: readonly AnalystDecision[],
  parts: AssessmentParts,
  cache: PropositionSubsetCache,
): Promise<CurrentView | null> {
  const family = decisionFamily(decisions, ids);
  if (decisions.some((d) => decisionPropositions(d).some((id) => family.has(id)))) return null;
  const digested = await cache.digests(store, family, parts.sides);
  if (digested === null) return null;
  const rows: PropositionRow[] = [];
  const histories = new Map<string, StatusChange[]>();
  const outcomes = new Map<string, SourceOutcome[]>();
  for (const { id, proposition, digest } of digested) {
    // Live as `assess` has it: not merged away, with a live link.
    if (proposition === null || proposition.mergedInto !== null || digest.supports + digest.disputes === 0)
      continue;
    const history = digest.statusHistory(proposition.party, []);
    rows.push(propositionRow(proposition, digest, history));
    histories.set(id, history);
    outcomes.set(id, digest.outcomes(resolutionFrom(history)));
  }
  rows.sort(compareRows);
  return {
    family: new Set(digested.flatMap((d) => (d.proposition === null ? [] : [d.id]))),
    rows,
    histories: new Map(rows.map((r) => [r.id, histories.get(r.id) ?? []])),
    outcomes: rows.flatMap((r) => outcomes.get(r.id) ?? []),
  };
}
