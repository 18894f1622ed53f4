// SQL conditions for the document and statement filters, with their parameters numbered in order.

import type { DocumentFilter, StatementFilter } from '../app/ports.js';
import type { PartialDate } from '../domain/document.js';

/** Conditions (to AND together) plus the parameters they reference as $1…$n. */
export interface Conditions {
  where: string[];
  params: (string | number)[];
  /** The placeholder of the search text, when the filter has one (for ranking). */
  textParam: string | null;
}

/** The tsquery a search text stands for: web-search syntax ("quoted phrase", or, -not). */
export function tsQuery(placeholder: string): string {
  return `websearch_to_tsquery('english', ${placeholder})`;
}

/**
 * Conditions over `statements s JOIN documents d`. A statement's day is its `said_on`, else its
 * document's publication date; a partial date ("2024-10") overlaps a range when any of its days does.
 */
export function statementConditions(filter: StatementFilter): Conditions {
  const c: Conditions = { where: [], params: [], textParam: null };
  if (filter.speaker !== undefined) {
    c.params.push(filter.speaker, `%${escapeLike(filter.speaker)}%`);
    c.where.push(`(s.speaker_actor = $${c.params.length - 1} OR s.speaker_text ILIKE $${c.params.length})`);
  }
  if (filter.documentId !== undefined) {
    c.params.push(filter.documentId);
    c.where.push(`s.document_id = $${c.params.length}`);
  }
  if (filter.stance !== undefined) {
    c.params.push(filter.stance);
    c.where.push(`s.stance = $${c.params.length}`);
  }
  dateOverlap(c, 'coalesce(s.said_on, d.published_at)', filter.from, filter.to);
  if (filter.text !== undefined) {
    c.params.push(filter.text);
    c.textParam = `$${c.params.length}`;
    c.where.push(`s.search @@ ${tsQuery(c.textParam)}`);
  }
  return c;
}

/** Conditions over `documents d`. */
export function documentConditions(filter: DocumentFilter): Conditions {
  const c: Conditions = { where: [], params: [], textParam: null };
  dateOverlap(c, 'd.published_at', filter.from, filter.to);
  if (filter.text !== undefined) {
    c.params.push(filter.text);
    c.textParam = `$${c.params.length}`;
    c.where.push(`d.search @@ ${tsQuery(c.textParam)}`);
  }
  return c;
}

export function whereClause(c: Conditions): string {
  return c.where.length > 0 ? `WHERE ${c.where.join(' AND ')}` : '';
}

function dateOverlap(
  c: Conditions,
  column: string,
  from: PartialDate | undefined,
  to: PartialDate | undefined,
): void {
  // Partial dates compare as text once padded: a period's first day is its start, its last its end.
  if (from !== undefined) {
    c.params.push(periodStart(from));
    c.where.push(
      `(CASE length(${column}) WHEN 4 THEN ${column} || '-12-31' WHEN 7 THEN ${column} || '-31' ELSE ${column} END) >= $${c.params.length}`,
    );
  }
  if (to !== undefined) {
    c.params.push(periodEnd(to));
    c.where.push(
      `(CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END) <= $${c.params.length}`,
    );
  }
}

function periodStart(date: PartialDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function periodEnd(date: PartialDate): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
