// Ids derived from content: the same inputs always give the same claim, proposition and link ids.

import { createHash } from 'node:crypto';
import type { Statement } from '../domain/statement.js';

/** A short hex digest of the parts, joined unambiguously. */
export function contentId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  let joined = '';
  for (const part of parts) joined += `${part === null ? '\u0000' : String(part)}\u0001`;
  return `${prefix}${createHash('sha256').update(joined).digest('hex').slice(0, 16)}`;
}

/** A statement's id within its document when the store gave none: its speaker and content offsets. */
export function statementId(documentId: string, statement: Statement): string {
  return `${documentId}/s${statement.speaker.start}-${statement.content.start}-${statement.content.end}`;
}

/** An evidence event's id within its document. */
export function evidenceId(documentId: string, start: number, end: number): string {
  return `${documentId}/e${start}-${end}`;
}
