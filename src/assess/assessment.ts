// The queries analysts ask of linked claims — propositions, timelines, sources, priority — as of a date.

import type { PartialDate } from '../domain/document.js';
import type { Stance } from '../domain/statement.js';
import { createSideMap, type SideMap } from '../link/actor-sides.js';
import { firstActorIn } from '../link/concept-spans.js';
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
import { statusHistory, type StatusChange, type StatusInput, type StatusOverride } from './status-history.js';
import type { Status } from './status-rules.js';
import {
  trackRecords,
  type Position,
  type Resolution,
  type SourceKind,
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
  }[];
  evidence: { on: PartialDate | null; what: string; documentId: string }[];
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
  for (const link of result.links) {
    const claim = claims.get(link.claimId);
    const proposition = propositions.get(link.propositionId);
    if (!claim || !proposition || proposition.mergedInto !== null || link.state === 'rejected') continue;
    const list = byProposition.get(link.propositionId);
    if (list) list.push({ link, claim });
    else byProposition.set(link.propositionId, [{ link, claim }]);
  }
  for (const list of byProposition.values()) list.sort((a, b) => compareDates(a.claim.on, b.claim.on));

  const originOf = (claim: Claim): string | null =>
    sides.origin(claim.speaker.actor) ?? firstActorIn(claim.speaker.text);
  const histories = new Map<string, StatusChange[]>();
  const historyOf = (id: string): StatusChange[] => {
    const cached = histories.get(id);
    if (cached) return cached;
    const proposition = propositions.get(id);
    const entries = byProposition.get(id) ?? [];
    const inputs: StatusInput[] = [];
    const firstSupport = entries.find((e) => e.link.polarity === 'supports')?.claim.on ?? null;
    for (const { link, claim } of entries) {
      let on = claim.on ?? claim.knownOn;
      if (on === null) continue;
      // A contradiction ("our units still hold positions") disputes a claim only once it is made.
      if (link.basis === 'contradiction' && firstSupport !== null && compareDates(on, firstSupport) < 0)
        on = firstSupport;
      const origin = originOf(claim);
      inputs.push({
        on,
        polarity: link.polarity,
        origin,
        side: origin === null ? 'unknown' : sides.side(origin),
        name: claim.speaker.actor ?? (claim.speaker.text || 'unknown'),
        evidenceKind: claim.evidenceKind,
        what: claim.text,
      });
    }
    const party = proposition?.party ?? null;
    const history = statusHistory(
      inputs,
      { origin: party, side: party === null ? 'unknown' : sides.side(party) },
      overridesFor(overrides, id),
    );
    histories.set(id, history);
    return history;
  };

  // A proposition exists as of a date once the claim that founded it is known.
  const live = (id: string): Proposition | null => {
    const p = propositions.get(id);
    return p && p.mergedInto === null && claims.has(p.foundedBy) ? p : null;
  };

  let sources: SourceRecord[] | null = null;
  const supportsOf = (id: string): SupportingDocument[] =>
    (byProposition.get(id) ?? [])
      .filter((e) => e.link.polarity === 'supports')
      .map((e) => supportingDocument(e.claim));

  return {
    asOf,
    propositions() {
      const rows: PropositionRow[] = [];
      for (const [id, entries] of byProposition) {
        const p = live(id);
        if (!p) continue;
        const history = historyOf(id);
        const supports = entries.filter((e) => e.link.polarity === 'supports');
        rows.push({
          id,
          text: p.text,
          status: history[history.length - 1]?.status ?? null,
          firstSupportedOn: supports.map((e) => e.claim.on).sort(compareDates)[0] ?? null,
          supports: supports.length,
          disputes: entries.length - supports.length,
        });
      }
      return rows.sort(
        (a, b) => compareDates(a.firstSupportedOn, b.firstSupportedOn) || (a.id < b.id ? -1 : 1),
      );
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
          })),
        evidence: entries
          .filter((e) => e.claim.kind === 'evidence')
          .map(({ claim }) => ({ on: claim.on, what: claim.text, documentId: claim.documentId })),
      };
    },
    sources() {
      sources ??= sourceRecords(claims, byProposition, live, historyOf, sides, names);
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
  };
}

function overridesFor(overrides: ReadonlyMap<string, StatusOverride[]>, id: string): StatusOverride[] {
  return overrides.get(id) ?? [];
}

function sourceRecords(
  claims: ReadonlyMap<string, Claim>,
  byProposition: ReadonlyMap<string, { link: Link; claim: Claim }[]>,
  live: (id: string) => Proposition | null,
  historyOf: (id: string) => StatusChange[],
  sides: SideMap,
  names: Readonly<Record<string, string>>,
): SourceRecord[] {
  const statements: Record<SourceKind, Map<string, number>> = { actor: new Map(), outlet: new Map() };
  const count = (kind: SourceKind, id: string): void => {
    statements[kind].set(id, (statements[kind].get(id) ?? 0) + 1);
  };
  for (const claim of claims.values()) {
    if (claim.kind === 'evidence') continue;
    for (const actor of actorRows(claim, sides)) count('actor', actor);
    if (claim.kind === 'statement' && claim.outlet !== null) count('outlet', claim.outlet);
  }
  const positions: Position[] = [];
  const resolutions = new Map<string, Resolution>();
  for (const [id, entries] of byProposition) {
    if (!live(id)) continue;
    const history = historyOf(id);
    const last = history[history.length - 1];
    const resolved = last && (last.status === 'confirmed' || last.status === 'refuted') ? last.from : null;
    resolutions.set(id, { status: last?.status ?? null, resolvedOn: resolved });
    for (const { link, claim } of entries) {
      for (const actor of actorRows(claim, sides)) {
        positions.push({
          source: actor,
          kind: 'actor',
          propositionId: id,
          polarity: link.polarity,
          on: claim.on,
        });
      }
      // An outlet answers for what it says in its own voice: its posts, its own reporting of evidence.
      const own =
        claim.outlet !== null &&
        (claim.speaker.actor === claim.outlet || (claim.kind === 'evidence' && claim.speaker.actor === null));
      if (own && claim.outlet !== null) {
        positions.push({
          source: claim.outlet,
          kind: 'outlet',
          propositionId: id,
          polarity: link.polarity,
          on: claim.on,
        });
      }
    }
  }
  return trackRecords(positions, statements, resolutions, names);
}

/** The actor rows a claim counts for: its speaker, and the speaker's origin when that differs. */
function actorRows(claim: Claim, sides: SideMap): string[] {
  if (claim.kind === 'evidence') return [];
  const actor = claim.speaker.actor;
  if (actor === null) return [];
  const origin = sides.origin(actor);
  return origin !== null && origin !== actor ? [actor, origin] : [actor];
}
