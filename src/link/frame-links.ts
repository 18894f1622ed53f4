// Links a claim to the proposition of each frame it asserts, creating the propositions that do not exist yet.

import type { ClaimFrame, ContentReading } from './claim-frame.js';
import { flip, type LinkContext } from './link-context.js';
import { createProposition } from './proposition-factory.js';
import type { Claim, LinkBasis, LinkDocument, Polarity } from './proposition.js';

/** Links each frame of a reading; returns the propositions linked directly (not by entailment). */
export function linkFrames(
  context: LinkContext,
  document: LinkDocument,
  claim: Claim,
  origin: string | null,
  reading: ContentReading,
  polarity: Polarity,
  claimText: string,
  basis: LinkBasis,
): string[] {
  const primary: string[] = [];
  const priorityFrame = reading.frames.find((f) => f.predicate === 'priority');
  let claimedId: string | null = null;
  let holdRecorded = false;
  for (const frame of reading.frames) {
    if (frame.predicate === 'priority') continue;
    const framePolarity = frame.negated ? flip(polarity) : polarity;
    if (frame.entailed) {
      if (framePolarity === 'disputes') continue;
      const target = context.registry.index.matchFrame(frame, document.id);
      if (target) context.addLink(claim, target, framePolarity, 'entailed', 0.7, document.id);
      continue;
    }
    const found = context.registry.index.matchFrame(frame, document.id);
    const target =
      found ??
      createProposition(
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
    const score =
      found === null ? 1 : frame.party !== null && frame.party === found.proposition.party ? 1 : 0.8;
    context.addLink(claim, target, framePolarity, found === null ? 'new' : basis, score, document.id);
    primary.push(target.proposition.id);
    if (priorityFrame?.claimed && sameFrame(priorityFrame.claimed, frame)) claimedId = target.proposition.id;
    if (frame.predicate === 'hold' && framePolarity === 'supports' && !holdRecorded) {
      holdRecorded = true;
      context.contradictions.addHold(claim, origin, reading.places, document.id);
    }
  }
  if (priorityFrame) {
    const claimant =
      priorityFrame.claimant === origin ? (claim.speaker.actor ?? origin) : (priorityFrame.claimant ?? null);
    const claimedKey = priorityFrame.claimed ? frameKey(priorityFrame.claimed) : null;
    const frame: ClaimFrame = { ...priorityFrame, party: claimant };
    const found = context.registry.index.matchFrame(frame, document.id, claimedKey);
    const priority = { claimant: claimant ?? '', propositionId: claimedId };
    const target =
      found ??
      createProposition(
        context,
        frame,
        claim,
        origin,
        reading,
        claimText,
        polarity,
        document.id,
        claimedKey,
        priority,
      );
    context.addLink(
      claim,
      target,
      priorityFrame.negated ? flip(polarity) : polarity,
      found ? basis : 'new',
      1,
      document.id,
    );
    primary.unshift(target.proposition.id);
  }
  return primary;
}

function frameKey(frame: ClaimFrame): string {
  return `${frame.predicate}|${frame.party ?? ''}|${frame.place ?? ''}`;
}

function sameFrame(a: ClaimFrame, b: ClaimFrame): boolean {
  return frameKey(a) === frameKey(b) && a.start === b.start;
}
