// Reads the syndication record back: independent origins for the assessment stage, and origin fields for listings.

import { independentOrigins, type IndependentOrigins } from '../ingest/syndication/independent-origins.js';
import type { Store } from './ports.js';

/**
 * What the assessment stage reads to count corroboration by independent origins rather than by documents.
 * Implementations MUST resolve copy-of chains through documents outside the set asked about.
 */
export interface OriginReader {
  independentOrigins(documentIds: readonly string[]): Promise<IndependentOrigins>;
}

/**
 * The independent origins of `documentIds`: each document is traced to the original it copies (through
 * any chain of copies, stored or not in the set) and credited to the outlets that original says it relays,
 * else to its outlet (see `independentOrigins`). Each origin lists only the asked documents it covers, in
 * the order asked; unknown ids are left out.
 */
export async function independentOriginsOf(
  store: Store,
  documentIds: readonly string[],
): Promise<IndependentOrigins> {
  const asked = new Set(documentIds);
  const all = independentOrigins(await store.origins.originInputs([...asked]));
  const origins = all.origins
    .map((origin) => ({ key: origin.key, documentIds: origin.documentIds.filter((id) => asked.has(id)) }))
    .filter((origin) => origin.documentIds.length > 0);
  return { count: origins.length, origins };
}

/** Fields listings add beside a document: never renamed, only added to. */
export interface OriginFields {
  /** The earlier stored document this one nearly duplicates, or null. */
  copyOf: string | null;
  /** Outlets it credits as its source ("Reuters reported", "(Yonhap) —"), other than its own. */
  relayedFrom: string[];
  /** For a changed feed item, the document of its previous version. */
  revisionOf: string | null;
}

/** `items` with the origin fields of the document `documentIdOf` names, in one query per table. */
export async function withOriginFields<T>(
  store: Store,
  items: readonly T[],
  documentIdOf: (item: T) => string,
): Promise<(T & OriginFields)[]> {
  const ids = [...new Set(items.map(documentIdOf))];
  const [summaries, revisions] = await Promise.all([
    store.origins.summaries(ids),
    store.feeds.revisionsOf(ids),
  ]);
  return items.map((item) => {
    const id = documentIdOf(item);
    const summary = summaries.get(id);
    return {
      ...item,
      copyOf: summary?.copyOf ?? null,
      relayedFrom: summary?.relayedFrom ?? [],
      revisionOf: revisions.get(id) ?? null,
    };
  });
}

/** The origin fields of one document. */
export async function originFieldsOf(store: Store, documentId: string): Promise<OriginFields> {
  const [fields] = await withOriginFields(store, [documentId], (id) => id);
  return {
    copyOf: fields?.copyOf ?? null,
    relayedFrom: fields?.relayedFrom ?? [],
    revisionOf: fields?.revisionOf ?? null,
  };
}
