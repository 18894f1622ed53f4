// Schemas of path and query parameters, each with the message a client sees when its value is wrong.

import { z } from 'zod';
import { STANCES } from '../../domain/statement.js';

/** An integer in [min, max]; every failure says so in the same words. */
export function integerParam(min: number, max: number, fallback: number, description: string) {
  const error = `expected an integer from ${min} to ${max}`;
  return z.coerce
    .number({ error })
    .int({ error })
    .min(min, { error })
    .max(max, { error })
    .default(fallback)
    .describe(description);
}

/** Free text of 1 to `max` characters. */
export function textParam(max: number, description: string) {
  const error = `expected text of 1 to ${max} characters`;
  return z.string({ error }).trim().min(1, { error }).max(max, { error }).optional().describe(description);
}

/** A calendar date at the precision the caller wants: YYYY, YYYY-MM or YYYY-MM-DD. */
export function partialDateParam(description: string) {
  return z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    })
    .optional()
    .describe(description);
}

export const stanceParam = z
  .enum(STANCES as ['assert', 'deny', 'confirm', 'contest'], {
    error: `expected one of ${STANCES.join(', ')}`,
  })
  .optional()
  .describe('only statements with this stance');

/** A document id: the first 16 hex digits of the SHA-256 of its text. */
export const documentIdParam = z
  .string()
  .regex(/^[0-9a-f]{16}$/, { error: 'expected a document id of 16 lowercase hex digits' })
  .describe('the document id (first 16 hex digits of the SHA-256 of its text)');

/** `limit` and `offset`, with the largest page a list allows. */
export function pageParams(maxLimit: number, defaultLimit = 50) {
  return {
    limit: integerParam(1, maxLimit, defaultLimit, `at most this many items (1 to ${maxLimit})`),
    offset: integerParam(0, 1_000_000, 0, 'skip this many items first (the `next` of the previous page)'),
  };
}
