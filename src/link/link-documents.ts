// Links statements and evidence to propositions, creating a proposition for each claim that matches none.

import type { Statement } from '../domain/statement.js';
import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import { createSideMap, type Side, type SideMap } from './actor-sides.js';
import { readContent, type ClaimFrame, type ContentReading } from './claim-frame.js';
import { claimTokens } from './claim-tokens.js';
import { conceptSpans, firstActorIn } from './concept-spans.js';
import { contentId, evidenceId, statementId } from './content-id.js';
import { readEmbeddedClaim } from './embedded-claim.js';
import { placeRegion } from './concept-lexicon.js';
import { addDays, compareDates, laterOf, periodStart } from './partial-date.js';
import { frequencies, PropositionIndex, type IndexedProposition } from './proposition-index.js';
import { propositionText } from './proposition-text.js';
import type {
  Claim,
  Link,
  LinkBasis,
  LinkDocument,
  LinkResult,
  LinkStatement,
  Polarity,
  Proposition,
} from './proposition.js';
import { textUnits, type TextUnits } from './text-units.js';

export interface LinkOptions {
  /** Actor → origin → side; defaults to `createSideMap()`. */
  sides?: SideMap;
  /** Similarity (0..1) a claim the lexicon has no predicate for needs to join a proposition; default 0.5. */
  lexicalThreshold?: number;
  /** Display names by actor id, for canonical texts that name a claimant. */
  actorNames?: Readonly<Record<string, string>>;
}

/** How far back in a document "the region" looks for the place it means. */
const CONTEXT_REACH = 800;
/** An `other` claim founds a proposition only with at least this many informative terms. */
const MIN_FOUNDING_TERMS = 3;

interface DocClaim {
  claim: Claim;
  origin: string | null;
  /** Where the claim starts in the document (speaker or content, whichever is first). */
  at: number;
  /** Propositions it links to directly (not by entailment). */
  primary: string[];
}

interface Founding {
  text: string;
  origin: string | null;
}

/**
 * Links every statement and evidence event of `documents` to propositions and returns all claims,
 * propositions and links. Documents are taken in the order they became known (publication or logging
 * day, then log index, then id), so linking the documents known by a date gives the same links for
 * them as linking everything: as-of views are filters of one result. Same inputs, same output; ids are
 * content hashes. Every link is `suggested`; analyst decisions are applied afterwards.
 */
export function linkDocuments(documents: readonly LinkDocument[], options: LinkOptions = {}): LinkResult {
  const linker = new Linker(options);
  for (const document of sortByKnowledge(documents)) linker.addDocument(document);
  return linker.result();
}

/** Documents in the order they became known: day known, log index, id. */
export function sortByKnowledge(documents: readonly LinkDocument[]): LinkDocument[] {
  return [...documents].sort(
    (a, b) =>
      compareDates(knownOn(a), knownOn(b)) ||
      (a.logIndex ?? Number.MAX_SAFE_INTEGER) - (b.logIndex ?? Number.MAX_SAFE_INTEGER) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function knownOn(document: LinkDocument): string | null {
  return laterOf(document.publishedAt, document.loggedOn ?? null);
}

/** Incremental linking: add documents in the order they become known, read the result at any time. */
export class Linker {
  private readonly sides: SideMap;
  private readonly threshold: number;
  private readonly names: Readonly<Record<string, string>>;
  private readonly index = new PropositionIndex();
  private readonly claims: Claim[] = [];
  private readonly links: Link[] = [];
  private readonly linked = new Set<string>();
  private readonly propositions: IndexedProposition[] = [];
  private readonly byId = new Map<string, IndexedProposition>();
  private readonly founding = new Map<string, Founding>();
  /** Claims that a side still holds positions, by place, for contradiction with later control claims. */
  private readonly holds = new Map<string, { claim: Claim; side: Side }[]>();

  constructor(options: LinkOptions = {}) {
    this.sides = options.sides ?? createSideMap();
    this.threshold = options.lexicalThreshold ?? 0.5;
    this.names = options.actorNames ?? {};
  }

  addDocument(document: LinkDocument): void {
    const units = textUnits(document.text);
    const places = placeMentions(document.text);
    const docClaims: DocClaim[] = [];
    const items = [
      ...document.statements.map((s) => ({ at: Math.min(s.speaker.start, s.content.start), statement: s })),
      ...(document.evidence ?? []).map((e) => ({ at: e.start, evidence: e })),
    ].sort((a, b) => a.at - b.at);
    for (const item of items) {
      const contextPlaces = (offset: number): string[] =>
        places.filter((p) => p.at < offset && p.at >= offset - CONTEXT_REACH).map((p) => p.id);
      if ('statement' in item && item.statement) {
        this.addStatement(document, units, docClaims, item.statement, contextPlaces);
      } else if ('evidence' in item && item.evidence) {
        this.addEvidence(document, units, docClaims, item.evidence, contextPlaces);
      }
    }
  }

  result(): LinkResult {
    const propositions: Proposition[] = this.propositions.map((entry) => {
      const p = entry.proposition;
      const founding = this.founding.get(p.id) ?? { text: '', origin: null };
      const claimed = p.priority?.propositionId ? this.byId.get(p.priority.propositionId) : undefined;
      const text = propositionText({
        predicate: p.predicate,
        party: p.party,
        place: p.place,
        foundingText: founding.text,
        claimantName: p.priority ? (this.names[p.priority.claimant] ?? p.priority.claimant) : '',
        claimedText: claimed ? this.textOf(claimed) : '',
      });
      return { ...p, text };
    });
    return { claims: [...this.claims], propositions, links: [...this.links] };
  }

  private textOf(entry: IndexedProposition): string {
    const p = entry.proposition;
    const founding = this.founding.get(p.id) ?? { text: '', origin: null };
    return propositionText({
      predicate: p.predicate,
      party: p.party,
      place: p.place,
      foundingText: founding.text,
    });
  }

  private addStatement(
    document: LinkDocument,
    units: TextUnits,
    docClaims: DocClaim[],
    statement: LinkStatement,
    contextPlaces: (offset: number) => string[],
  ): void {
    const claim = statementClaim(document, statement);
    this.claims.push(claim);
    const origin = this.sides.origin(statement.speaker.actor) ?? firstActorIn(statement.speaker.text);
    const docClaim: DocClaim = { claim, origin, at: claim.start, primary: [] };
    docClaim.at = Math.min(statement.speaker.start, statement.content.start);
    let polarity: Polarity =
      statement.stance === 'deny' || statement.stance === 'contest' ? 'disputes' : 'supports';

    const content = statement.content;
    const embedded = readEmbeddedClaim(content.text, content.start);
    let claimText = content.text;
    let claimStart = content.start;
    let pronounsMean = origin;
    if (embedded) {
      claimText = content.text.slice(embedded.start - content.start, embedded.end - content.start);
      claimStart = embedded.start;
      if (embedded.calledFalse) polarity = 'disputes';
      if (embedded.owner !== null) pronounsMean = embedded.owner;
    }
    const reading = readContent(claimText, claimStart, {
      speaker: pronounsMean,
      contextPlaces: contextPlaces(content.start),
      ownParty: statement.stance === 'confirm' || statement.stance === 'deny' ? pronounsMean : null,
    });
    if (cueNegated(document.text, statement)) reading.neutral ??= 'unconfirmed';
    this.index.countTerms(reading.terms);
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
      this.claims.push(owned);
      this.linkFrames(document, owned, embedded.owner, reading, 'supports', claimText, 'embedded');
    }

    if (embedded?.restStart != null && embedded.restStart < content.end) {
      // ", saying Ukrainian units still hold positions": the reporting speaker's own assertion.
      const restText = content.text.slice(embedded.restStart - content.start);
      const rest = readContent(restText, embedded.restStart, {
        speaker: origin,
        contextPlaces: contextPlaces(embedded.restStart),
      });
      if (rest.neutral === null && rest.frames.length > 0) {
        docClaim.primary.push(
          ...this.linkFrames(document, claim, origin, rest, 'supports', restText, 'match'),
        );
      }
    }
    if (reading.frames.length > 0) {
      docClaim.primary.unshift(
        ...this.linkFrames(document, claim, origin, reading, polarity, claimText, 'match'),
      );
    } else if (reading.referential) {
      docClaim.primary = this.linkReference(document, units, docClaims, docClaim, statement, polarity);
    } else {
      docClaim.primary = this.linkByWords(document, claim, origin, reading, polarity, claimText);
    }
    docClaims.push(docClaim);
  }

  private addEvidence(
    document: LinkDocument,
    units: TextUnits,
    docClaims: DocClaim[],
    event: EvidenceEvent,
    contextPlaces: (offset: number) => string[],
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
    this.claims.push(claim);
    const origin =
      this.sides.origin(event.source) ??
      firstActorIn(event.source ?? '') ??
      this.sides.origin(document.outlet);
    const reading = readContent(event.what, event.start, {
      speaker: origin,
      contextPlaces: contextPlaces(event.start),
    });
    this.index.countTerms(reading.terms);
    let primary: string[] = [];
    if (reading.frames.length > 0) {
      primary = this.linkFrames(document, claim, origin, reading, 'supports', event.what, 'match');
    } else {
      // A report or admission that names no claim of its own ("state media reports released on April 27")
      // bears on what the statements of its sentence claim.
      const sentence = units.sentenceAt(event.start);
      for (const other of docClaims) {
        if (other.at < sentence.start || other.at >= sentence.end || other.claim.kind === 'evidence')
          continue;
        for (const id of other.primary) {
          const target = this.byId.get(id);
          if (target) this.addLink(claim, target, 'supports', 'reference', 0.5, document.id);
          if (!primary.includes(id)) primary.push(id);
        }
      }
    }
    docClaims.push({ claim, origin, at: event.start, primary });
  }

  /** Links each frame of a reading; returns the propositions linked directly (not by entailment). */
  private linkFrames(
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
    for (const frame of reading.frames) {
      if (frame.predicate === 'priority') continue;
      const framePolarity = frame.negated ? flip(polarity) : polarity;
      if (frame.entailed) {
        if (framePolarity === 'disputes') continue;
        const target = this.index.matchFrame(frame, document.id);
        if (target) this.addLink(claim, target, framePolarity, 'entailed', 0.7, document.id);
        continue;
      }
      const found = this.index.matchFrame(frame, document.id);
      const target =
        found ??
        this.create(frame, claim, origin, reading, claimText, framePolarity, document.id, null, null);
      const score =
        found === null ? 1 : frame.party !== null && frame.party === found.proposition.party ? 1 : 0.8;
      this.addLink(claim, target, framePolarity, found === null ? 'new' : basis, score, document.id);
      primary.push(target.proposition.id);
      if (priorityFrame?.claimed && sameFrame(priorityFrame.claimed, frame))
        claimedId = target.proposition.id;
      if (frame.predicate === 'hold' && framePolarity === 'supports')
        this.linkContradictions(claim, origin, reading, document.id);
    }
    if (priorityFrame) {
      const claimant =
        priorityFrame.claimant === origin
          ? (claim.speaker.actor ?? origin)
          : (priorityFrame.claimant ?? null);
      const claimedKey = priorityFrame.claimed ? frameKey(priorityFrame.claimed) : null;
      const frame: ClaimFrame = { ...priorityFrame, party: claimant };
      const found = this.index.matchFrame(frame, document.id, claimedKey);
      const priority = { claimant: claimant ?? '', propositionId: claimedId };
      const target =
        found ??
        this.create(frame, claim, origin, reading, claimText, polarity, document.id, claimedKey, priority);
      this.addLink(
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

  /**
   * A denial that names no claim of its own ("a claim dismissed as rumours", "rejected the reports")
   * joins what it points at: the nearest earlier claim of another speaker in the same sentence, else in
   * the same paragraph, else the propositions the sentence's own words name.
   */
  private linkReference(
    document: LinkDocument,
    units: TextUnits,
    docClaims: readonly DocClaim[],
    docClaim: DocClaim,
    statement: Statement,
    polarity: Polarity,
  ): string[] {
    const sentence = units.sentenceAt(statement.content.start);
    const paragraph = units.paragraphAt(statement.content.start);
    const earlier = docClaims.filter(
      (c) => c.at < docClaim.at && c.primary.length > 0 && c.origin !== docClaim.origin,
    );
    const pointed =
      earlier.filter((c) => c.at >= sentence.start).pop() ??
      earlier.filter((c) => c.at >= paragraph.start).pop();
    if (pointed) {
      for (const id of pointed.primary) {
        const target = this.byId.get(id);
        if (target) this.addLink(docClaim.claim, target, polarity, 'reference', 0.6, document.id);
      }
      return [...pointed.primary];
    }
    const words = readContent(document.text.slice(sentence.start, sentence.end), sentence.start, {
      speaker: docClaim.origin,
    });
    const linked: string[] = [];
    for (const frame of words.frames) {
      if (frame.entailed || frame.predicate === 'priority') continue;
      const target = this.index.matchFrame(frame, document.id);
      if (!target) continue;
      this.addLink(docClaim.claim, target, polarity, 'reference', 0.5, document.id);
      linked.push(target.proposition.id);
    }
    return linked;
  }

  /** Claims the lexicon has no predicate for: the lexically closest proposition, else a new one. */
  private linkByWords(
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
    const found = this.index.matchTerms(
      reading.terms,
      reading.actors,
      reading.numbers,
      document.id,
      this.threshold,
    );
    if (found) {
      this.addLink(claim, found.entry, framePolarity, 'match', Math.min(1, found.score), document.id);
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
    const created = this.create(
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
    this.addLink(claim, created, framePolarity, 'new', 1, document.id);
    return [created.proposition.id];
  }

  /**
   * A side saying it still holds positions in a place disputes another side's claim to control that
   * place, from the day before that claim was first made.
   */
  private linkContradictions(
    claim: Claim,
    origin: string | null,
    reading: ContentReading,
    documentId: string,
  ): void {
    const side = this.sides.side(origin);
    const places = new Set(reading.places);
    for (const place of reading.places) {
      const region = placeRegion(place);
      if (region !== null) places.add(region);
    }
    for (const place of places) {
      for (const entry of this.index.atPlace('control', place)) {
        const founder = this.founding.get(entry.proposition.id)?.origin ?? null;
        const controller = entry.proposition.party ?? founder;
        if (controller === null || this.sides.side(controller) === side || side === 'unknown') continue;
        const first = entry.firstSupportOn;
        if (first === null || claim.on === null) continue;
        if (compareDates(claim.on, addDays(periodStart(first), -1)) < 0) continue;
        this.addLink(claim, entry, 'disputes', 'contradiction', 0.6, documentId);
      }
    }
  }

  private create(
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
    const id = contentId('p', claim.id, frame.predicate, frame.party, frame.place);
    const proposition: Proposition = {
      id,
      text: '',
      predicate: frame.predicate,
      party: frame.party,
      place: frame.place,
      foundedBy: claim.id,
      mergedInto: null,
      priority,
    };
    const entry = this.index.add({
      proposition,
      terms: frame.predicate === 'other' ? frequencies(reading.terms) : new Map<string, number>(),
      actors: reading.actors,
      numbers: reading.numbers,
      documents: new Set([documentId]),
      firstSupportOn: null,
      claimedKey,
    });
    this.propositions.push(entry);
    this.byId.set(id, entry);
    this.founding.set(id, { text: claimText, origin: polarity === 'supports' ? origin : null });
    return entry;
  }

  private addLink(
    claim: Claim,
    target: IndexedProposition,
    polarity: Polarity,
    basis: LinkBasis,
    score: number,
    documentId: string,
  ): void {
    const key = `${claim.id}\u0000${target.proposition.id}`;
    if (this.linked.has(key)) return;
    this.linked.add(key);
    target.documents.add(documentId);
    if (polarity === 'supports' && claim.on !== null) {
      if (target.firstSupportOn === null || compareDates(claim.on, target.firstSupportOn) < 0) {
        target.firstSupportOn = claim.on;
      }
    }
    this.links.push({
      id: contentId('l', claim.id, target.proposition.id),
      claimId: claim.id,
      propositionId: target.proposition.id,
      polarity,
      state: 'suggested',
      basis,
      score: Math.round(score * 1000) / 1000,
    });
  }
}

function statementClaim(document: LinkDocument, statement: LinkStatement): Claim {
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

const CUE_NEGATORS = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'declined',
  'declines',
  'refused',
  'refuses',
]);

/**
 * "Neither Moscow nor Pyongyang has confirmed that …", "did not deny reports …", "declined to confirm":
 * a negated or declined cue says nothing for or against the content.
 */
function cueNegated(text: string, statement: Statement): boolean {
  const from = Math.max(0, statement.cue.start - 40);
  const window = claimTokens(text.slice(from, statement.cue.end)).filter((t) => t.kind === 'word');
  return window.slice(-6).some((t) => CUE_NEGATORS.has(t.norm) || t.norm.endsWith("n't"));
}

/** Place mentions of a whole document, in order, for "the region" in a later sentence. */
function placeMentions(text: string): { at: number; id: string }[] {
  const tokens = claimTokens(text);
  return conceptSpans(tokens)
    .filter((s) => s.kind === 'place')
    .map((s) => ({ at: tokens[s.first]?.start ?? 0, id: s.id }));
}

function flip(polarity: Polarity): Polarity {
  return polarity === 'supports' ? 'disputes' : 'supports';
}

function frameKey(frame: ClaimFrame): string {
  return `${frame.predicate}|${frame.party ?? ''}|${frame.place ?? ''}`;
}

function sameFrame(a: ClaimFrame, b: ClaimFrame): boolean {
  return frameKey(a) === frameKey(b) && a.start === b.start;
}
