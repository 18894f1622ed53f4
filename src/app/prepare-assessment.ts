// What assessing a document reads that depends on nothing stored: computed ahead, on an extraction worker.

import type { Extraction } from '../domain/extraction.js';
import type { DocumentInput } from '../domain/document.js';
import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import { findEvidenceEvents } from '../extract/evidence/find-evidence-events.js';
import { prepareDocument, type PreparedDocument } from '../link/prepare-document.js';
import type { LinkDocument } from '../link/proposition.js';
import type { AssessmentParts } from './assessment-parts.js';

/** A document as assessment reads it before linking. */
export type AssessInput = Pick<DocumentInput, 'text' | 'kind' | 'publishedAt' | 'outlet' | 'author'> & {
  id: string;
};

/** A document's evidence events and its reading for the linker: plain data, the same in any thread. */
export interface AssessmentPreparation {
  evidence: EvidenceEvent[];
  linking: PreparedDocument;
}

/**
 * The link document for `document` (statements numbered as the store numbers them), with its evidence
 * events. `logIndex` is the document's leaf index when it is logged.
 */
export function linkDocumentOf(
  document: AssessInput,
  extraction: Extraction,
  parts: Pick<AssessmentParts, 'outletOf'>,
  logIndex: number | null,
  evidence?: readonly EvidenceEvent[],
): LinkDocument {
  const outlet = parts.outletOf(document);
  return {
    id: document.id,
    publishedAt: document.publishedAt,
    logIndex,
    outlet,
    text: document.text,
    // The store numbers a document's statements in order (pg-document-repository).
    statements: extraction.statements.map((s, ordinal) => ({ ...s, id: `${document.id}:${ordinal}` })),
    evidence:
      evidence ??
      findEvidenceEvents({
        text: document.text,
        kind: document.kind,
        publishedAt: document.publishedAt,
        outlet,
        statements: extraction.statements,
        dates: extraction.dates,
        mentions: extraction.mentions,
      }),
  };
}

/** Finds `document`'s evidence events and reads it for the linker (pure; see `prepareDocument`). */
export function prepareAssessment(
  document: AssessInput,
  extraction: Extraction,
  parts: Pick<AssessmentParts, 'outletOf' | 'sides'>,
): AssessmentPreparation {
  const linkDocument = linkDocumentOf(document, extraction, parts, null);
  return {
    evidence: [...(linkDocument.evidence ?? [])],
    linking: prepareDocument(linkDocument, parts.sides),
  };
}
