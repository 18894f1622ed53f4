// The JSON shape of a statement as the API serves it.

import { z } from 'zod';
import { STANCES } from '../../domain/statement.js';
import { named } from '../schema-registry.js';

export const PartialDateJson = named(
  'PartialDate',
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .describe('a calendar date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const SpanJson = named(
  'Span',
  z
    .object({
      text: z.string(),
      start: z.int().min(0).describe('offset of the first character in the document text (UTF-16 units)'),
      end: z.int().min(0).describe('offset just past the last character'),
    })
    .describe('a piece of the document text'),
);

export const SpeakerJson = named(
  'Speaker',
  SpanJson.extend({
    actor: z
      .string()
      .nullable()
      .describe('canonical actor id such as "kp", or null when not in the gazetteer'),
  }),
);

export const StanceJson = named('Stance', z.enum(STANCES as ['assert', 'deny', 'confirm', 'contest']));

/** Where a document came from, beyond its outlet (syndication): added beside documents and statements. */
export const OriginFieldsJson = {
  copyOf: z.string().nullable().describe('the earlier stored document this one nearly duplicates'),
  relayedFrom: z.array(z.string()).describe('outlets the text credits as its source, other than its own'),
  revisionOf: z.string().nullable().describe("for a changed feed item, its previous version's document"),
};

export const StatementJson = named(
  'Statement',
  z
    .object({
      id: z.string().describe('"<document id>:<ordinal>"'),
      documentId: z.string(),
      outlet: z.string().nullable(),
      publishedAt: PartialDateJson.nullable().describe("the document's publication date"),
      speaker: SpeakerJson,
      cue: SpanJson.describe('the reporting verb phrase ("said", "denied")'),
      content: SpanJson.describe('what was said, quoted or paraphrased'),
      direct: z.boolean().describe('true for a direct (quoted) statement'),
      stance: StanceJson,
      hedged: z.boolean().describe('reported with distance: "reportedly", "allegedly"'),
      saidOn: PartialDateJson.nullable().describe('the day the speaker said it, when the text tells'),
      confidence: z.number().min(0).max(1),
      ...OriginFieldsJson,
    })
    .describe('an attribution found in a document: who said what, when, with which stance'),
);

export type StatementJson = z.output<typeof StatementJson>;
