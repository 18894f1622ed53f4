// The envelope of every list the API serves: a page of items and where the next one starts.

import { z } from 'zod';
import { named } from '../schema-registry.js';

/** A named page schema of `item`. `next` is the offset of the following page, or null at the end. */
export function pageOf<T extends z.ZodType>(id: string, item: T) {
  return named(
    id,
    z.object({
      items: z.array(item),
      limit: z.int().min(1),
      offset: z.int().min(0),
      next: z.int().min(1).nullable().describe('the offset of the next page, or null when this is the last'),
    }),
  );
}

/**
 * Cuts a page from `rows`, fetched with limit + 1 so a following page is known to exist without
 * counting: the extra row is dropped and turns `next` on.
 */
export function toPage<T>(rows: readonly T[], page: { limit: number; offset: number }) {
  const more = rows.length > page.limit;
  return {
    items: more ? rows.slice(0, page.limit) : [...rows],
    limit: page.limit,
    offset: page.offset,
    next: more ? page.offset + page.limit : null,
  };
}
