// Parameters shared by the assessment routes: the as-of day (with `logged`) and proposition ids.

import { z } from 'zod';
import type { AsOf } from '../../app/assessment-ports.js';

/** `asOf` and `logged`: answer from what was known by a day instead of now. */
export const asOfQuery = {
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a day as YYYY-MM-DD' })
    .optional()
    .describe('answer from what was published by this day, and decisions made by then'),
  logged: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .optional()
    .describe('with asOf: count only documents the log also held by that day'),
};

/** The use cases' as-of argument from validated `asOf` and `logged` (null: now). */
export function asOfOf(query: { asOf?: string | undefined; logged?: string | undefined }): AsOf | null {
  return query.asOf === undefined ? null : { day: query.asOf, logged: query.logged === 'true' };
}

/** A proposition id, or a unique prefix of one. */
export const propositionIdParam = z
  .string()
  .regex(/^[a-z0-9]{1,40}$/, {
    error: 'expected a proposition id (or a unique prefix): lowercase letters and digits',
  })
  .describe('a proposition id, or a unique prefix of one');
