// What linking reads from a document before it meets any proposition: the same whatever the linker holds.

import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import { createSideMap, type SideMap } from './actor-sides.js';
import { readContent, type ContentReading } from './claim-frame.js';
import { firstActorIn } from './concept-spans.js';
import { cueNegated } from './cue-negation.js';
import { DocumentTokens } from './document-tokens.js';
import { readEmbeddedClaim, type EmbeddedClaim } from './embedded-claim.js';
import { placeMentions, placesBefore } from './place-mentions.js';
import type { LinkDocument, LinkStatement } from './proposition.js';

/** One statement as linking reads it. */
export interface PreparedStatement {
  /** The speaker's origin: what "we" and "our" stand for. */
  origin: string | null;
  /** The claim the content reports ("Russian claims of full control …"), when it opens with one. */
  embedded: EmbeddedClaim | null;
  /** The claim's own words: the embedded claim when there is one, else the whole content. */
  claimText: string;
  /** What the claim's words assert; neutral `unconfirmed` when the reporting cue is negated. */
  reading: ContentReading;
  /** The reporting speaker's own words after an embedded claim, when there are some and the claim is not neutral. */
  rest: ContentReading | null;
}

/** One evidence event as linking reads it. */
export interface PreparedEvidence {
  /** The origin of its source, else of the document's outlet. */
  origin: string | null;
  reading: ContentReading;
}

/**
 * Everything linking reads from one document that does not depend on the propositions so far: plain
 * data (it can cross a worker boundary), one entry per statement and per evidence event, in the
 * document's order.
 */
export interface PreparedDocument {
  documentId: string;
  statements: PreparedStatement[];
  evidence: PreparedEvidence[];
}

/**
 * Reads `document`'s statements and evidence events for linking: pure, and the same for any linker
 * state, so it can run ahead of the linker (in another thread). `sides` must be the linker's own
 * (`LinkOptions.sides`, default `createSideMap()`): they tell whose side "we" is on.
 */
export function prepareDocument(document: LinkDocument, sides: SideMap = createSideMap()): PreparedDocument {
  const tokens = new DocumentTokens(document.text);
  const places = placeMentions(document.text, tokens.tokens);
  const before = (offset: number): string[] => placesBefore(places, offset);
  return {
    documentId: document.id,
    statements: document.statements.map((s) => prepareStatement(document.text, tokens, s, sides, before)),
    evidence: (document.evidence ?? []).map((e) => prepareEvidence(document, tokens, e, sides, before)),
  };
}

function prepareStatement(
  text: string,
  tokens: DocumentTokens,
  statement: LinkStatement,
  sides: SideMap,
  contextPlaces: (offset: number) => string[],
): PreparedStatement {
  const origin = sides.origin(statement.speaker.actor) ?? firstActorIn(statement.speaker.text);
  const content = statement.content;
  const contentTokens = tokens.of(content.text, content.start);
  const embedded = readEmbeddedClaim(content.text, content.start, contentTokens);
  let claimText = content.text;
  let claimStart = content.start;
  let pronounsMean = origin;
  if (embedded) {
    claimText = content.text.slice(embedded.start - content.start, embedded.end - content.start);
    claimStart = embedded.start;
    if (embedded.owner !== null) pronounsMean = embedded.owner;
  }
  const reading = readContent(
    claimText,
    claimStart,
    {
      speaker: pronounsMean,
      contextPlaces: contextPlaces(content.start),
      ownParty: statement.stance === 'confirm' || statement.stance === 'deny' ? pronounsMean : null,
    },
    embedded ? tokens.of(claimText, claimStart) : contentTokens,
  );
  if (cueNegated(text, statement, (part, start) => tokens.of(part, start))) reading.neutral ??= 'unconfirmed';
  let rest: ContentReading | null = null;
  if (reading.neutral === null && embedded?.restStart != null && embedded.restStart < content.end) {
    const restText = content.text.slice(embedded.restStart - content.start);
    rest = readContent(
      restText,
      embedded.restStart,
      { speaker: origin, contextPlaces: contextPlaces(embedded.restStart) },
      tokens.of(restText, embedded.restStart),
    );
  }
  return { origin, embedded, claimText, reading, rest };
}

function prepareEvidence(
  document: LinkDocument,
  tokens: DocumentTokens,
  event: EvidenceEvent,
  sides: SideMap,
  contextPlaces: (offset: number) => string[],
): PreparedEvidence {
  const origin =
    sides.origin(event.source) ?? firstActorIn(event.source ?? '') ?? sides.origin(document.outlet);
  const reading = readContent(
    event.what,
    event.start,
    { speaker: origin, contextPlaces: contextPlaces(event.start) },
    tokens.of(event.what, event.start),
  );
  return { origin, reading };
}
