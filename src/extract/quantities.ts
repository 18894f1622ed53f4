// Quantities: numbers with the qualifier that bounds them ("approximately 1,500", "up to 12,000", "two").

import type { Quantity } from '../domain/statement.js';
import { CARDINAL_WORDS } from './number-words.js';

/** Number words and the vague counts read as their least value ("dozens" as two dozen). */
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  ...CARDINAL_WORDS,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const BOUNDS: [RegExp, Quantity['bound']][] = [
  [
    /^(?:approximately|about|around|roughly|some|nearly|almost|an estimated|estimated|close to|circa|about some)$/i,
    'approximate',
  ],
  [
    /^(?:up to|at most|no more than|as many as|fewer than|less than|under|not more than|a maximum of)$/i,
    'at-most',
  ],
  [
    /^(?:more than|over|at least|no fewer than|no less than|upwards of|upward of|in excess of|a minimum of)$/i,
    'at-least',
  ],
];
const QUALIFIER = String.raw`(?:approximately|about|around|roughly|some|nearly|almost|an estimated|estimated|close to|circa|up to|at most|no more than|as many as|fewer than|less than|under|not more than|a maximum of|more than|over|at least|no fewer than|no less than|upwards of|upward of|in excess of|a minimum of)`;
const WORD = Object.keys(WORD_NUMBERS).join('|');
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${WORD}))(?:[\s-]+(?:hundred|thousand|million|billion|trillion))?`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:$-])(?:(${QUALIFIER})\s+)?(${NUMBER})(?![\p{L}\p{N}]|[.,:/-]\d)`,
  'iuy',
);
/** Where a quantity's number can start: a run of digits or a number word. Cheap to scan for. */
const CORE = new RegExp(String.raw`\d+|\b(?:${WORD})\b`, 'gi');
/** A qualifier ending right before a number, to try the quantity from its start. */
const QUALIFIER_BEFORE = new RegExp(String.raw`${QUALIFIER}\s+$`, 'i');
const MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;
const LABEL =
  /(?:article|section|chapter|no\.|number|paragraph|resolution|part|item|point|page|vol\.|clause)\s*$/i;

/**
 * Finds quantities in `text`: digits ("1,500", "2.5 million") and number words ("two", "dozens"),
 * each with its bound from a qualifier just before it. Years, days of a date ("April 27"), numbered
 * labels ("Article 4") and pieces of times, URLs or codes are not quantities. In text order.
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of quantityMatches(text)) {
    const [whole, qualifier, number = ''] = m;
    const start = m.index;
    const numberStart = start + whole.length - number.length;
    const before = text.slice(Math.max(0, numberStart - 20), numberStart);
    const value = parseNumber(number);
    if (value === null) continue;
    const digits = /^\d/.test(number);
    if (digits && /^\d{4}$/.test(number) && value >= 1900 && value <= 2100 && !qualifier) continue;
    if (digits && (MONTH.test(before) || LABEL.test(before))) continue;
    if (digits && /^\s*(?:st|nd|rd|th)\b/i.test(text.slice(start + whole.length))) continue;
    if (!digits && /^(?:one)$/i.test(number) && !qualifier) continue; // "one of", "no one": rarely a count
    const bound = qualifier
      ? (BOUNDS.find(([re]) => re.test(qualifier.replace(/\s+/g, ' ')))?.[1] ?? 'exact')
      : 'exact';
    found.push({ text: whole, start, end: start + whole.length, value, bound });
  }
  return found;
}

/**
 * The matches of QUANTITY in `text`, left to right and never overlapping, as a global scan would give
 * them, but trying the full pattern only where a number starts (and at a qualifier just before it)
 * instead of at every character.
 */
function quantityMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  CORE.lastIndex = 0;
  for (let core = CORE.exec(text); core; core = CORE.exec(text)) {
    const at = core.index;
    if (at < done) continue;
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(done, at - 40), at));
    let m: RegExpExecArray | null = null;
    for (const start of qualifier ? [at - qualifier[0].length, at] : [at]) {
      QUANTITY.lastIndex = start;
      m = QUANTITY.exec(text);
      if (m) break;
    }
    if (!m) continue;
    out.push(m);
    done = m.index + m[0].length;
    if (CORE.lastIndex < done) CORE.lastIndex = done;
  }
  return out;
}

function parseNumber(raw: string): number | null {
  const parts = raw.toLowerCase().split(/[\s-]+/);
  const head = parts[0] ?? '';
  let value = /^\d/.test(head) ? Number(head.replace(/,/g, '')) : (WORD_NUMBERS[head] ?? NaN);
  const scale = parts[1] ? SCALES[parts[1]] : undefined;
  if (scale) value *= scale;
  return Number.isFinite(value) ? value : null;
}
