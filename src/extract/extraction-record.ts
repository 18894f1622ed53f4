// The JSON record `claimlog extract --json` prints for one report: the output contract of issue 2.

import type { Extraction } from '../domain/extraction.js';

export interface ExtractionRecord {
  id: string | null;
  document: Record<string, unknown>;
  statements: {
    speaker: { text: string; actor: string | null };
    cue: { text: string };
    content: { text: string; start: number; end: number };
    direct: boolean;
    stance: string;
    hedged: boolean;
    saidOn: string | null;
    confidence: number;
  }[];
  dates: { text: string; start: number; end: number; value: string | null }[];
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
    statements: extraction.statements.map((s) => ({
      speaker: { text: s.speaker.text, actor: s.speaker.actor },
      cue: { text: s.cue.text },
      content: { text: s.content.text, start: s.content.start, end: s.content.end },
      direct: s.direct,
      stance: s.stance,
      hedged: s.hedged,
      saidOn: s.saidOn,
      confidence: s.confidence,
    })),
    dates: extraction.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value })),
  };
}
