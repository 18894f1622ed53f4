// Who was first: the earliest document supporting a proposition, and whether a priority claim holds.

import type { PartialDate } from '../domain/document.js';
import type { Claim } from '../link/proposition.js';

/** A supporting document as priority sees it. */
export interface SupportingDocument {
  claimId: string;
  documentId: string;
  publishedAt: PartialDate | null;
  logIndex: number | null;
  /** Who put it out: the evidence source, else the speaker, else the outlet. */
  source: string | null;
  outlet: string | null;
}

export type PriorityVerdict = 'borne out' | 'not borne out' | 'undetermined';

export interface PriorityCheck {
  /** The priority proposition ("X was the first to …") and the claim that made it. */
  claimant: string;
  claimedPropositionId: string | null;
  verdict: PriorityVerdict;
  why: string;
  /** The earliest supporting document by anyone. */
  earliest: SupportingDocument | null;
  /** The claimant's own earliest supporting document. */
  claimantEarliest: SupportingDocument | null;
  /** Documents by others published before the claimant's earliest (the evidence against). */
  earlierByOthers: SupportingDocument[];
}

/** Orders documents by publication day, then log index (unlogged last), then id. */
export function compareSupport(a: SupportingDocument, b: SupportingDocument): number {
  const pa = a.publishedAt ?? '9999';
  const pb = b.publishedAt ?? '9999';
  if (pa !== pb) return pa < pb ? -1 : 1;
  const la = a.logIndex ?? Number.MAX_SAFE_INTEGER;
  const lb = b.logIndex ?? Number.MAX_SAFE_INTEGER;
  if (la !== lb) return la - lb;
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
}

/** The supporting document a claim stands for. */
export function supportingDocument(claim: Claim): SupportingDocument {
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    publishedAt: claim.publishedAt,
    logIndex: claim.logIndex,
    source: claim.speaker.actor ?? claim.outlet,
    outlet: claim.outlet,
  };
}

/** The earliest of `documents` by `compareSupport`, or null. */
export function earliestSupport(documents: readonly SupportingDocument[]): SupportingDocument | null {
  let best: SupportingDocument | null = null;
  for (const d of documents) if (best === null || compareSupport(d, best) < 0) best = d;
  return best;
}

/**
 * Checks "`claimant` was the first" against the documents supporting the claimed proposition. Borne
 * out when the earliest is the claimant's and no other source's document shares its day without a log
 * index to order them; not borne out when another source's document comes strictly first; undetermined
 * when there is no supporting document besides the claim itself, or the day ties without log order.
 * `isClaimant` decides whether a source is the claimant (its id, its account name, its outlet).
 */
export function checkPriority(
  claimant: string,
  claimedPropositionId: string | null,
  supports: readonly SupportingDocument[],
  isClaimant: (source: string | null, outlet: string | null) => boolean,
): PriorityCheck {
  const documents = [...supports].sort(compareSupport);
  const earliest = documents[0] ?? null;
  const mine = documents.filter((d) => isClaimant(d.source, d.outlet));
  const claimantEarliest = mine[0] ?? null;
  const others = documents.filter((d) => !isClaimant(d.source, d.outlet));
  const earlierByOthers = claimantEarliest
    ? others.filter((d) => compareSupport(d, claimantEarliest) < 0)
    : others;
  const base = { claimant, claimedPropositionId, earliest, claimantEarliest, earlierByOthers };
  if (earliest === null) {
    return {
      ...base,
      verdict: 'undetermined',
      why: 'no document supporting the claimed proposition is on record',
    };
  }
  if (claimantEarliest === null) {
    return {
      ...base,
      verdict: 'not borne out',
      why: `no document by ${claimant} supports it; the earliest is ${describe(earliest)}`,
    };
  }
  const tied = others.filter(
    (d) =>
      d.publishedAt === claimantEarliest.publishedAt &&
      (d.logIndex === null || claimantEarliest.logIndex === null),
  );
  if (earlierByOthers.length > 0) {
    const first = earlierByOthers[0] as SupportingDocument;
    return {
      ...base,
      verdict: 'not borne out',
      why: `${describe(first)} came before ${claimant}'s ${describe(claimantEarliest)}`,
    };
  }
  if (tied.length > 0) {
    return {
      ...base,
      verdict: 'undetermined',
      why: `${describe(tied[0] as SupportingDocument)} shares the day of ${describe(claimantEarliest)} and the log cannot order them`,
    };
  }
  return {
    ...base,
    verdict: 'borne out',
    why: `${claimant}'s ${describe(claimantEarliest)} is the earliest supporting document on record`,
  };
}

function describe(d: SupportingDocument): string {
  const at = d.logIndex === null ? 'not logged' : `log index ${d.logIndex}`;
  return `document ${d.documentId} (${d.source ?? 'unknown source'}, published ${d.publishedAt ?? 'undated'}, ${at})`;
}
