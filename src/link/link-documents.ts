// Links a set of documents at once, in the order they became known (see Linker for incremental linking).

import { compareDates } from './partial-date.js';
import { knownOn } from './document-claims.js';
import { Linker, type LinkOptions } from './linker.js';
import type { LinkDocument, LinkResult } from './proposition.js';

export { Linker, knownOn, type LinkOptions };

/**
 * Links every statement and evidence event of `documents` to propositions and returns all claims,
 * propositions and links. Documents are taken in the order they became known (publication or logging
 * day, then log index, then id), so linking the documents known by a date gives the same links for
 * them as linking everything: as-of views are filters of one result. Same inputs, same output; ids are
 * content hashes. Every link is `suggested`; analyst decisions are applied afterwards.
 */
export function linkDocuments(documents: readonly LinkDocument[], options: LinkOptions = {}): LinkResult {
  const linker = new Linker(options);
  for (const document of sortByKnowledge(documents)) linker.addDocument(document);
  return linker.result();
}

/** Documents in the order they became known: day known, log index, id. */
export function sortByKnowledge(documents: readonly LinkDocument[]): LinkDocument[] {
  return [...documents].sort(
    (a, b) =>
      compareDates(knownOn(a), knownOn(b)) ||
      (a.logIndex ?? Number.MAX_SAFE_INTEGER) - (b.logIndex ?? Number.MAX_SAFE_INTEGER) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
