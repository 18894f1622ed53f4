// The JSON shapes of the service's own answers: problems (RFC 9457), health, ingest reports, search.

import { z } from 'zod';
import { named } from '../schema-registry.js';
import { DocumentSummaryJson } from './document-json.js';
import { pageOf } from './page-json.js';
import { PartialDateJson, StatementJson } from './statement-json.js';

export const ProblemJson = named(
  'Problem',
  z
    .object({
      type: z.string().describe('a URI naming the kind of problem'),
      title: z.string(),
      status: z.int().min(400).max(599),
      detail: z.string().describe('what was expected, what was found, and where'),
      'invalid-params': z
        .array(
          z.object({
            name: z.string().describe('the parameter, e.g. "limit" or "documents[2].url"'),
            in: z.enum(['path', 'query', 'body', 'header']),
            reason: z.string(),
          }),
        )
        .optional()
        .describe('each bad parameter, when the request had some'),
    })
    .describe('an RFC 9457 problem document (application/problem+json)'),
);

export type ProblemJson = z.output<typeof ProblemJson>;

export const HealthJson = named(
  'Health',
  z.object({ status: z.literal('ok'), documents: z.int().min(0).describe('documents held') }),
);

export const DocumentPageJson = pageOf('DocumentPage', DocumentSummaryJson);
export const StatementPageJson = pageOf('StatementPage', StatementJson);

export const SearchResultJson = named(
  'SearchResult',
  z
    .object({
      q: z.string(),
      documents: DocumentPageJson,
      statements: StatementPageJson,
    })
    .describe('the first page of each kind of match; follow `next` on /documents or /statements'),
);

/** One report to ingest: the fields of a line of a `.jsonl` report file. */
export const ReportJson = named(
  'Report',
  z
    .object({
      id: z
        .union([z.string().min(1), z.number()])
        .nullish()
        .describe("the report's own id"),
      text: z.string().nullish().describe('the text (or give `html`)'),
      html: z.string().nullish().describe('an HTML page; its main text is extracted'),
      publishedAt: z.string().nullish().describe('publication date (ISO 8601 date or date-time)'),
      outlet: z.string().nullish(),
      url: z.string().nullish().describe('an http or https URL'),
      title: z.string().nullish(),
      author: z.string().nullish(),
      language: z.string().nullish().describe('ISO 639 code such as "en"'),
    })
    .describe('a report as in a line of a .jsonl file; needs a non-empty text or html'),
);

export const IngestRequestJson = named(
  'IngestRequest',
  z.object({ documents: z.array(ReportJson).min(1).max(100) }),
);

export const IngestReportJson = named(
  'IngestReport',
  z.object({
    ingested: z.array(
      z.object({
        id: z.string(),
        origin: z.string(),
        title: z.string().nullable(),
        publishedAt: PartialDateJson.nullable(),
        statements: z.int().min(0),
      }),
    ),
    duplicates: z.array(z.object({ id: z.string(), origin: z.string(), title: z.string().nullable() })),
    failures: z.array(
      z.object({
        message: z.string(),
        file: z.string().nullable(),
        line: z.int().nullable().describe('1-based position of the report in `documents`'),
      }),
    ),
    warnings: z.array(z.object({ origin: z.string(), message: z.string() })),
  }),
);
