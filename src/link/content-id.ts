// Ids derived from content: the same inputs always give the same claim, proposition and link ids.

import { createHash } from 'node:crypto';
import type { Statement } from '../domain/statement.js';

/** A short hex digest of the parts, joined unambiguously. */
export function contentId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part === null ? '\u0000' : String(part)}\u0001`);
  return `${prefix}${hash.digest('hex').slice(0, 16)}`;
}

/** A statement's id within its document when the store gave none: its speaker and content offsets. */
export function statementId(documentId: string, statement: Statement): string {
  return `${documentId}/s${statement.speaker.start}-${statement.content.start}-${statement.content.end}`;
}

/** An evidence event's id within its document. */
export function evidenceId(documentId: string, start: number, end: number): string {
  return `${documentId}/e${start}-${end}`;
}
