// Tells whether the clause before a time expression looks ahead, so a date without a year or week is placed in the future.

import { PAST_SPEECH_CUES } from './cue-lexicon.js';

/**
 * Words before a time expression in the same clause that say the event is still to come ("will meet
 * Tuesday", "is scheduled to close Monday", "as early as Thursday"). News reports mostly look back, so
 * without one of these a date is placed in the past.
 */
const FUTURE_CUE =
  /\b(?:will|won't|shall|'ll|plans?\s+to|planned\s+to|planning\s+to|scheduled|set\s+to|is\s+to|are\s+to|due|expected\s+to|as\s+soon\s+as|as\s+early\s+as|until|coming|next|upcoming|going\s+to|to\s+resume|to\s+begin|to\s+start|to\s+open|to\s+leave|to\s+meet|to\s+vote|to\s+visit|postponed|delayed)\b/i;

/**
 * Further cues for a calendar date without a year, which reports use for deadlines and payments as
 * much as for past events ("payable Dec. 15", "effective Feb. 1", "extended to Nov. 6", "by Jan. 14").
 */
const DEADLINE_CUE =
  /\b(?:by|effective|payable|of\s+record|expires?|expiring|deadline|extended\s+to|set\s+for|expected|expects?|hopes?\s+to)\s+(?:\S+\s+){0,3}$/i;

/** How far back a cue is looked for: the current clause, not the paragraph. */
const CUE_WINDOW = 90;

const FUTURE_CUES = new RegExp(FUTURE_CUE.source, 'gi');

/**
 * True when the clause leading up to `start` announces something still to come. With `deadlines`,
 * also when a deadline word stands within a few words before `start`. A past-tense reporting verb
 * between the future word and the date takes the date for itself: in "… he was going to a training
 * exercise, the SBU said on Sunday" Sunday is when the SBU spoke, which is past.
 */
export function looksAhead(text: string, start: number, deadlines = false): boolean {
  let from = Math.max(0, start - CUE_WINDOW);
  const before = text.slice(from, start);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  if (boundary >= 0) from += boundary + 1;
  const clause = text.slice(from, start);
  if (deadlines && DEADLINE_CUE.test(clause)) return true;
  let lastFuture = -1;
  FUTURE_CUES.lastIndex = 0;
  for (let m = FUTURE_CUES.exec(clause); m; m = FUTURE_CUES.exec(clause)) lastFuture = m.index + m[0].length;
  if (lastFuture < 0) return false;
  return !clause
    .slice(lastFuture)
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => PAST_SPEECH_CUES.has(word));
}

/** A date a few weeks back is that date, even in a forward-looking clause ("must reply by Jan. 14", read on Jan. 20). */
const RECENT_PAST_DAYS = 30;
/** A date less than two months ahead is an upcoming one: a writer naming one ten months back gives its year. */
const NEAR_FUTURE_DAYS = 61;

/**
 * Whether a date named without its year ("Aug. 7", "in April", "Christmas") is its latest occurrence at
 * or before publication (`daysBack` ago) or its next one (`daysAhead` away). Reports mostly look back:
 * past, unless it is under two months ahead, or the clause before it announces something to come and
 * the past occurrence is more than a month back.
 */
export function placeYearless(
  text: string,
  start: number,
  daysBack: number,
  daysAhead: number,
): 'past' | 'future' {
  if (daysBack === 0 || daysAhead === 0) return daysBack === 0 ? 'past' : 'future';
  if (daysBack <= RECENT_PAST_DAYS) return 'past';
  if (looksAhead(text, start, true)) return 'future';
  return daysAhead <= NEAR_FUTURE_DAYS ? 'future' : 'past';
}
