// The JSON record `claimlog extract --json` prints for one report: the output contract of issue 2.
// Fields may be added (offsets of speaker and cue, quantities, mentions, framing), never renamed or dropped.

import type { Extraction } from '../domain/extraction.js';

export interface ExtractionRecord extends Extraction {
  id: string | null;
  document: Record<string, unknown>;
}

/** Shapes one report's extraction as the `extract --json` line; `document` is passed through as given. */
export function toExtractionRecord(
  id: string | null,
  document: Record<string, unknown>,
  extraction: Extraction,
): ExtractionRecord {
  return {
    id,
    document,
    statements: extraction.statements,
    dates: extraction.dates,
    quantities: extraction.quantities,
    mentions: extraction.mentions,
    framing: extraction.framing,
  };
}
