// A document's identity: the SHA-256 of its text, so identical content is one document.

import { createHash } from 'node:crypto';

export interface DocumentIdentity {
  /** First 16 hex digits of the content hash: short enough to type, 64 bits against collisions. */
  id: string;
  /** SHA-256 of the UTF-8 text, lowercase hex. The log's leaf commits to it. */
  contentHash: string;
}

export function identifyDocument(text: string): DocumentIdentity {
  const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
  return { id: contentHash.slice(0, 16), contentHash };
}
