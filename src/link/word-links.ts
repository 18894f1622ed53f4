// Claims the lexicon has no predicate for join the lexically closest proposition, or found a new one.

import type { ClaimFrame, ContentReading } from './claim-frame.js';
import { flip, type LinkContext } from './link-context.js';
import { createProposition } from './proposition-factory.js';
import type { Claim, LinkDocument, Polarity } from './proposition.js';

/** An `other` claim founds a proposition only with at least this many informative terms. */
const MIN_FOUNDING_TERMS = 3;

/** Claims the lexicon has no predicate for: the lexically closest proposition, else a new one. */
export function linkByWords(
  context: LinkContext,
  document: LinkDocument,
  claim: Claim,
  origin: string | null,
  reading: ContentReading,
  polarity: Polarity,
  claimText: string,
): string[] {
  const informative = reading.terms.filter((t) => t !== `@${origin ?? ''}`);
  if (informative.length === 0) return [];
  const framePolarity = reading.negated ? flip(polarity) : polarity;
  const found = context.registry.index.matchTerms(
    reading.terms,
    reading.actors,
    reading.numbers,
    document.id,
    context.threshold,
  );
  if (found) {
    context.addLink(claim, found.entry, framePolarity, 'match', Math.min(1, found.score), document.id);
    return [found.entry.proposition.id];
  }
  if (new Set(informative).size < MIN_FOUNDING_TERMS) return [];
  const frame: ClaimFrame = {
    predicate: 'other',
    party: null,
    place: null,
    negated: reading.negated,
    start: claim.start,
    end: claim.end,
    entailed: false,
  };
  const created = createProposition(
    context,
    frame,
    claim,
    origin,
    reading,
    claimText,
    framePolarity,
    document.id,
    null,
    null,
  );
  context.addLink(claim, created, framePolarity, 'new', 1, document.id);
  return [created.proposition.id];
}
