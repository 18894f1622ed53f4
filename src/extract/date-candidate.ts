// The shape every date finder yields before overlapping finds are reconciled into date mentions.

import type { Anaphor } from './date-anaphora.js';

/** A time expression one finder recognised, already resolved against the publication date. */
export interface DateCandidate {
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null when the publication date (or a year) is missing. */
  value: string | null;
  /** Higher wins when two finds overlap and neither contains the other (see `Priority`). */
  priority: number;
  /** A time of day with no day of its own ("10:35 a.m."): it takes the day of a date beside it. */
  timeOnly?: true;
  /** Counts from the date mentioned before it ("that year", "a year earlier"): resolved after reconciling. */
  anaphor?: Anaphor;
}

/** How much a find is trusted against an overlapping one. */
export const Priority = {
  /** A time of day alone. */
  time: 1,
  /** Our own rules for relative and period expressions. */
  rule: 2,
  /** An explicit calendar date (month or day named, or a numeric date). */
  calendar: 3,
} as const;
