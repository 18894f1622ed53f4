// The JSON shapes of documents as the API serves them: list items and one document with its extraction.

import { z } from 'zod';
import { named } from '../schema-registry.js';
import { OriginFieldsJson, PartialDateJson, SpanJson, StatementJson } from './statement-json.js';

export const SnippetJson = named(
  'Snippet',
  z
    .array(z.object({ text: z.string(), match: z.boolean() }))
    .describe('an excerpt around the words the search matched, as runs of plain and matched text'),
);

const DocumentKindJson = z.enum(['article', 'post', 'statement']);

export const DocumentSummaryJson = named(
  'DocumentSummary',
  z.object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable().describe('where it was published, as the source gave it: check the scheme'),
    publishedAt: PartialDateJson.nullable(),
    language: z.string().nullable(),
    kind: DocumentKindJson,
    logIndex: z.int().min(0).nullable().describe('index of its leaf in the Merkle log, once logged'),
    statements: z.int().min(0).describe('how many statements were found in it'),
    ...OriginFieldsJson,
    snippet: SnippetJson.optional().describe('present when the list was searched (`q`)'),
  }),
);

const FramingJson = named(
  'FramingSpan',
  SpanJson.extend({
    technique: z.string().describe('the framing technique, e.g. "loaded language", "dismissal"'),
    speaker: z.string().nullable().describe('actor id or speaker text whose words these are'),
    scareQuotes: z.boolean().optional(),
  }),
);

export const StatementPropositionJson = named(
  'StatementProposition',
  z
    .object({
      id: z.string().describe('the proposition (live: merges followed)'),
      text: z.string(),
      polarity: z.enum(['supports', 'disputes']),
      state: z.enum(['suggested', 'confirmed']).describe('rejected links are left out'),
      reported: z
        .boolean()
        .describe(
          "true when the link is of a claim the statement reports (someone else's), not the speaker's own",
        ),
    })
    .describe('a proposition a statement is linked to'),
);

export const ExtractionJson = named(
  'Extraction',
  z.object({
    statements: z.array(
      StatementJson.omit({
        id: true,
        documentId: true,
        outlet: true,
        publishedAt: true,
        copyOf: true,
        relayedFrom: true,
        revisionOf: true,
      }).extend({
        propositions: z
          .array(StatementPropositionJson)
          .optional()
          .describe('the propositions the statement is linked to (served by GET /documents/{id})'),
      }),
    ),
    dates: z.array(SpanJson.extend({ value: PartialDateJson.nullable() })),
    quantities: z.array(
      SpanJson.extend({
        value: z.number(),
        bound: z.enum(['exact', 'approximate', 'at-most', 'at-least']),
      }),
    ),
    mentions: z.array(SpanJson.extend({ actor: z.string() })),
    framing: z.array(FramingJson),
  }),
);

export const DocumentJson = named(
  'Document',
  z.object({
    id: z.string(),
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the UTF-8 text'),
    externalId: z.string().nullable(),
    kind: DocumentKindJson,
    format: z.enum(['txt', 'html', 'jsonl', 'url']),
    title: z.string().nullable(),
    author: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: PartialDateJson.nullable(),
    retrievedAt: z.string().describe('ISO 8601 instant claimlog read it'),
    language: z.string().nullable(),
    origin: z.string().describe('where it came from: a path (with :line for JSONL), a URL or the API'),
    text: z.string().describe('the main text every offset refers to'),
    logIndex: z.int().min(0).nullable(),
    ...OriginFieldsJson,
    fetches: z
      .array(
        z.object({
          requestedUrl: z.string(),
          finalUrl: z.string().describe('the URL that answered, after redirects'),
          redirects: z.array(z.string()),
          status: z.int(),
          mediaType: z.string(),
          charset: z.string().nullable(),
          headers: z.record(z.string(), z.string()),
          fetchedAt: z.string(),
        }),
      )
      .describe('each time the document was fetched from the web, oldest first (empty for files)'),
    extraction: ExtractionJson,
  }),
);

export type DocumentJson = z.output<typeof DocumentJson>;
export type DocumentSummaryJson = z.output<typeof DocumentSummaryJson>;
