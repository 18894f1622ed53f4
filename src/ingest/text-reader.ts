// Plain-text reports, including social posts that end with a signature line.

import type { DocumentInput } from '../domain/document.js';
import { findPostSignatures } from '../extract/post-signature.js';
import { decodeText } from './decode-text.js';
import { detectLanguage } from './language.js';
import { parsePublicationDate } from './publication-date.js';
import { NO_DATE_WARNING, type ReadContext, type ReadDocument } from './read-context.js';

/** Texts longer than this are articles even when a post signature closes them (an embedded post). */
const POST_MAX_LENGTH = 1500;

/**
 * Reads a `.txt` report. A short text whose last lines carry a signature ("— Name (@handle) April 28,
 * 2025") is a post by that account, dated by the signature unless the context gives a date. The
 * first line is the title when it is short and followed by more text. Throws InvalidInput for bytes
 * that are not text.
 */
export function readTextDocument(bytes: Uint8Array, context: ReadContext, now: Date): ReadDocument {
  const where = { file: context.origin };
  const text = decodeText(bytes, where);
  const signature = postSignature(text);
  const given =
    context.publishedAt === undefined ? undefined : parsePublicationDate(context.publishedAt, where, now);
  const publishedAt = given !== undefined ? given : (signature?.date ?? null);
  const input: DocumentInput = {
    externalId: null,
    kind: signature ? 'post' : 'article',
    format: 'txt',
    text,
    bytes,
    title: signature ? null : titleOf(text),
    author: signature?.name ?? null,
    outlet: signature ? (signature.handle ?? signature.name) : null,
    url: null,
    publishedAt,
    retrievedAt: context.retrievedAt,
    language: detectLanguage(text),
    origin: context.origin,
  };
  return { kind: 'document', input, warnings: publishedAt === null ? [NO_DATE_WARNING] : [] };
}

function postSignature(text: string) {
  if (text.length > POST_MAX_LENGTH) return undefined;
  const lines = text.trimEnd().split('\n');
  const tailStart = text.length - lines.slice(-3).join('\n').length;
  return findPostSignatures(text).find((signature) => signature.start >= tailStart);
}

function titleOf(text: string): string | null {
  const trimmed = text.trimStart();
  const end = trimmed.indexOf('\n');
  if (end === -1) return null;
  const first = trimmed.slice(0, end).trim();
  return first.length > 0 && first.length <= 200 ? first : null;
}
