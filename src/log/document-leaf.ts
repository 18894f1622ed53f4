// The log leaf of an ingested document: the RFC 8785 canonical JSON of the record that commits to its content.
import type { Document } from '../domain/document.js';
import { canonicalJsonBytes } from './canonical-json.js';

/** What a document's leaf records. `contentHash` commits to the full text, which the leaf does not carry. */
export type DocumentLeafRecord = Pick<
  Document,
  'contentHash' | 'outlet' | 'url' | 'publishedAt' | 'retrievedAt' | 'title' | 'language'
>;

/** The `type` member of document leaves; a new version gets a new name, old leaves keep theirs. */
export const DOCUMENT_LEAF_TYPE = 'claimlog.document/v1';

/**
 * The exact leaf bytes for `document`: canonical JSON of its record fields plus `type`, nulls kept as null.
 * The same record always gives the same bytes, so an audit can recompute a leaf from the stored document.
 */
export function documentLeaf(document: DocumentLeafRecord): Uint8Array {
  return canonicalJsonBytes({
    type: DOCUMENT_LEAF_TYPE,
    contentHash: document.contentHash,
    outlet: document.outlet,
    url: document.url,
    publishedAt: document.publishedAt,
    retrievedAt: document.retrievedAt,
    title: document.title,
    language: document.language,
  });
}
