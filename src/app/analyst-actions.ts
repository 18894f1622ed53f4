// Analyst decisions: confirm or reject a link, set a status, merge or split propositions. Each is stored,
// appended to the log as a `claimlog.decision/v1` leaf, and applied to the current view, in one transaction.

import { splitPropositionId, type AnalystDecision } from '../assess/analyst-decisions.js';
import { STATUSES } from '../assess/status-rules.js';
import { Conflict, InvalidInput } from '../domain/errors.js';
import type { JsonValue } from '../log/canonical-json.js';
import type { DecisionLeafRecord } from '../log/decision-leaf.js';
import { contentId } from '../link/content-id.js';
import type { Polarity } from '../link/proposition.js';
import type { AssessmentParts } from './assessment-parts.js';
import type { LogUseCases } from './log-use-cases.js';
import { materializePropositions } from './materialize-propositions.js';
import type { Store } from './ports.js';
import { resolveId } from './resolve-id.js';

/** Who decided and why: both required, both logged. */
export interface Decider {
  by: string;
  reason: string;
}

/** A decision as recorded: its id, the leaf it became, and the propositions whose view it changed. */
export interface RecordedDecision {
  id: string;
  decision: AnalystDecision;
  logIndex: number;
  /** The size of the tree whose signed checkpoint includes the decision's leaf. */
  treeSize: number;
  propositions: string[];
}

export class AnalystActions {
  constructor(private readonly deps: { store: Store; log: LogUseCases; parts: AssessmentParts }) {}

  /** Confirms a suggested link (optionally correcting its polarity). `linkId` may be a unique prefix. */
  async confirmLink(linkId: string, decider: Decider, polarity?: Polarity): Promise<RecordedDecision> {
    const now = this.deps.parts.clock();
    const link = await this.link(linkId);
    return this.record(
      {
        kind: 'link-confirm',
        claimId: link.claimId,
        propositionId: link.propositionId,
        ...(polarity ? { polarity } : {}),
        ...this.decided(decider, now),
      },
      {
        action: 'link.confirm',
        subject: link.id,
        details: {
          claimId: link.claimId,
          propositionId: link.propositionId,
          polarity: polarity ?? link.polarity,
        },
      },
      [link.propositionId],
      now,
    );
  }

  /** Rejects a link: its claim no longer counts for or against the proposition. */
  async rejectLink(linkId: string, decider: Decider): Promise<RecordedDecision> {
    const now = this.deps.parts.clock();
    const link = await this.link(linkId);
    return this.record(
      {
        kind: 'link-reject',
        claimId: link.claimId,
        propositionId: link.propositionId,
        ...this.decided(decider, now),
      },
      {
        action: 'link.reject',
        subject: link.id,
        details: { claimId: link.claimId, propositionId: link.propositionId },
      },
      [link.propositionId],
      now,
    );
  }

  /**
   * Sets a proposition's status from `from` (default: the day of the decision) until the next such
   * decision; `status` 'none' hands it back to the rules. Throws InvalidInput for another status.
   */
  async setStatus(id: string, status: string, decider: Decider, from?: string): Promise<RecordedDecision> {
    const now = this.deps.parts.clock();
    const chosen = status === 'none' ? null : STATUSES.find((s) => s === status);
    if (chosen === undefined) {
      throw new InvalidInput(`expected a status (${STATUSES.join(', ')}, or none), found "${status}"`);
    }
    const full = await this.proposition(id);
    const decided = this.decided(decider, now);
    const on = from ?? decided.on;
    return this.record(
      { kind: 'status-set', propositionId: full, status: chosen, from: on, ...decided },
      { action: 'status.set', subject: full, details: { status: chosen ?? null, from: on } },
      [full],
      now,
    );
  }

  /** Merges the other propositions into the first: their links count for it from then on. */
  async merge(ids: readonly string[], decider: Decider): Promise<RecordedDecision> {
    const now = this.deps.parts.clock();
    const full = [...new Set(await Promise.all(ids.map((id) => this.proposition(id))))];
    const [into, ...merged] = full;
    if (into === undefined || merged.length === 0)
      throw new InvalidInput(`expected two or more different propositions to merge, found ${full.length}`);
    return this.record(
      { kind: 'merge', into, propositionIds: merged, ...this.decided(decider, now) },
      { action: 'propositions.merge', subject: into, details: { propositionIds: merged } },
      full,
      now,
      (tx) => tx.assessment.linker.setMergedInto(merged, into),
    );
  }

  /**
   * Splits the listed claims (ids or unique prefixes, each linked to the proposition) off into a new
   * proposition, named `text` (default: the original's text with "(split)").
   */
  async split(
    id: string,
    claimIds: readonly string[],
    decider: Decider,
    text?: string,
  ): Promise<RecordedDecision> {
    const now = this.deps.parts.clock();
    const full = await this.proposition(id);
    if (claimIds.length === 0)
      throw new InvalidInput('expected the claims to split off (--claims ID…), found none');
    const claims = await Promise.all(
      claimIds.map((c) => resolveId(this.deps.store.assessment.linked, 'claim', c)),
    );
    const links = await this.deps.store.assessment.linked.linksOfClaims(claims);
    const unlinked = claims.filter((c) => !links.some((l) => l.claimId === c && l.propositionId === full));
    if (unlinked.length > 0)
      throw new InvalidInput(`claims ${unlinked.join(', ')} are not linked to proposition ${full}`);
    return this.record(
      {
        kind: 'split',
        propositionId: full,
        claimIds: claims,
        text: text ?? null,
        ...this.decided(decider, now),
      },
      { action: 'propositions.split', subject: full, details: { claimIds: claims, text: text ?? null } },
      [full, splitPropositionId(full, claims)],
      now,
    );
  }

  private async record(
    decision: AnalystDecision,
    leaf: { action: string; subject: string; details: { readonly [key: string]: JsonValue } },
    propositions: string[],
    now: Date,
    effect?: (tx: Store) => Promise<void>,
  ): Promise<RecordedDecision> {
    const record: DecisionLeafRecord = {
      ...leaf,
      by: decision.by,
      reason: decision.reason,
      decidedAt: now.toISOString(),
    };
    const id = contentId('d', JSON.stringify(record));
    const { logIndex, treeSize } = await this.deps.store.transaction(async (tx) => {
      await tx.assessment.decisions.insert(id, decision);
      const appended = await this.deps.log.writer.appendDecision(tx, id, record);
      await tx.assessment.decisions.setLogIndex(id, appended.logIndex);
      // After the log's lock, as ingest takes them: linking and decisions never interleave.
      await tx.assessment.linker.lock();
      await effect?.(tx);
      await materializePropositions(tx, propositions, this.deps.parts);
      await tx.assessment.views.invalidateFrom(decision.on);
      await tx.assessment.linker.bumpVersion();
      return { logIndex: appended.logIndex, treeSize: appended.logIndex + 1 };
    });
    await this.deps.log.publishTiles();
    return { id, decision, logIndex, treeSize, propositions };
  }

  private decided(decider: Decider, now: Date): { by: string; reason: string; on: string } {
    const by = decider.by.trim();
    const reason = decider.reason.trim();
    if (by === '') throw new InvalidInput('expected who decides (--by NAME), found an empty name');
    if (reason === '') throw new InvalidInput('expected why (--reason TEXT), found an empty reason');
    return { by, reason, on: now.toISOString().slice(0, 10) };
  }

  private async proposition(id: string): Promise<string> {
    const full = await resolveId(this.deps.store.assessment.linked, 'proposition', id);
    const [p] = await this.deps.store.assessment.linked.propositions([full]);
    if (p?.mergedInto)
      throw new Conflict(`proposition ${full} was merged into ${p.mergedInto}; use that one`);
    return full;
  }

  private async link(id: string) {
    const full = await resolveId(this.deps.store.assessment.linked, 'link', id);
    const [link] = await this.deps.store.assessment.linked.links([full]);
    if (!link) throw new InvalidInput(`no link ${full}`);
    return link;
  }
}
