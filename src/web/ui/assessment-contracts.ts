// The JSON shapes of assessment answers (propositions, timelines, sources, "who was first", similar claims,
// decisions) as the UI reads them: the output types of the API's own schemas, so the two never drift.

import type { z } from 'zod';
import type {
  DecisionJson,
  FirstSupportJson,
  PropositionRowJson,
  SimilarJson,
  SourceRecordJson,
  StatusJson,
  TimelineJson,
} from '../../api/schemas/assessment-json.js';

export type Status = z.output<typeof StatusJson>;
export type PropositionRow = z.output<typeof PropositionRowJson>;
export type Timeline = z.output<typeof TimelineJson>;
export type TimelineEntry = Timeline['entries'][number];
export type EvidenceEntry = Timeline['evidence'][number];
export type SourceRecord = z.output<typeof SourceRecordJson>;
export type FramingProfile = NonNullable<SourceRecord['framing']>;
/** The earliest logged document supporting a proposition, and where its proof and leaf can be downloaded. */
export type FirstSupport = z.output<typeof FirstSupportJson>;
export type Similar = z.output<typeof SimilarJson>;
export type Decision = z.output<typeof DecisionJson>;

/** Every status an analyst may set; `none` hands the proposition back to the rules. */
export const SETTABLE_STATUSES = [
  'none',
  'alleged',
  'denied',
  'contested',
  'corroborated',
  'confirmed',
  'refuted',
  'single-source',
] as const satisfies readonly (Status | 'none')[];
