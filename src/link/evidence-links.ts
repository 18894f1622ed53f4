// Evidence events (a capture, released footage, an official report) link like claims in the document's own voice.

import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import { readContent } from './claim-frame.js';
import { firstActorIn } from './concept-spans.js';
import { evidenceId } from './content-id.js';
import { knownOn } from './document-claims.js';
import type { DocumentTokens } from './document-tokens.js';
import { linkFrames } from './frame-links.js';
import type { LinkContext } from './link-context.js';
import type { Claim, LinkDocument } from './proposition.js';
import type { DocClaim } from './reference-links.js';
import type { TextUnits } from './text-units.js';

/**
 * Links an evidence event: by the frames its clause asserts, else (a report that names no claim of its
 * own) to what the statements of its sentence claim. Adds the event to `docClaims`.
 */
export function linkEvidence(
  context: LinkContext,
  document: LinkDocument,
  units: TextUnits,
  docClaims: DocClaim[],
  event: EvidenceEvent,
  contextPlaces: (offset: number) => string[],
  tokens: DocumentTokens,
): void {
  const claim: Claim = {
    id: evidenceId(document.id, event.start, event.end),
    kind: 'evidence',
    documentId: document.id,
    logIndex: document.logIndex,
    publishedAt: document.publishedAt,
    knownOn: knownOn(document),
    on: event.on ?? document.publishedAt,
    speaker: { text: event.source ?? document.outlet ?? '', actor: event.source },
    outlet: document.outlet,
    stance: null,
    evidenceKind: event.kind,
    hedged: false,
    text: event.what,
    start: event.start,
    end: event.end,
    parent: null,
  };
  context.registry.addClaim(claim);
  const origin =
    context.sides.origin(event.source) ??
    firstActorIn(event.source ?? '') ??
    context.sides.origin(document.outlet);
  const reading = readContent(
    event.what,
    event.start,
    { speaker: origin, contextPlaces: contextPlaces(event.start) },
    tokens.of(event.what, event.start),
  );
  context.registry.countTerms(reading.terms);
  let primary: string[] = [];
  if (reading.frames.length > 0) {
    primary = linkFrames(context, document, claim, origin, reading, 'supports', event.what, 'match');
  } else {
    // A report or admission that names no claim of its own ("state media reports released on April 27")
    // bears on what the statements of its sentence claim.
    const sentence = units.sentenceAt(event.start);
    for (const other of docClaims) {
      if (other.at < sentence.start || other.at >= sentence.end || other.claim.kind === 'evidence') continue;
      for (const id of other.primary) {
        const target = context.registry.get(id);
        if (target) context.addLink(claim, target, 'supports', 'reference', 0.5, document.id);
        if (!primary.includes(id)) primary.push(id);
      }
    }
  }
  docClaims.push({ claim, origin, at: event.start, primary });
}
