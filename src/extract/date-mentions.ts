// Lists the time expressions of a text with their calendar values, resolved against the publication date.

import type { DateMention } from '../domain/statement.js';
import { dayValue, parseDay } from './date-calendar.js';
import { findAnaphoricDates, resolveAnaphor } from './date-anaphora.js';
import type { DateCandidate } from './date-candidate.js';
import { findChronoDates } from './date-chrono.js';
import { findHolidayDates } from './date-holidays.js';
import { findPeriodDates } from './date-periods.js';
import { findRelativeDates } from './date-relative.js';
import { findYearDates } from './date-years.js';

/** How far (in characters, same sentence) a bare clock time looks for the day it belongs to. */
const TIME_REACH = 60;

/** How far back (in characters) "that year" or "a year earlier" looks for the date it counts from. */
const ANAPHOR_REACH = 600;

/**
 * Every time expression in `text`, in text order, none overlapping another, each with its value at the
 * precision the words give: `YYYY-MM-DD` for a day ("April 27", "yesterday", "Monday", "two days ago",
 * "2025-04-27"), `YYYY-MM` for a month ("in October 2024", "last month", "earlier this month"), `YYYY`
 * for a year ("in 2024", "last year"). It never invents a finer value than the text gives.
 *
 * Resolution against `publishedAt` (`YYYY-MM-DD`, or null when unknown):
 * - a weekday is the most recent such day at or before publication, unless the clause before it
 *   announces a future event ("will meet Tuesday"), then the first such day at or after it;
 * - a month or day without a year ("Aug. 7", "in March") is its latest occurrence at or before
 *   publication, unless it is under two months ahead or the clause looks ahead ("payable Dec. 15");
 *   a weekday beside it ("Monday, Nov. 4") picks the year it fits; "26–27 April" is its month;
 * - weeks and weekends ("last week") have no value of their own: they get the month holding the whole
 *   week, else the year;
 * - named days ("Christmas", "Victory Day", "last Thanksgiving") are dated like a yearless date;
 * - numeric dates: ISO `2025-04-27`, dotted `27.04.2025` day-first, slashed `04/27/2025` month-first
 *   (a slashed pair without a year, "7/8", is a fraction, not a date);
 * - seasons, quarters and halves ("last fall", "the third quarter") get their year;
 * - "now", "currently", "today" are the publication day;
 * - a clock time ("10:35 a.m.") takes the day of a date next to it in the sentence, else publication;
 * - "that year", "the following day", "a year earlier" count from the last explicitly dated mention
 *   within a few sentences (else from publication), at the coarser of its precision and their unit;
 * - with `publishedAt` null, relative expressions get value null; absolute ones with a year resolve.
 * Durations ("two years", "three days"), decades, centuries and vague references ("recently", "in the
 * past") are not listed: they name no calendar period. `start`/`end` are JavaScript string offsets.
 * Throws InvalidInput when `publishedAt` is not null and not a real `YYYY-MM-DD` day.
 */
export function findDateMentions(text: string, publishedAt: string | null): DateMention[] {
  const ref = parseDay(publishedAt);
  const candidates = [
    ...findChronoDates(text, ref),
    ...findRelativeDates(text, ref),
    ...findYearDates(text),
    ...findPeriodDates(text, ref),
    ...findHolidayDates(text, ref),
    ...findAnaphoricDates(text),
  ];
  const kept = resolveAnaphora(reconcile(text, candidates), ref && dayValue(ref));
  const fallback = ref && dayValue(ref);
  return kept.map((c) => {
    const value = c.timeOnly ? dayOfTime(text, c, kept, fallback) : c.value;
    return { text: text.slice(c.start, c.end), start: c.start, end: c.end, value };
  });
}

/** Keeps one find per stretch of text: the one that contains the other, else the more trusted, else the longer. */
function reconcile(text: string, candidates: DateCandidate[]): DateCandidate[] {
  const sorted = candidates
    .map((c) => trim(text, c))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const candidate of sorted) {
    let wins = true;
    for (let last = kept[kept.length - 1]; last && last.end > candidate.start; last = kept[kept.length - 1]) {
      if (beats(last, candidate)) {
        wins = false;
        break;
      }
      kept.pop();
    }
    if (wins) kept.push(candidate);
  }
  return kept;
}

function beats(a: DateCandidate, b: DateCandidate): boolean {
  const aContainsB = a.start <= b.start && a.end >= b.end;
  const bContainsA = b.start <= a.start && b.end >= a.end;
  if (aContainsB && bContainsA) return a.priority >= b.priority;
  if (aContainsB) return true;
  if (bContainsA) return false;
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start >= b.end - b.start;
}

/** Drops what chrono sometimes keeps at either end: a preposition, spaces, punctuation ("at 9 a.m.", "(Friday"). */
function trim(text: string, c: DateCandidate): DateCandidate {
  let { start, end } = c;
  const preposition = /^(?:at|on|in)\s+/i.exec(text.slice(start, Math.min(end, start + 4)));
  if (preposition && start + preposition[0].length < end) start += preposition[0].length;
  while (start < end && /[\s,;:()（）]/.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,;:()（）]/.test(text.charAt(end - 1))) end -= 1;
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

/**
 * Gives each anaphoric find the value counted from the latest dated, non-anaphoric mention before it
 * (within reach), else from the publication day; null when neither exists.
 */
function resolveAnaphora(kept: DateCandidate[], published: string | null): DateCandidate[] {
  let antecedent: DateCandidate | null = null;
  return kept.map((c) => {
    let resolved = c;
    if (c.anaphor) {
      const near = antecedent !== null && c.start - antecedent.end <= ANAPHOR_REACH ? antecedent.value : null;
      const base = near ?? published;
      resolved = { ...c, value: base === null ? null : resolveAnaphor(base, c.anaphor) };
    }
    // Anaphors count from a named date, not from each other: in "up from $4 a year earlier … compared
    // with 3% a year earlier" both mean the same year.
    if (!resolved.timeOnly && resolved.value !== null && !resolved.anaphor) antecedent = resolved;
    return resolved;
  });
}

function dayOfTime(
  text: string,
  time: DateCandidate,
  kept: DateCandidate[],
  fallback: string | null,
): string | null {
  let best: { distance: number; value: string } | null = null;
  for (const other of kept) {
    if (other.timeOnly || other.value === null || other.value.length !== 10) continue;
    const gapStart = Math.min(time.end, other.end);
    const gapEnd = Math.max(time.start, other.start);
    const distance = gapEnd - gapStart;
    if (distance > TIME_REACH) continue;
    if (/[.!?]\s+[A-Z"]|\n/.test(text.slice(gapStart, gapEnd))) continue;
    if (best === null || distance < best.distance) best = { distance, value: other.value };
  }
  return best?.value ?? fallback;
}
