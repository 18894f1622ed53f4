// What the parts of linking share: the propositions so far, sides, thresholds and the one way to add a link.

import type { SideMap } from './actor-sides.js';
import type { ControlContradictions } from './control-contradictions.js';
import type { IndexedProposition } from './proposition-index.js';
import type { PropositionRegistry } from './proposition-registry.js';
import type { Claim, LinkBasis, Polarity } from './proposition.js';

export interface LinkContext {
  readonly registry: PropositionRegistry;
  readonly sides: SideMap;
  readonly contradictions: ControlContradictions;
  /** Similarity (0..1) a claim matched by its words needs to join a proposition. */
  readonly threshold: number;
  /** Display names by actor id, for canonical texts that name a claimant. */
  readonly names: Readonly<Record<string, string>>;
  /** Links a claim to a proposition (once per pair), keeping contradictions up to date. */
  addLink(
    claim: Claim,
    target: IndexedProposition,
    polarity: Polarity,
    basis: LinkBasis,
    score: number,
    documentId: string,
  ): void;
}

export function flip(polarity: Polarity): Polarity {
  return polarity === 'supports' ? 'disputes' : 'supports';
}
