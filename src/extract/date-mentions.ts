// PLACEHOLDER until the dates branch lands: time expressions found by chrono-node, resolved against the
// publication date at the precision the text gives.

import * as chrono from 'chrono-node';
import type { DateMention } from '../domain/statement.js';

const BARE_YEAR =
  /\b(?:in|since|by|during|until|of|from|before|after|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![-/]\d)/gi;

/**
 * Finds time expressions in `text` and resolves each against `publishedAt` (`YYYY-MM-DD`, or null):
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as precise as the text, or null when a relative expression has
 * no publication date to lean on. Sorted by offset; never throws.
 */
export function findDateMentions(text: string, publishedAt: string | null): DateMention[] {
  const ref = publishedAt
    ? new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  const found: DateMention[] = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const c = r.start;
    const year = String(c.get('year') ?? '').padStart(4, '0');
    const month = String(c.get('month') ?? 1).padStart(2, '0');
    const day = String(c.get('day') ?? 1).padStart(2, '0');
    const explicitYear = c.isCertain('year');
    const relative = !c.isCertain('month') && !c.isCertain('year');
    let value: string | null;
    if (c.isCertain('day') || c.isCertain('weekday') || relative) value = `${year}-${month}-${day}`;
    else if (c.isCertain('month')) value = `${year}-${month}`;
    else value = year;
    if (!publishedAt && !explicitYear) value = null;
    const text_ = r.text.trimEnd();
    found.push({ text: text_, start: r.index, end: r.index + text_.length, value });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const year = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - year.length;
    if (found.some((d) => start < d.end && d.start < start + 4)) continue;
    found.push({ text: year, start, end: start + 4, value: year });
  }
  return found.sort((a, b) => a.start - b.start);
}
