// Creates a proposition for a claim that matched none: its id, canonical text and what matching needs.

import type { ClaimFrame, ContentReading } from './claim-frame.js';
import { contentId } from './content-id.js';
import type { LinkContext } from './link-context.js';
import { frequencies, type IndexedProposition } from './proposition-index.js';
import { propositionText } from './proposition-text.js';
import type { Claim, Polarity, Proposition } from './proposition.js';

/**
 * A new proposition founded by `claim` for `frame`, registered and indexed. Its id is a content hash of
 * the claim and the frame's key; its text is final (a priority claim names the claimed proposition).
 */
export function createProposition(
  context: LinkContext,
  frame: ClaimFrame,
  claim: Claim,
  origin: string | null,
  reading: ContentReading,
  claimText: string,
  polarity: Polarity,
  documentId: string,
  claimedKey: string | null,
  priority: Proposition['priority'],
): IndexedProposition {
  const claimed = priority?.propositionId ? context.registry.get(priority.propositionId) : undefined;
  const proposition: Proposition = {
    id: contentId('p', claim.id, frame.predicate, frame.party, frame.place),
    text: propositionText({
      predicate: frame.predicate,
      party: frame.party,
      place: frame.place,
      foundingText: claimText,
      claimantName: priority ? (context.names[priority.claimant] ?? priority.claimant) : '',
      claimedText: claimed ? plainText(context, claimed) : '',
    }),
    predicate: frame.predicate,
    party: frame.party,
    place: frame.place,
    foundedBy: claim.id,
    mergedInto: null,
    priority,
  };
  return context.registry.create({
    proposition,
    terms: frame.predicate === 'other' ? frequencies(reading.terms) : new Map<string, number>(),
    actors: reading.actors,
    numbers: reading.numbers,
    claimedKey,
    foundingText: claimText,
    foundingOrigin: polarity === 'supports' ? origin : null,
    documentId,
  });
}

/** A proposition's text without priority wording, for the text of a priority claim about it. */
function plainText(context: LinkContext, entry: IndexedProposition): string {
  const p = entry.proposition;
  return propositionText({
    predicate: p.predicate,
    party: p.party,
    place: p.place,
    foundingText: context.registry.foundingOf(p.id).text,
  });
}
