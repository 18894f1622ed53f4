// Time adverbials around a speaker ("on Monday", "last week", "earlier this month"): never part of who
// spoke, and skipped between a subject and its cue ("North Korea on Monday confirmed …").

import type { Token } from './nlp-engine.js';

const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(
    ' ',
  ),
);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Words that name a stretch of time by themselves. */
const TIME_NOUNS = new Set(
  'today yesterday tonight week weeks weekend month months year years morning afternoon evening night day days hour hours decade decades'.split(
    ' ',
  ),
);

/** Words that lead into or qualify a time noun: "on", "last", "earlier this", "late on". */
const TIME_LEADS = new Set(
  'on in at during over last this next past earlier later late early that the same each every previous ago few several two three four five six'.split(
    ' ',
  ),
);

/**
 * True when `token` names a time by itself: a weekday, a time noun ("week", "yesterday"), or a month
 * name written as a month (capitalized; "may" in lower case is a verb). `next` is the token after it:
 * a month followed by a day number or a year is a date, and so is a month after a time lead.
 */
export function isTimeWord(token: Token, previous?: Token, next?: Token): boolean {
  if (WEEKDAYS.has(token.lower) || TIME_NOUNS.has(token.lower)) return /^[A-Za-z]/.test(token.text);
  if (!MONTHS.has(token.lower.replace(/\.$/, '')) || !/^[A-Z]/.test(token.text)) return false;
  return Boolean((next && /^\d/.test(next.text)) || (previous && TIME_LEADS.has(previous.lower)));
}

/**
 * The index of the first token of the time adverbial that ends at token `last` ("on Monday", "last
 * week", "earlier this month", "on April 27", "two days ago"), or `last + 1` when no time adverbial
 * ends there. Never goes below `floor`.
 */
export function timePhraseStart(tokens: readonly Token[], last: number, floor: number): number {
  let i = last;
  if (i >= floor && tokens[i]?.lower === 'ago') i--;
  // "April 27", "April 27, 2025": numbers after a month.
  while (i > floor && /^\d/.test(tokens[i]?.text ?? '')) {
    const before = tokens[i - 1];
    if (before?.text === ',' && i - 2 >= floor && /^\d/.test(tokens[i - 2]?.text ?? '')) i -= 2;
    else if (before && MONTHS.has(before.lower.replace(/\.$/, ''))) i--;
    else break;
  }
  const head = i >= floor ? tokens[i] : undefined;
  if (!head || !isTimeWord(head, i - 1 >= floor ? tokens[i - 1] : undefined, tokens[i + 1])) return last + 1;
  let first = i;
  for (let k = i - 1; k >= floor && i - k <= 3; k--) {
    const t = tokens[k];
    if (
      !t ||
      !(TIME_LEADS.has(t.lower) || isTimeWord(t, k - 1 >= floor ? tokens[k - 1] : undefined, tokens[k + 1]))
    )
      break;
    first = k;
  }
  return first;
}
