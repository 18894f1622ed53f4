// The named schemas of the API: each becomes `#/components/schemas/<id>` in the OpenAPI document.

import { z } from 'zod';

export const apiSchemas = z.registry<{ id: string }>();

/** Registers `schema` under `id` (once) and returns it, so route definitions can use it directly. */
export function named<T extends z.ZodType>(id: string, schema: T): T {
  if (!apiSchemas.has(schema)) apiSchemas.add(schema, { id });
  return schema;
}
