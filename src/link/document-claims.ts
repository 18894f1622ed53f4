// The claims a document's statements stand for, and the day a document counts as known from.

import { statementId } from './content-id.js';
import { laterOf } from './partial-date.js';
import type { Claim, LinkDocument, LinkStatement } from './proposition.js';

/** The day a document counts as known from: the later of its publication and its logging. */
export function knownOn(document: LinkDocument): string | null {
  return laterOf(document.publishedAt, document.loggedOn ?? null);
}

/** The claim a statement stands for: its id (the store's, else derived), speaker, stance and dates. */
export function statementClaim(document: LinkDocument, statement: LinkStatement): Claim {
  return {
    id: statement.id ?? statementId(document.id, statement),
    kind: 'statement',
    documentId: document.id,
    logIndex: document.logIndex,
    publishedAt: document.publishedAt,
    knownOn: knownOn(document),
    on: statement.saidOn ?? document.publishedAt,
    speaker: { text: statement.speaker.text, actor: statement.speaker.actor },
    outlet: document.outlet,
    stance: statement.stance,
    evidenceKind: null,
    hedged: statement.hedged,
    text: statement.content.text,
    start: statement.content.start,
    end: statement.content.end,
    parent: null,
  };
}
