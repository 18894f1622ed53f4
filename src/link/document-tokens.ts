// The claim tokens of a whole document, tokenized once and sliced for any stretch of it.

import { claimTokens, scanTokens, type ClaimToken } from './claim-tokens.js';

/**
 * A document's claim tokens. `of` gives the tokens of a stretch of the document exactly as
 * `claimTokens` would, without tokenizing it again: the token pattern looks neither behind nor past the
 * end of a match, so a stretch that cuts no match in two has the document's own tokens. So does a
 * stretch that ends just before a sentence-final dot: the word matched without its dot is the same
 * token. A stretch that cuts a match otherwise (or text that is not the document's at that offset) is
 * tokenized on its own.
 */
export class DocumentTokens {
  /** Every token of the document, offsets in the document. */
  readonly tokens: readonly ClaimToken[];
  /** Where each token's match ends (a sentence-final dot is matched but left out of the token). */
  private readonly matchEnds: number[] = [];

  constructor(readonly text: string) {
    this.tokens = scanTokens(text, 0, this.matchEnds);
  }

  /** The same tokens as `claimTokens(part, start)`, where `part` is usually `text.slice(start, …)`. */
  of(part: string, start: number): ClaimToken[] {
    const end = start + part.length;
    if (start < 0 || end > this.text.length || !this.text.startsWith(part, start)) {
      return claimTokens(part, start);
    }
    const first = this.firstEndingAfter(start);
    let last = first;
    for (; last < this.tokens.length; last += 1) {
      const token = this.tokens[last];
      if (token === undefined || token.start >= end) break;
      if (token.start < start) return claimTokens(part, start);
      const matchEnd = this.matchEnds[last] ?? 0;
      if (matchEnd > end && !(matchEnd === end + 1 && token.end === end)) return claimTokens(part, start);
    }
    return this.tokens.slice(first, last);
  }

  /** The index of the first token whose match ends after `offset` (binary search). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.matchEnds[mid] ?? 0) > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
