// Evidence events: reported facts (captures, footage, documents, admissions) that bear on a proposition.

import type { PartialDate } from '../../domain/document.js';

export type EvidenceKind =
  'physical evidence' | 'official report' | 'official admission' | 'footage' | 'document';

export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'physical evidence',
  'official report',
  'official admission',
  'footage',
  'document',
];

/** A fact a document reports in its own voice (not as somebody's statement), with its date and source. */
export interface EvidenceEvent {
  /** The clause that reports the fact, as written ("Ukrainian forces captured two North Korean soldiers in Kursk"). */
  what: string;
  /** When it happened, from the text resolved against the publication date; null when the text gives none. */
  on: PartialDate | null;
  /** Offsets of `what` in the document text. */
  start: number;
  end: number;
  kind: EvidenceKind;
  /**
   * Who produced or showed the fact: the actor id of the releaser or of the side that holds the evidence
   * when the text names it, else the post's author or the outlet (id or name), else null.
   */
  source: string | null;
}
