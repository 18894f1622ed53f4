// The propositions, claims and links linking has produced, with what changed since the last drain.

import { contentId } from './content-id.js';
import type { HoldRecord, LinkDelta, LinkerSnapshot, PropositionState } from './linker-state.js';
import { compareDates } from './partial-date.js';
import { PropositionIndex, type IndexedProposition } from './proposition-index.js';
import type { Claim, Link, LinkBasis, Polarity, Proposition } from './proposition.js';

/** A new proposition: what it is, what founded it, and what matching needs to know of it. */
export interface NewProposition {
  proposition: Proposition;
  terms: Map<string, number>;
  actors: readonly string[];
  numbers: readonly number[];
  claimedKey: string | null;
  foundingText: string;
  foundingOrigin: string | null;
  documentId: string;
}

interface Founding {
  text: string;
  origin: string | null;
}

export class PropositionRegistry {
  readonly index = new PropositionIndex();
  private readonly entries: IndexedProposition[] = [];
  private readonly founding = new Map<string, Founding>();
  private readonly linked = new Set<string>();
  /** Everything produced, for `result()`; left empty when the caller drains instead. */
  private readonly claims: Claim[] = [];
  private readonly links: Link[] = [];
  private pending = emptyDelta();
  private readonly pendingTerms = new Map<string, number>();
  private readonly pendingFirstSupport = new Set<string>();

  /** `retain`: keep every claim and link for `all()`; a long-running session drains instead. */
  constructor(private readonly retain = true) {}

  /** Rebuilds the state a snapshot describes; call before anything else is added. */
  restore(snapshot: LinkerSnapshot): void {
    this.index.restoreTermCounts(snapshot.claimsSeen, snapshot.termCounts);
    const ordered = [...snapshot.propositions].sort((a, b) => a.seq - b.seq);
    for (const state of ordered) {
      const entry = this.index.add(
        {
          proposition: { ...state.proposition },
          terms: new Map(state.terms),
          actors: state.actors,
          numbers: state.numbers,
          documents: new Set(),
          firstSupportOn: state.firstSupportOn,
          claimedKey: state.claimedKey,
        },
        state.norm,
      );
      this.entries.push(entry);
      this.founding.set(state.proposition.id, { text: state.foundingText, origin: state.foundingOrigin });
    }
  }

  get(id: string): IndexedProposition | undefined {
    return this.index.get(id);
  }

  foundingOf(id: string): Founding {
    return this.founding.get(id) ?? { text: '', origin: null };
  }

  addClaim(claim: Claim): void {
    if (this.retain) this.claims.push(claim);
    this.pending.claims.push(claim);
  }

  /** Counts a claim's terms for IDF and records the increment. */
  countTerms(terms: readonly string[]): void {
    for (const term of this.index.countTerms(terms))
      this.pendingTerms.set(term, (this.pendingTerms.get(term) ?? 0) + 1);
    this.pending.claimsSeen += 1;
  }

  addHold(hold: HoldRecord): void {
    this.pending.holds.push(hold);
  }

  create(input: NewProposition): IndexedProposition {
    const entry = this.index.add({
      proposition: input.proposition,
      terms: input.terms,
      actors: input.actors,
      numbers: input.numbers,
      documents: new Set([input.documentId]),
      firstSupportOn: null,
      claimedKey: input.claimedKey,
    });
    this.entries.push(entry);
    this.founding.set(input.proposition.id, { text: input.foundingText, origin: input.foundingOrigin });
    this.pending.propositions.push(input.proposition.id);
    this.pendingFirstSupport.add(input.proposition.id);
    return entry;
  }

  /**
   * Links a claim to a proposition once (a second link of the same pair is ignored). Returns true when
   * the link moved the proposition's earliest support earlier (or gave it its first).
   */
  addLink(
    claim: Claim,
    target: IndexedProposition,
    polarity: Polarity,
    basis: LinkBasis,
    score: number,
    documentId: string,
  ): boolean {
    const key = `${claim.id}\u0000${target.proposition.id}`;
    if (this.linked.has(key)) return false;
    this.linked.add(key);
    target.documents.add(documentId);
    let earlier = false;
    if (polarity === 'supports' && claim.on !== null) {
      if (target.firstSupportOn === null || compareDates(claim.on, target.firstSupportOn) < 0) {
        target.firstSupportOn = claim.on;
        this.pendingFirstSupport.add(target.proposition.id);
        earlier = true;
      }
    }
    const link: Link = {
      id: contentId('l', claim.id, target.proposition.id),
      claimId: claim.id,
      propositionId: target.proposition.id,
      polarity,
      state: 'suggested',
      basis,
      score: Math.round(score * 1000) / 1000,
    };
    if (this.retain) this.links.push(link);
    this.pending.links.push(link);
    return earlier;
  }

  /** Every claim, proposition and link so far (claims and links only when retained). */
  all(): { claims: Claim[]; propositions: Proposition[]; links: Link[] } {
    return {
      claims: [...this.claims],
      propositions: this.entries.map((e) => ({ ...e.proposition })),
      links: [...this.links],
    };
  }

  /** What changed since the previous drain (or the start), and starts a new delta. */
  drain(): LinkDelta {
    const delta = this.pending;
    const out: LinkDelta = {
      claims: delta.claims,
      propositions: delta.propositions.map((id) => this.state(id)),
      links: delta.links,
      firstSupport: [...this.pendingFirstSupport].map((id) => ({
        id,
        firstSupportOn: this.index.get(id)?.firstSupportOn ?? null,
      })),
      termCounts: [...this.pendingTerms],
      claimsSeen: delta.claimsSeen,
      holds: delta.holds,
    };
    this.pending = emptyDelta();
    this.pendingTerms.clear();
    this.pendingFirstSupport.clear();
    return out;
  }

  private state(id: string): PropositionState {
    const entry = this.index.get(id);
    if (entry === undefined) throw new Error(`linker: no proposition ${id}`);
    const founding = this.foundingOf(id);
    return {
      proposition: { ...entry.proposition },
      seq: entry.order,
      terms: [...entry.terms],
      actors: [...entry.actors],
      numbers: [...entry.numbers],
      claimedKey: entry.claimedKey,
      foundingText: founding.text,
      foundingOrigin: founding.origin,
      firstSupportOn: entry.firstSupportOn,
      norm: entry.norm ?? 1,
    };
  }
}

interface PendingDelta {
  claims: Claim[];
  propositions: string[];
  links: Link[];
  claimsSeen: number;
  holds: HoldRecord[];
}

function emptyDelta(): PendingDelta {
  return { claims: [], propositions: [], links: [], claimsSeen: 0, holds: [] };
}
