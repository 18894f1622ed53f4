// Routes over documents: the list (filtered, searched), one document with its extraction, and ingest.

import type { StatementProposition } from '../../app/assessment-ports.js';
import type { Claimlog } from '../../app/claimlog.js';
import type { Extraction } from '../../domain/extraction.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { DocumentJson, type DocumentSummaryJson } from '../schemas/document-json.js';
import { documentIdParam, pageParams, partialDateParam, textParam } from '../schemas/parameters.js';
import { toPage } from '../schemas/page-json.js';
import { DocumentPageJson, IngestReportJson, IngestRequestJson } from '../schemas/service-json.js';
import { withoutUndefined } from '../without-undefined.js';
import type { DocumentFilter, Page } from '../../app/ports.js';

export const MAX_DOCUMENTS_PAGE = 500;

export const documentQuery = {
  q: textParam(
    200,
    'full-text search over title, outlet and text (web-search syntax: "a phrase", or, -word)',
  ),
  from: partialDateParam('only documents published on or after this date'),
  to: partialDateParam('only documents published on or before this date'),
};

export function documentRoutes(claimlog: Claimlog): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/documents',
      operationId: 'listDocuments',
      summary: 'List documents by publication date, or search them',
      tag: 'documents',
      access: 'read',
      query: { ...documentQuery, ...pageParams(MAX_DOCUMENTS_PAGE) },
      response: { status: 200, description: 'a page of documents', schema: DocumentPageJson },
      handle: ({ query: { q, from, to, limit, offset } }) =>
        documentPage(claimlog, withoutUndefined({ text: q, from, to }), { limit, offset }),
    }),
    defineRoute({
      method: 'get',
      path: '/documents/{id}',
      operationId: 'getDocument',
      summary: 'One document: its text, metadata and everything extracted from it',
      tag: 'documents',
      access: 'read',
      params: { id: documentIdParam },
      response: { status: 200, description: 'the document', schema: DocumentJson },
      handle: async ({ params }) => {
        const { document, extraction } = await claimlog.document(params.id);
        const propositions = await claimlog.statementPropositions(params.id);
        return documentJson(document, extraction, propositions);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/documents',
      operationId: 'ingestDocuments',
      summary: 'Ingest reports (as lines of a .jsonl file would be)',
      description:
        'Each report is read, identified, analysed and stored as `claimlog ingest` does; a report that fails ' +
        'is listed in `failures` (its `line` is its position in `documents`) and the others go on.',
      tag: 'documents',
      access: ['analyst', 'admin'],
      body: { schema: IngestRequestJson, description: 'up to 100 reports' },
      response: {
        status: 200,
        description: 'what was ingested, already held, or failed',
        schema: IngestReportJson,
      },
      handle: async ({ body }) => {
        const jsonl = body.documents.map((report) => JSON.stringify(report)).join('\n');
        const report = await claimlog.ingestJsonl(new TextEncoder().encode(jsonl), 'POST /documents');
        return {
          ingested: report.ingested,
          duplicates: report.duplicates,
          failures: report.failures,
          warnings: report.warnings,
        };
      },
    }),
  ];
}

/** A page of documents; with a search text each carries the excerpt its match came from. */
export async function documentPage(claimlog: Claimlog, filter: DocumentFilter, page: Page) {
  const rows = await claimlog.documents({ limit: page.limit + 1, offset: page.offset }, filter);
  const result = toPage<DocumentSummaryJson>(rows, page);
  if (filter.text !== undefined) {
    const snippets = await claimlog.documentSnippets(
      result.items.map((d) => d.id),
      filter.text,
    );
    for (const item of result.items) {
      const snippet = snippets.get(item.id);
      if (snippet) item.snippet = snippet;
    }
  }
  return result;
}

/** The document as served: each statement with the propositions it is linked to (empty when none). */
function documentJson(
  document: Awaited<ReturnType<Claimlog['document']>>['document'],
  extraction: Extraction,
  links: readonly StatementProposition[],
) {
  const { bytes: _bytes, ...rest } = document;
  const byOrdinal = new Map<number, Omit<StatementProposition, 'ordinal'>[]>();
  for (const { ordinal, ...link } of links) byOrdinal.set(ordinal, [...(byOrdinal.get(ordinal) ?? []), link]);
  const statements = extraction.statements.map((statement, ordinal) => ({
    ...statement,
    propositions: byOrdinal.get(ordinal) ?? [],
  }));
  return { ...rest, extraction: { ...extraction, statements } };
}
