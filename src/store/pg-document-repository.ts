// Documents, statements and extractions in PostgreSQL tables, written in batches.

import type { Document } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { Stance } from '../domain/statement.js';
import type {
  DocumentFilter,
  DocumentRepository,
  DocumentSummary,
  NewDocument,
  Page,
  StatementFilter,
  StoredStatement,
  TextSnippet,
} from '../app/ports.js';
import { documentConditions, statementConditions, tsQuery, whereClause } from './filter-conditions.js';
import { documentLogIndex } from './document-log-index.js';
import { KeysBySet } from './keys-by-set.js';
import type { SqlClient } from './sql-client.js';

const DOCUMENT_COLUMNS =
  'id, content_hash, external_id, kind, format, title, author, outlet, url, published_at, retrieved_at, language, origin, text, bytes';
const STATEMENT_COLUMNS =
  'id, document_id, ordinal, speaker_text, speaker_start, speaker_end, speaker_actor, cue_text, cue_start, cue_end, content_text, content_start, content_end, direct, stance, hedged, said_on, confidence';

export class PgDocumentRepository implements DocumentRepository {
  /** `keysBySet`: check the foreign keys of statements and extractions as a set (see KeysBySet). */
  constructor(
    private readonly sql: SqlClient,
    private readonly keysBySet = false,
  ) {}

  async existingContentHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows = await this.sql.query<{ content_hash: string }>(
      'SELECT content_hash FROM documents WHERE content_hash = ANY($1::text[])',
      [hashes],
    );
    return new Set(rows.map((row) => row.content_hash));
  }

  async insertDocuments(
    batch: readonly { document: NewDocument; extraction: Extraction }[],
  ): Promise<string[]> {
    if (batch.length === 0) return [];
    // One statement per table: json_populate_recordset is ~50x faster than row-at-a-time inserts on PGlite.
    const documents = batch.map(({ document: d }) => ({
      id: d.id,
      content_hash: d.contentHash,
      external_id: d.externalId,
      kind: d.kind,
      format: d.format,
      title: d.title,
      author: d.author,
      outlet: d.outlet,
      url: d.url,
      published_at: d.publishedAt,
      retrieved_at: d.retrievedAt,
      language: d.language,
      origin: d.origin,
      text: d.text,
      // Base64 is a third shorter than bytea's hex form, and decodes faster (the bytes are a file or JSONL line).
      bytes: Buffer.from(d.bytes).toString('base64'),
    }));
    const inserted = await this.sql.query<{ id: string }>(
      `INSERT INTO documents (${DOCUMENT_COLUMNS})
       SELECT id, content_hash, external_id, kind, format, title, author, outlet, url, published_at,
              retrieved_at, language, origin, text, decode(bytes, 'base64')
       FROM json_to_recordset($1::json) AS d(id text, content_hash text, external_id text, kind text,
         format text, title text, author text, outlet text, url text, published_at text,
         retrieved_at timestamptz, language text, origin text, text text, bytes text)
       ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
      [JSON.stringify(documents)],
    );
    const ids = new Set(inserted.map((row) => row.id));
    const kept = batch.filter(({ document }) => ids.has(document.id));
    const statements = kept.flatMap(({ document, extraction }) =>
      extraction.statements.map((s, ordinal) => ({
        id: `${document.id}:${ordinal}`,
        document_id: document.id,
        ordinal,
        speaker_text: s.speaker.text,
        speaker_start: s.speaker.start,
        speaker_end: s.speaker.end,
        speaker_actor: s.speaker.actor,
        cue_text: s.cue.text,
        cue_start: s.cue.start,
        cue_end: s.cue.end,
        content_text: s.content.text,
        content_start: s.content.start,
        content_end: s.content.end,
        direct: s.direct,
        stance: s.stance,
        hedged: s.hedged,
        said_on: s.saidOn,
        confidence: s.confidence,
      })),
    );
    const keys = new KeysBySet(this.sql, this.keysBySet);
    await keys.begin();
    keys.present('documents', 'id', ids);
    if (statements.length > 0) {
      keys.wrote('statements', statements);
      await this.sql.query(
        `INSERT INTO statements (${STATEMENT_COLUMNS})
         SELECT ${STATEMENT_COLUMNS} FROM json_populate_recordset(null::statements, $1::json)`,
        [JSON.stringify(statements)],
      );
    }
    if (kept.length > 0) {
      const extractions = kept.map(({ document, extraction }) => ({
        document_id: document.id,
        extractor: 'claimlog-extract/1',
        dates: extraction.dates,
        quantities: extraction.quantities,
        mentions: extraction.mentions,
        framing: extraction.framing,
      }));
      keys.wrote('extractions', extractions);
      await this.sql.query(
        `INSERT INTO extractions (document_id, extractor, dates, quantities, mentions, framing)
         SELECT document_id, extractor, dates, quantities, mentions, framing
         FROM json_populate_recordset(null::extractions, $1::json)`,
        [JSON.stringify(extractions)],
      );
    }
    await keys.end();
    return batch.map(({ document }) => document.id).filter((id) => ids.has(id));
  }

  async getDocument(id: string): Promise<Document | null> {
    const rows = await this.sql.query<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS}, ${documentLogIndex('documents')} AS log_index FROM documents WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? toDocument(row) : null;
  }

  async getExtraction(id: string): Promise<Extraction | null> {
    const [row] = await this.sql.query<Omit<Extraction, 'statements'>>(
      'SELECT dates, quantities, mentions, framing FROM extractions WHERE document_id = $1',
      [id],
    );
    if (!row) return null;
    const statements = await this.listStatements({ documentId: id }, { limit: 10_000, offset: 0 });
    return {
      ...row,
      statements: statements.map(({ id: _, documentId: __, outlet: ___, publishedAt: ____, ...s }) => s),
    };
  }

  async listDocuments(page: Page, filter: DocumentFilter = {}): Promise<DocumentSummary[]> {
    const c = documentConditions(filter);
    const order =
      c.textParam === null
        ? 'd.published_at NULLS LAST, d.id'
        : `ts_rank_cd(d.search, ${tsQuery(c.textParam)}) DESC, d.id`;
    c.params.push(page.limit, page.offset);
    const rows = await this.sql.query<{
      id: string;
      title: string | null;
      outlet: string | null;
      url: string | null;
      published_at: string | null;
      language: string | null;
      kind: Document['kind'];
      log_index: number | null;
      statements: number;
    }>(
      `SELECT d.id, d.title, d.outlet, d.url, d.published_at, d.language, d.kind, ${documentLogIndex('d')} AS log_index,
              (SELECT count(*)::int FROM statements s WHERE s.document_id = d.id) AS statements
       FROM documents d ${whereClause(c)}
       ORDER BY ${order} LIMIT $${c.params.length - 1} OFFSET $${c.params.length}`,
      c.params,
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      url: row.url,
      publishedAt: row.published_at,
      language: row.language,
      kind: row.kind,
      logIndex: row.log_index,
      statements: row.statements,
    }));
  }

  async snippets(ids: readonly string[], text: string): Promise<Map<string, TextSnippet>> {
    if (ids.length === 0) return new Map();
    // Private-use characters mark the matches; any already in the text are dropped first.
    const rows = await this.sql.query<{ id: string; headline: string }>(
      `SELECT d.id, ts_headline('english', translate(d.text, '${MATCH_START}${MATCH_END}', ''), ${tsQuery('$2')},
                'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS headline
       FROM documents d WHERE d.id = ANY($1::text[]) AND d.search @@ ${tsQuery('$2')}`,
      [ids, text],
    );
    return new Map(rows.map((row) => [row.id, toSnippet(row.headline)]));
  }

  async countDocuments(): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
    return row?.n ?? 0;
  }

  async listStatements(filter: StatementFilter, page: Page): Promise<StoredStatement[]> {
    const c = statementConditions(filter);
    const order =
      c.textParam === null
        ? 'd.published_at NULLS LAST, s.document_id, s.ordinal'
        : `ts_rank_cd(s.search, ${tsQuery(c.textParam)}) DESC, s.id`;
    c.params.push(page.limit, page.offset);
    const rows = await this.sql.query<StatementRow>(
      `SELECT ${STATEMENT_COLUMNS.replace(/(^|, )/g, '$1s.')}, d.outlet, d.published_at
       FROM statements s JOIN documents d ON d.id = s.document_id
       ${whereClause(c)}
       ORDER BY ${order}
       LIMIT $${c.params.length - 1} OFFSET $${c.params.length}`,
      c.params,
    );
    return rows.map(toStatement);
  }
}

const MATCH_START = '\uE000';
const MATCH_END = '\uE001';

/** Splits a headline marked with MATCH_START/MATCH_END into plain and matched runs. */
function toSnippet(headline: string): TextSnippet {
  const snippet: TextSnippet = [];
  for (const [index, part] of headline.split(new RegExp(`${MATCH_START}|${MATCH_END}`)).entries()) {
    if (part !== '') snippet.push({ text: part, match: index % 2 === 1 });
  }
  return snippet;
}

interface DocumentRow {
  id: string;
  content_hash: string;
  external_id: string | null;
  kind: Document['kind'];
  format: Document['format'];
  title: string | null;
  author: string | null;
  outlet: string | null;
  url: string | null;
  published_at: string | null;
  retrieved_at: Date;
  language: string | null;
  origin: string;
  text: string;
  bytes: Uint8Array;
  log_index: number | null;
}

function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    contentHash: row.content_hash,
    externalId: row.external_id,
    kind: row.kind,
    format: row.format,
    title: row.title,
    author: row.author,
    outlet: row.outlet,
    url: row.url,
    publishedAt: row.published_at,
    retrievedAt: row.retrieved_at.toISOString(),
    language: row.language,
    origin: row.origin,
    text: row.text,
    bytes: row.bytes,
    logIndex: row.log_index,
  };
}

interface StatementRow {
  id: string;
  document_id: string;
  speaker_text: string;
  speaker_start: number;
  speaker_end: number;
  speaker_actor: string | null;
  cue_text: string;
  cue_start: number;
  cue_end: number;
  content_text: string;
  content_start: number;
  content_end: number;
  direct: boolean;
  stance: Stance;
  hedged: boolean;
  said_on: string | null;
  confidence: number;
  outlet: string | null;
  published_at: string | null;
}

function toStatement(row: StatementRow): StoredStatement {
  return {
    id: row.id,
    documentId: row.document_id,
    outlet: row.outlet,
    publishedAt: row.published_at,
    speaker: {
      text: row.speaker_text,
      start: row.speaker_start,
      end: row.speaker_end,
      actor: row.speaker_actor,
    },
    cue: { text: row.cue_text, start: row.cue_start, end: row.cue_end },
    content: { text: row.content_text, start: row.content_start, end: row.content_end },
    direct: row.direct,
    stance: row.stance,
    hedged: row.hedged,
    saidOn: row.said_on,
    confidence: row.confidence,
  };
}
