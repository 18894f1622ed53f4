// The records linking produces: claims (statements and evidence), propositions, and the links between them.

import type { PartialDate } from '../domain/document.js';
import type { Stance, Statement } from '../domain/statement.js';
import type { EvidenceEvent, EvidenceKind } from '../extract/evidence/evidence-event.js';
import type { PredicateId } from './predicate-lexicon.js';

/** A statement as the linker takes it: the extractor's statement, optionally with the id the store gave it. */
export interface LinkStatement extends Statement {
  id?: string;
}

/** One document's extraction, with what the linker needs to know of the document itself. */
export interface LinkDocument {
  id: string;
  publishedAt: PartialDate | null;
  /** The day the log took the document in, when known; a document counts as known from the later of the two. */
  loggedOn?: PartialDate | null;
  logIndex: number | null;
  /** The outlet's actor id when resolved, else its name; for a post, its author. */
  outlet: string | null;
  text: string;
  statements: readonly LinkStatement[];
  evidence?: readonly EvidenceEvent[];
}

/**
 * What links to a proposition: a statement, a claim embedded in a statement ("Russian claims of full
 * control": Russia's own claim, reported by its opponent), or an evidence event.
 */
export type ClaimKind = 'statement' | 'embedded' | 'evidence';

export interface Claim {
  id: string;
  kind: ClaimKind;
  documentId: string;
  logIndex: number | null;
  publishedAt: PartialDate | null;
  /** The day from which the claim is known: the later of publication and logging; null when neither is known. */
  knownOn: PartialDate | null;
  /** When it was said or happened: `saidOn`, the evidence date, else the publication date. */
  on: PartialDate | null;
  /** Who said it (for evidence: its source). `actor` is an actor id, or null when unresolved. */
  speaker: { text: string; actor: string | null };
  outlet: string | null;
  /** The statement's stance; null for evidence. */
  stance: Stance | null;
  evidenceKind: EvidenceKind | null;
  hedged: boolean;
  /** The content (or the evidence clause) and its offsets in the document. */
  text: string;
  start: number;
  end: number;
  /** For an embedded claim, the statement that reported it. */
  parent: string | null;
}

export type Polarity = 'supports' | 'disputes';
export type LinkState = 'suggested' | 'confirmed' | 'rejected';

/**
 * Why a link was made. `match`: the claim matched the proposition; `new`: the claim founded it;
 * `reference`: a denial pointing at an earlier claim ("a claim dismissed as rumours"); `embedded`: the
 * owner of an embedded claim; `entailed`: implied by a narrower claim (a capture implies deployment);
 * `contradiction`: asserts something the proposition cannot coexist with; `analyst`: set by a person.
 */
export type LinkBasis = 'match' | 'new' | 'reference' | 'embedded' | 'entailed' | 'contradiction' | 'analyst';

export interface Link {
  id: string;
  claimId: string;
  propositionId: string;
  polarity: Polarity;
  state: LinkState;
  basis: LinkBasis;
  /** How strongly the claim matched, 0..1 (1 for founding and analyst links). */
  score: number;
}

export interface Proposition {
  id: string;
  /** A readable canonical statement of what is claimed. */
  text: string;
  predicate: PredicateId;
  /** Origin id of the party whose conduct the proposition is about: for an allegation, the accused. */
  party: string | null;
  place: string | null;
  /** The claim that founded it. */
  foundedBy: string;
  /** Set when an analyst merged it into another proposition. */
  mergedInto: string | null;
  /** For a priority claim ("X was the first to …"): the claimant and the proposition it claims priority on. */
  priority: { claimant: string; propositionId: string | null } | null;
}

/** The output of linking: every claim read, every proposition, every link. */
export interface LinkResult {
  claims: Claim[];
  propositions: Proposition[];
  links: Link[];
}
