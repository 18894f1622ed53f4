// The queries analysts ask of linked claims — propositions, timelines, sources, priority — as of a date.

import type { PartialDate } from '../domain/document.js';
import type { Stance } from '../domain/statement.js';
import { createSideMap, type SideMap } from '../link/actor-sides.js';
import { compareDates, knownBy } from '../link/partial-date.js';
import type { Claim, Link, LinkResult, Polarity, Proposition } from '../link/proposition.js';
import { applyDecisions, type AnalystDecision } from './analyst-decisions.js';
import {
  checkPriority,
  earliestSupport,
  supportingDocument,
  type PriorityCheck,
  type SupportingDocument,
} from './priority.js';
import { PropositionDigest, speakerOrigins } from './proposition-digest.js';
import { statusHistory, type StatusChange, type StatusOverride } from './status-history.js';
import type { Status } from './status-rules.js';
import { countStatements } from './source-positions.js';
import {
  recordsFromOutcomes,
  type Resolution,
  type SourceOutcome,
  type SourceRecord,
} from './track-records.js';

export interface AssessOptions {
  /** `YYYY-MM-DD`: use only documents known (published and logged) by then, and decisions made by then. */
  asOf?: string | null;
  sides?: SideMap;
  decisions?: readonly AnalystDecision[];
  /** Display names by actor or outlet id. */
  names?: Readonly<Record<string, string>>;
}

/** `claimlog propositions --json`: one row per proposition. */
export interface PropositionRow {
  id: string;
  text: string;
  status: Status | null;
  firstSupportedOn: PartialDate | null;
  supports: number;
  disputes: number;
}

/** `claimlog timeline ID --json`. */
export interface Timeline {
  proposition: { id: string; text: string };
  status: StatusChange[];
  entries: {
    on: PartialDate | null;
    speaker: { text: string; actor: string | null };
    outlet: string | null;
    stance: Stance;
    polarity: Polarity;
    documentId: string;
    logIndex: number | null;
    /** Beyond the contract: the link (for `claimlog link confirm|reject`), its state and basis, the claim's words. */
    linkId: string;
    claimId: string;
    state: Link['state'];
    basis: Link['basis'];
    text: string;
  }[];
  evidence: {
    on: PartialDate | null;
    what: string;
    documentId: string;
    /** Beyond the contract: as for entries. */
    kind: string | null;
    linkId: string;
    polarity: Polarity;
    logIndex: number | null;
  }[];
}

export interface Assessment {
  readonly asOf: string | null;
  /** Propositions with at least one live link, by first support day then id. */
  propositions(): PropositionRow[];
  proposition(id: string): Proposition | null;
  statusHistory(id: string): StatusChange[];
  /** The status now (or as of), or null when nothing is known. */
  status(id: string): Status | null;
  /** Null when the id is unknown or merged away. */
  timeline(id: string): Timeline | null;
  sources(): SourceRecord[];
  /** The earliest document supporting a proposition, by publication day then log index. */
  firstSupport(id: string): SupportingDocument | null;
  /** For a priority proposition ("X was the first to …"): whether the record bears it out. */
  checkPriority(id: string): PriorityCheck | null;
  /** The live links of a proposition with their claims. */
  linksOf(id: string): { link: Link; claim: Claim }[];
  /** What became of a proposition: its status and the day it was confirmed or refuted. */
  resolution(id: string): Resolution;
  /** Each source's outcome on a proposition (what `sources` aggregates). */
  outcomes(id: string): SourceOutcome[];
}

/**
 * An as-of view over linked claims. Claims count when their document is known by `asOf` (publication
 * and, when given, logging day; an undated document is never known "by" a date); rejected links and
 * merged-away propositions never count; analyst decisions made by `asOf` apply. Everything is derived
 * on demand and cached, so building the view is linear in the result and each query touches one
 * proposition (the `sources` query touches all of them once).
 */
export function assess(linked: LinkResult, options: AssessOptions = {}): Assessment {
  const asOf = options.asOf ?? null;
  const sides = options.sides ?? createSideMap();
  const names = options.names ?? {};
  const { result, overrides } = applyDecisions(linked, options.decisions ?? [], asOf);
  const claims = new Map<string, Claim>();
  for (const claim of result.claims)
    if (asOf === null || knownBy(claim.knownOn, asOf)) claims.set(claim.id, claim);
  const propositions = new Map(result.propositions.map((p) => [p.id, p]));
  const byProposition = new Map<string, { link: Link; claim: Claim }[]>();
  const digests = new Map<string, PropositionDigest>();
  const originOf = speakerOrigins(sides);
  for (const link of result.links) {
    const claim = claims.get(link.claimId);
    const proposition = propositions.get(link.propositionId);
    if (!claim || !proposition || proposition.mergedInto !== null || link.state === 'rejected') continue;
    const list = byProposition.get(link.propositionId);
    if (list) list.push({ link, claim });
    else byProposition.set(link.propositionId, [{ link, claim }]);
    let digest = digests.get(link.propositionId);
    if (!digest) {
      digest = new PropositionDigest(link.propositionId, sides, originOf);
      digests.set(link.propositionId, digest);
    }
    digest.add(link, claim);
  }
  for (const [id, list] of byProposition) byProposition.set(id, byClaimDate(list));

  const histories = new Map<string, StatusChange[]>();
  const historyOf = (id: string): StatusChange[] => {
    const cached = histories.get(id);
    if (cached) return cached;
    const party = propositions.get(id)?.party ?? null;
    const overridden = overridesFor(overrides, id);
    const history =
      digests.get(id)?.statusHistory(party, overridden) ??
      statusHistory([], { origin: party, side: party === null ? 'unknown' : sides.side(party) }, overridden);
    histories.set(id, history);
    return history;
  };

  // A proposition exists as of a date once a claim linked to it (or the one that founded it) is known: a
  // document linked later can report what was said before the founding claim.
  const live = (id: string): Proposition | null => {
    const p = propositions.get(id);
    return p && p.mergedInto === null && (claims.has(p.foundedBy) || byProposition.has(id)) ? p : null;
  };
  const resolutionOf = (id: string): Resolution => resolutionFrom(live(id) ? historyOf(id) : []);
  const outcomesOf = (id: string): SourceOutcome[] =>
    live(id) ? (digests.get(id)?.outcomes(resolutionOf(id)) ?? []) : [];

  let sources: SourceRecord[] | null = null;
  const supportsOf = (id: string): SupportingDocument[] =>
    (byProposition.get(id) ?? [])
      .filter((e) => e.link.polarity === 'supports')
      .map((e) => supportingDocument(e.claim));

  return {
    asOf,
    propositions() {
      const rows: PropositionRow[] = [];
      for (const [id, digest] of digests) {
        const p = live(id);
        if (p) rows.push(propositionRow(p, digest, historyOf(id)));
      }
      return rows.sort(compareRows);
    },
    proposition: live,
    statusHistory: (id) => (live(id) ? historyOf(id) : []),
    status(id) {
      const history = live(id) ? historyOf(id) : [];
      return history[history.length - 1]?.status ?? null;
    },
    timeline(id) {
      const p = live(id);
      if (!p) return null;
      const entries = byProposition.get(id) ?? [];
      return {
        proposition: { id: p.id, text: p.text },
        status: historyOf(id),
        entries: entries
          .filter((e) => e.claim.kind !== 'evidence')
          .map(({ link, claim }) => ({
            on: claim.on,
            speaker: { text: claim.speaker.text, actor: claim.speaker.actor },
            outlet: claim.outlet,
            stance: claim.stance ?? 'assert',
            polarity: link.polarity,
            documentId: claim.documentId,
            logIndex: claim.logIndex,
            linkId: link.id,
            claimId: claim.id,
            state: link.state,
            basis: link.basis,
            text: claim.text,
          })),
        evidence: entries
          .filter((e) => e.claim.kind === 'evidence')
          .map(({ link, claim }) => ({
            on: claim.on,
            what: claim.text,
            documentId: claim.documentId,
            kind: claim.evidenceKind,
            linkId: link.id,
            polarity: link.polarity,
            logIndex: claim.logIndex,
          })),
      };
    },
    sources() {
      if (sources === null) {
        const outcomes: SourceOutcome[] = [];
        for (const id of byProposition.keys()) outcomes.push(...outcomesOf(id));
        sources = recordsFromOutcomes(outcomes, countStatements(claims.values(), sides), names);
      }
      return sources;
    },
    firstSupport: (id) => (live(id) ? earliestSupport(supportsOf(id)) : null),
    checkPriority(id) {
      const p = live(id);
      if (!p?.priority) return null;
      const claimed = p.priority.propositionId;
      // The priority claims themselves are not evidence of who was first.
      const priorityClaims = new Set((byProposition.get(id) ?? []).map((e) => e.claim.id));
      const supports =
        claimed === null ? [] : supportsOf(claimed).filter((d) => !priorityClaims.has(d.claimId));
      const claimant = p.priority.claimant;
      const claimantName = names[claimant];
      return checkPriority(claimant, claimed, supports, (source, outlet) =>
        [source, outlet].some(
          (s) => s !== null && (s === claimant || (claimantName !== undefined && s === claimantName)),
        ),
      );
    },
    linksOf: (id) => [...(byProposition.get(id) ?? [])],
    resolution: resolutionOf,
    outcomes: outcomesOf,
  };
}

/** What became of a proposition with this status history. */
export function resolutionFrom(history: readonly StatusChange[]): Resolution {
  const last = history[history.length - 1];
  const resolved = last && (last.status === 'confirmed' || last.status === 'refuted') ? last.from : null;
  return { status: last?.status ?? null, resolvedOn: resolved };
}

/** A proposition's listing row from its digest and status history. */
export function propositionRow(
  proposition: Proposition,
  digest: PropositionDigest,
  history: readonly StatusChange[],
): PropositionRow {
  return {
    id: proposition.id,
    text: proposition.text,
    status: history[history.length - 1]?.status ?? null,
    firstSupportedOn: digest.firstSupportedOn,
    supports: digest.supports,
    disputes: digest.disputes,
  };
}

/** The order of `propositions()`: by first support day (none last), then id. */
export function compareRows(a: PropositionRow, b: PropositionRow): number {
  return compareDates(a.firstSupportedOn, b.firstSupportedOn) || (a.id < b.id ? -1 : 1);
}

/**
 * `entries` in claim date order (undated last), in their given order within a date: a stable sort that
 * groups by date, as the claims of a large proposition fall on few dates.
 */
function byClaimDate(entries: { link: Link; claim: Claim }[]): { link: Link; claim: Claim }[] {
  const byDate = new Map<PartialDate | null, { link: Link; claim: Claim }[]>();
  for (const entry of entries) {
    const list = byDate.get(entry.claim.on);
    if (list) list.push(entry);
    else byDate.set(entry.claim.on, [entry]);
  }
  if (byDate.size <= 1) return entries;
  return [...byDate.keys()].sort(compareDates).flatMap((date) => byDate.get(date) ?? []);
}

function overridesFor(overrides: ReadonlyMap<string, StatusOverride[]>, id: string): StatusOverride[] {
  return overrides.get(id) ?? [];
}
