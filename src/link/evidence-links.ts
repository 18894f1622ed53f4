// Evidence events (a capture, released footage, an official report) link like claims in the document's own voice.

import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import { evidenceId } from './content-id.js';
import { knownOn } from './document-claims.js';
import { linkFrames } from './frame-links.js';
import type { LinkContext } from './link-context.js';
import type { PreparedEvidence } from './prepare-document.js';
import type { Claim, LinkDocument } from './proposition.js';
import type { DocClaim } from './reference-links.js';
import type { TextUnits } from './text-units.js';

/**
 * Links an evidence event (read beforehand: `prepared`): by the frames its clause asserts, else (a
 * report that names no claim of its own) to what the statements of its sentence claim. Adds the event
 * to `docClaims`.
 */
export function linkEvidence(
  context: LinkContext,
  document: LinkDocument,
  units: TextUnits,
  docClaims: DocClaim[],
  event: EvidenceEvent,
  prepared: PreparedEvidence,
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
  const { origin, reading } = prepared;
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
