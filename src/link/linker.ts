// Incremental linking: each statement and evidence event joins the propositions it asserts or disputes.

import { InvalidInput } from '../domain/errors.js';
import { createSideMap, type SideMap } from './actor-sides.js';
import { ControlContradictions } from './control-contradictions.js';
import { statementClaim } from './document-claims.js';
import { linkEvidence } from './evidence-links.js';
import { linkFrames } from './frame-links.js';
import type { LinkContext } from './link-context.js';
import type { LinkDelta, LinkerSnapshot } from './linker-state.js';
import { prepareDocument, type PreparedDocument, type PreparedStatement } from './prepare-document.js';
import type { IndexedProposition } from './proposition-index.js';
import { PropositionRegistry } from './proposition-registry.js';
import type { Claim, LinkBasis, LinkDocument, LinkResult, LinkStatement, Polarity } from './proposition.js';
import { linkReference, type DocClaim } from './reference-links.js';
import { textUnits, type TextUnits } from './text-units.js';
import { linkByWords } from './word-links.js';

export interface LinkOptions {
  /** Actor → origin → side; defaults to `createSideMap()`. */
  sides?: SideMap;
  /** Similarity (0..1) a claim the lexicon has no predicate for needs to join a proposition; default 0.5. */
  lexicalThreshold?: number;
  /** Display names by actor id, for canonical texts that name a claimant. */
  actorNames?: Readonly<Record<string, string>>;
  /** Keep every claim and link for `result()` (default); a session that drains can set it false. */
  retain?: boolean;
}

/**
 * Links documents one at a time, in the order they become known, and can be read at any time
 * (`result`) or drained of what changed (`drain`), so a store can persist linking as it goes and
 * rebuild a linker from what it persisted (`restore`) without reading documents again. Every link is
 * `suggested`; ids are content hashes, so the same documents in the same order give the same output.
 */
export class Linker implements LinkContext {
  readonly sides: SideMap;
  readonly threshold: number;
  readonly names: Readonly<Record<string, string>>;
  readonly registry: PropositionRegistry;
  readonly contradictions: ControlContradictions;

  constructor(options: LinkOptions = {}) {
    this.sides = options.sides ?? createSideMap();
    this.threshold = options.lexicalThreshold ?? 0.5;
    this.names = options.actorNames ?? {};
    this.registry = new PropositionRegistry(options.retain ?? true);
    this.contradictions = new ControlContradictions(this.registry, this.sides);
  }

  /** Continues from a snapshot of persisted state; call on a new linker, before adding documents. */
  restore(snapshot: LinkerSnapshot): void {
    this.registry.restore(snapshot);
    this.contradictions.restore(snapshot.holds);
  }

  /**
   * Links one document. `prepared` is `prepareDocument(document, sides)` with this linker's sides, when
   * it was read ahead (in another thread); without it the document is read here. Throws InvalidInput when
   * `prepared` is of another document.
   */
  addDocument(document: LinkDocument, prepared?: PreparedDocument): void {
    const read = prepared ?? prepareDocument(document, this.sides);
    if (
      read.documentId !== document.id ||
      read.statements.length !== document.statements.length ||
      read.evidence.length !== (document.evidence ?? []).length
    ) {
      throw new InvalidInput(
        `linker: expected the preparation of document ${document.id} (${document.statements.length} statements), found one of ${read.documentId} (${read.statements.length} statements)`,
      );
    }
    const units = textUnits(document.text);
    const docClaims: DocClaim[] = [];
    const items = [
      ...document.statements.map((statement, i) => ({
        at: Math.min(statement.speaker.start, statement.content.start),
        statement,
        i,
      })),
      ...(document.evidence ?? []).map((evidence, i) => ({ at: evidence.start, evidence, i })),
    ].sort((a, b) => a.at - b.at);
    for (const item of items) {
      if ('statement' in item) {
        const statement = read.statements[item.i];
        if (statement) this.addStatement(document, units, docClaims, item.statement, statement);
      } else {
        const evidence = read.evidence[item.i];
        if (evidence) linkEvidence(this, document, units, docClaims, item.evidence, evidence);
      }
    }
  }

  /** Every claim, proposition and link so far (claims and links only when `retain` is on). */
  result(): LinkResult {
    return this.registry.all();
  }

  /** What linking added since the previous drain: new claims, propositions and links, and state changes. */
  drain(): LinkDelta {
    return this.registry.drain();
  }

  private addStatement(
    document: LinkDocument,
    units: TextUnits,
    docClaims: DocClaim[],
    statement: LinkStatement,
    prepared: PreparedStatement,
  ): void {
    const claim = statementClaim(document, statement);
    this.registry.addClaim(claim);
    const { origin, embedded, claimText, reading } = prepared;
    const docClaim: DocClaim = {
      claim,
      origin,
      at: Math.min(statement.speaker.start, statement.content.start),
      primary: [],
    };
    let polarity: Polarity =
      statement.stance === 'deny' || statement.stance === 'contest' ? 'disputes' : 'supports';
    if (embedded?.calledFalse) polarity = 'disputes';
    this.registry.countTerms(reading.terms);
    if (reading.neutral !== null) {
      docClaims.push(docClaim);
      return;
    }

    // The owner of an embedded claim asserts it ("Russian claims of full control": Russia says so).
    if (embedded && embedded.owner !== null && embedded.owner !== origin && reading.frames.length > 0) {
      const owned: Claim = {
        ...claim,
        id: `${claim.id}#embedded`,
        kind: 'embedded',
        speaker: { text: document.text.slice(embedded.ownerStart, embedded.ownerEnd), actor: embedded.owner },
        stance: 'assert',
        hedged: false,
        text: claimText,
        start: embedded.start,
        end: embedded.end,
        parent: claim.id,
      };
      this.registry.addClaim(owned);
      linkFrames(this, document, owned, embedded.owner, reading, 'supports', claimText, 'embedded');
    }

    const rest = prepared.rest;
    if (rest !== null && rest.frames.length > 0 && rest.neutral === null && embedded?.restStart != null) {
      // ", saying Ukrainian units still hold positions": the reporting speaker's own assertion.
      const restText = statement.content.text.slice(embedded.restStart - statement.content.start);
      docClaim.primary.push(
        ...linkFrames(this, document, claim, origin, rest, 'supports', restText, 'match'),
      );
    }
    if (reading.frames.length > 0) {
      docClaim.primary.unshift(
        ...linkFrames(this, document, claim, origin, reading, polarity, claimText, 'match'),
      );
    } else if (reading.referential) {
      docClaim.primary = linkReference(
        {
          text: document.text,
          documentId: document.id,
          units,
          earlier: docClaims,
          find: (id) => this.registry.get(id),
          match: (frame) => this.registry.index.matchFrame(frame, document.id),
          link: (c, target, p, basis, score) => this.addLink(c, target, p, basis, score, document.id),
        },
        docClaim,
        statement,
        polarity,
      );
    } else {
      docClaim.primary = linkByWords(this, document, claim, origin, reading, polarity, claimText);
    }
    docClaims.push(docClaim);
  }

  /** See LinkContext.addLink. */
  addLink(
    claim: Claim,
    target: IndexedProposition,
    polarity: Polarity,
    basis: LinkBasis,
    score: number,
    documentId: string,
  ): void {
    const earlier = this.registry.addLink(claim, target, polarity, basis, score, documentId);
    if (earlier) this.contradictions.controlSupported(target);
  }
}
