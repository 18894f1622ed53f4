// Documents: the ingested items (articles, statements, posts) every later stage reads.

/** A calendar date at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export type DocumentKind = 'article' | 'post' | 'statement';
export type DocumentFormat = 'txt' | 'html' | 'jsonl' | 'url';

/** A document as read from its source, before it is stored. */
export interface DocumentInput {
  /** The report's own id when its source gives one (a JSONL `id`). */
  externalId: string | null;
  kind: DocumentKind;
  format: DocumentFormat;
  /** The main text every offset refers to (NFC, `\n` line ends). */
  text: string;
  /** The bytes as read (the file, the JSONL line, the fetched page). */
  bytes: Uint8Array;
  title: string | null;
  author: string | null;
  outlet: string | null;
  url: string | null;
  /** Publication date (`YYYY-MM-DD`), or null when the source gives none: never invented. */
  publishedAt: PartialDate | null;
  /** ISO 8601 instant at which claimlog read the document. */
  retrievedAt: string;
  /** ISO 639-1 code, from the source or from language identification. */
  language: string | null;
  /** Where it came from: a path (with `:line` for JSONL) or a URL. */
  origin: string;
}

/** A stored document. `id` is derived from `contentHash`, so identical content is one document. */
export interface Document extends DocumentInput {
  id: string;
  /** SHA-256 of the UTF-8 text, lowercase hex. */
  contentHash: string;
  /** Index of the document's leaf in the log, once logged. */
  logIndex: number | null;
}
