// Finds evidence events in a document: facts it reports in its own voice, dated from the text.

import type { DocumentKind, PartialDate } from '../../domain/document.js';
import type { ActorMention, DateMention, Statement } from '../../domain/statement.js';
import { governingDate } from '../date-governing.js';
import type { EvidenceEvent } from './evidence-event.js';
import {
  ADMISSION,
  CLAUSE_CLOSERS,
  CLAUSE_OPENERS,
  EVIDENCE_PATTERNS,
  REPORTED_AS_CLAIM,
} from './evidence-patterns.js';

export interface EvidenceInput {
  text: string;
  kind: DocumentKind;
  publishedAt: PartialDate | null;
  /** The outlet, or for a post its author: an actor id when resolved, else a name. */
  outlet: string | null;
  /** The document's statements: a fact inside a statement's content is that speaker's claim, not evidence. */
  statements: readonly Statement[];
  /** The document's date mentions (`findDateMentions` against `publishedAt`). */
  dates: readonly DateMention[];
  /** Known actors mentioned in the text, to name who released or holds the evidence. */
  mentions?: readonly ActorMention[];
}

const NEGATION = /\b(?:not|no|never|neither|nor|did not|could not|cannot|can't|didn't)\b/i;
const SENTENCE = /[^.!?\n]+(?:[.!?]+["”’)]*|\n|$)/g;

/**
 * The evidence events of a document, in text order: captures and recovered bodies or papers (physical
 * evidence), released footage, published imagery or documents, and official reports or admissions, each
 * found outside every statement's content (the document's own voice, or any sentence of a post). An
 * event is dated by the date mention that governs its sentence, else, in a post, the post's day, else
 * null; its source is the actor named after "by" or before the trigger, else the outlet. Negated
 * sentences ("could not verify the footage") report nothing. Pure; never throws.
 */
export function findEvidenceEvents(input: EvidenceInput): EvidenceEvent[] {
  const { text } = input;
  const contents = input.statements.map((s) => ({ start: s.content.start, end: s.content.end }));
  const events: EvidenceEvent[] = [];
  for (const sentence of sentences(text)) {
    const body = text.slice(sentence.start, sentence.end);
    for (const pattern of EVIDENCE_PATTERNS) {
      const match = pattern.trigger.exec(body);
      if (!match) continue;
      const triggerStart = sentence.start + match.index;
      const triggerEnd = triggerStart + match[0].length;
      if (contents.some((c) => triggerStart < c.end && triggerEnd > c.start)) continue;
      const clause = clauseAround(text, sentence, triggerStart, triggerEnd, pattern.endsAtComma);
      // "could not verify when the video was released": a negation anywhere before the fact voids it.
      const lead = text.slice(sentence.start, triggerEnd);
      if (NEGATION.test(lead) || REPORTED_AS_CLAIM.test(text.slice(clause.start, triggerEnd))) continue;
      if (events.some((e) => e.start < clause.end && e.end > clause.start)) continue;
      const dated = governingDate(input.dates, {
        start: sentence.start,
        end: sentence.end,
        anchor: triggerStart,
        exclude: contents,
      });
      const on = dated?.value ?? (input.kind === 'post' ? input.publishedAt : null);
      const kind =
        pattern.kind === 'official report' && ADMISSION.test(body) ? 'official admission' : pattern.kind;
      events.push({
        what: text.slice(clause.start, clause.end),
        on,
        start: clause.start,
        end: clause.end,
        kind,
        source: sourceOf(input, clause, triggerStart, triggerEnd),
      });
    }
  }
  return events.sort((a, b) => a.start - b.start);
}

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const start = match.index ?? 0;
    const end = start + match[0].trimEnd().length;
    if (end > start && /\p{L}/u.test(match[0])) out.push({ start, end });
  }
  return out;
}

/** The clause reporting the fact: from the last clause opener before the trigger to a closer after it. */
function clauseAround(
  text: string,
  sentence: { start: number; end: number },
  triggerStart: number,
  triggerEnd: number,
  endsAtComma: boolean,
): { start: number; end: number } {
  let start = sentence.start;
  const before = text.slice(sentence.start, triggerStart);
  for (const opener of before.matchAll(CLAUSE_OPENERS))
    start = sentence.start + (opener.index ?? 0) + opener[0].length;
  const after = text.slice(triggerEnd, sentence.end);
  const closer = endsAtComma ? /[,;]|\s+—\s+/.exec(after) : CLAUSE_CLOSERS.exec(after);
  let end = closer ? triggerEnd + closer.index : sentence.end;
  while (end > start && /[\s.,;:"“”'’]/.test(text.charAt(end - 1))) end -= 1;
  while (start < end && /[\s"“”'’]/.test(text.charAt(start))) start += 1;
  return { start, end: Math.max(end, Math.min(triggerEnd, sentence.end)) };
}

/** The releaser or holder named after "by", else the last mention before the trigger, else the outlet. */
function sourceOf(
  input: EvidenceInput,
  clause: { start: number; end: number },
  triggerStart: number,
  triggerEnd: number,
): string | null {
  const mentions = input.mentions ?? [];
  const after = input.text.slice(triggerEnd, clause.end);
  const by = /\bby\s+/i.exec(after);
  if (by) {
    const from = triggerEnd + by.index;
    const named = mentions.find((m) => m.start >= from && m.start <= from + by[0].length + 12);
    if (named) return named.actor;
  }
  const inside = input.text.slice(triggerStart, triggerEnd);
  const byInside = /\bby\s+/i.exec(inside);
  if (byInside) {
    const from = triggerStart + byInside.index;
    const named = mentions.find((m) => m.start >= from && m.start <= from + byInside[0].length + 12);
    if (named) return named.actor;
  }
  const before = mentions.filter((m) => m.start >= clause.start && m.start <= triggerStart).pop();
  if (before) return before.actor;
  return input.outlet;
}
