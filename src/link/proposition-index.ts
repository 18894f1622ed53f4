// Finds the propositions a claim may belong to without comparing it to all of them (blocking + postings).

import type { ClaimFrame } from './claim-frame.js';
import { DotAccumulator } from './dot-accumulator.js';
import type { PredicateId } from './predicate-lexicon.js';
import { PREDICATE_CLASSES } from './predicate-lexicon.js';
import type { Proposition } from './proposition.js';

/** A proposition with what matching needs to know of it. */
export interface IndexedProposition {
  proposition: Proposition;
  /** Creation order, for deterministic ties. */
  order: number;
  /** Term frequencies of its founding claim (lexical propositions). */
  terms: Map<string, number>;
  actors: readonly string[];
  numbers: readonly number[];
  /** Documents that already linked a claim to it, for preferring a proposition the same document uses. */
  documents: Set<string>;
  /** Event date of its earliest supporting claim. */
  firstSupportOn: string | null;
  /** For priority propositions: the claimed frame's key. */
  claimedKey: string | null;
  /** Character trigrams of its terms, computed once. */
  trigrams?: Set<string>;
  /** Norm of its TF-IDF vector when it was indexed, for ranking candidates. */
  norm?: number;
}

const PLACE_IN_KEY = new Set<PredicateId>(PREDICATE_CLASSES.filter((c) => c.placeInKey).map((c) => c.id));
/** Posting lists keep the most recent propositions per term; older ones stay reachable through rarer terms. */
const POSTING_CAP = 400;
/** The rarest terms of a query that are looked up. */
const QUERY_TERMS = 8;
/** Per query term, how many of its most recent propositions are scanned. */
const SCAN_CAP = 150;
/** How many of the best candidates by accumulated dot product are scored exactly. */
const SHORTLIST = 8;

const ANTONYMS: readonly [string, string][] = [
  ['withdraw', 'deploy'],
  ['win', 'lose'],
  ['increas', 'decreas'],
  ['open', 'clos'],
  ['accept', 'reject'],
  ['confirm', 'deny'],
  ['rise', 'fall'],
  ['allow', 'ban'],
  ['advanc', 'retreat'],
  ['gain', 'loss'],
  ['arriv', 'leav'],
  ['start', 'stop'],
  ['approv', 'reject'],
  ['support', 'oppos'],
];

export class PropositionIndex {
  private readonly byPredicate = new Map<string, IndexedProposition[]>();
  private readonly byParty = new Map<string, IndexedProposition[]>();
  private readonly byPlace = new Map<string, IndexedProposition[]>();
  private readonly postings = new Map<string, IndexedProposition[]>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly byId = new Map<string, IndexedProposition>();
  /** Every proposition by creation order. */
  private readonly byOrder: IndexedProposition[] = [];
  private readonly dots = new DotAccumulator();
  private claimsSeen = 0;
  private count = 0;

  /**
   * Records a claim's terms for document frequencies (IDF), whether or not it founds a proposition.
   * Returns the distinct terms counted.
   */
  countTerms(terms: readonly string[]): Set<string> {
    this.claimsSeen += 1;
    const distinct = new Set(terms);
    for (const term of distinct)
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    return distinct;
  }

  /** Restores the counts `countTerms` accumulated (before any proposition is added back). */
  restoreTermCounts(claimsSeen: number, counts: Iterable<readonly [string, number]>): void {
    this.claimsSeen = claimsSeen;
    for (const [term, count] of counts) this.documentFrequency.set(term, count);
  }

  /**
   * Indexes a proposition. Its TF-IDF norm is computed from the frequencies known now, unless `norm`
   * is given (a proposition restored as it was first indexed).
   */
  add(entry: Omit<IndexedProposition, 'order'>, norm?: number): IndexedProposition {
    let squares = 0;
    if (norm === undefined) for (const [term, tf] of entry.terms) squares += (tf * this.idf(term)) ** 2;
    const indexed: IndexedProposition = {
      ...entry,
      order: this.count,
      trigrams: trigrams(entry.terms),
      norm: norm ?? (Math.sqrt(squares) || 1),
    };
    this.count += 1;
    this.byId.set(entry.proposition.id, indexed);
    this.byOrder.push(indexed);
    const p = entry.proposition;
    push(this.byPredicate, p.predicate, indexed);
    if (p.place !== null) push(this.byPlace, `${p.predicate}@${p.place}`, indexed);
    push(this.byParty, `${p.predicate}|${p.party ?? ''}`, indexed);
    if (p.predicate === 'other') {
      for (const term of entry.terms.keys()) {
        const list = push(this.postings, term, indexed);
        if (list.length > POSTING_CAP * 2) list.splice(0, list.length - POSTING_CAP);
      }
    }
    return indexed;
  }

  /** The proposition with this id, or undefined. */
  get(id: string): IndexedProposition | undefined {
    return this.byId.get(id);
  }

  /** The live proposition an entry was merged into (itself when not merged); null past a broken chain. */
  live(entry: IndexedProposition): IndexedProposition | null {
    let current = entry;
    for (let hops = 0; current.proposition.mergedInto !== null; hops += 1) {
      const next = hops < 100 ? this.byId.get(current.proposition.mergedInto) : undefined;
      if (next === undefined) return null;
      current = next;
    }
    return current;
  }

  /**
   * The best proposition for a structured frame: same predicate; the same party, or an unknown party on
   * either side; for predicates about a place, the same place, or a frame that names none (never a
   * specific claim joining a vaguer proposition). Prefers the proposition this document already uses,
   * then exact party and place, then the earliest created. `claimedKey` narrows priority propositions.
   * A match that an analyst merged into another proposition gives that one.
   */
  matchFrame(
    frame: ClaimFrame,
    documentId: string,
    claimedKey: string | null = null,
  ): IndexedProposition | null {
    const placeInKey = PLACE_IN_KEY.has(frame.predicate);
    // Where a place is part of the key, only propositions about that very place can fit.
    const candidates: readonly (readonly IndexedProposition[])[] =
      placeInKey && frame.place !== null
        ? [this.atPlace(frame.predicate, frame.place)]
        : frame.party !== null
          ? [this.byParty.get(`${frame.predicate}|${frame.party}`) ?? [], this.unknownParty(frame.predicate)]
          : [this.byPredicate.get(frame.predicate) ?? []];
    let best: IndexedProposition | null = null;
    let bestScore = 0;
    for (const list of candidates) {
      for (const entry of list) {
        const p = entry.proposition;
        if (frame.party !== null && p.party !== null && frame.party !== p.party) continue;
        if (frame.predicate === 'priority' && entry.claimedKey !== claimedKey) continue;
        if (placeInKey && !placeFits(frame.place, p.place)) continue;
        let score = 0;
        if (entry.documents.has(documentId)) score += 4;
        if (frame.party !== null && frame.party === p.party) score += 2;
        if (frame.place !== null && frame.place === p.place) score += 2;
        if (best === null || score > bestScore || (score === bestScore && entry.order < best.order)) {
          best = entry;
          bestScore = score;
        }
      }
    }
    return best === null ? null : this.live(best);
  }

  /** Propositions of `predicate` whose party is unknown (a control claim that named no one). */
  private unknownParty(predicate: PredicateId): readonly IndexedProposition[] {
    return this.byParty.get(`${predicate}|`) ?? [];
  }

  /** The propositions of a predicate about a place (for contradiction checks). */
  atPlace(predicate: PredicateId, place: string): readonly IndexedProposition[] {
    return this.byPlace.get(`${predicate}@${place}`) ?? [];
  }

  /**
   * The lexically closest `other` proposition to a claim's terms, with its similarity (0..1): TF-IDF
   * cosine blended with character-trigram overlap, vetoed when both name actors and share none, or when
   * one has a word the other has an antonym of. Null when nothing reaches `threshold`.
   */
  matchTerms(
    terms: readonly string[],
    actors: readonly string[],
    numbers: readonly number[],
    documentId: string,
    threshold: number,
  ): { entry: IndexedProposition; score: number } | null {
    if (terms.length === 0) return null;
    const query = frequencies(terms);
    const idf = new Map<string, number>();
    const weight = (term: string): number => {
      let w = idf.get(term);
      if (w === undefined) {
        w = this.idf(term);
        idf.set(term, w);
      }
      return w;
    };
    const rare = [...query.keys()]
      .sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))
      .slice(0, QUERY_TERMS);
    // Term-at-a-time: accumulate each candidate's dot product from the postings of the query's rarest
    // terms (most recent propositions first), then score the best few exactly.
    for (const term of rare) {
      const w = (query.get(term) ?? 0) * weight(term) * weight(term);
      const list = this.postings.get(term) ?? [];
      for (let i = list.length - 1; i >= 0 && i >= list.length - SCAN_CAP; i -= 1) {
        const entry = list[i];
        if (entry) this.dots.add(entry.order, w * (entry.terms.get(term) ?? 0));
      }
    }
    const shortlist = bestApproximations(this.dots.take(), this.byOrder, SHORTLIST);
    const queryGrams = trigrams(query);
    let best: { entry: IndexedProposition; score: number } | null = null;
    for (const { entry } of shortlist) {
      if (actors.length > 0 && entry.actors.length > 0 && !actors.some((a) => entry.actors.includes(a)))
        continue;
      if (hasAntonym(query, entry.terms)) continue;
      let score =
        0.8 * cosine(query, entry.terms, weight) +
        0.2 * dice(queryGrams, entry.trigrams ?? trigrams(entry.terms));
      if (numbers.length > 0 && entry.numbers.length > 0 && !numbers.some((n) => entry.numbers.includes(n))) {
        score -= 0.1;
      }
      if (entry.documents.has(documentId)) score += 0.05;
      if (score < threshold) continue;
      if (best === null || score > best.score || (score === best.score && entry.order < best.entry.order)) {
        best = { entry, score };
      }
    }
    const live = best === null ? null : this.live(best.entry);
    return best === null || live === null ? null : { entry: live, score: best.score };
  }

  private idf(term: string): number {
    return Math.log(1 + (this.claimsSeen + 1) / ((this.documentFrequency.get(term) ?? 0) + 1));
  }
}

interface Approximation {
  entry: IndexedProposition;
  approx: number;
}

/** Highest approximate similarity (dot product over the proposition's norm) first, then the earliest. */
function byApproximation(a: Approximation, b: Approximation): number {
  return b.approx - a.approx || a.entry.order - b.entry.order;
}

/**
 * The `count` first candidates in `byApproximation` order, without sorting them all. `dots` holds
 * [creation order, dot product] pairs; `byOrder` the propositions by creation order.
 */
function bestApproximations(
  dots: readonly [number, number][],
  byOrder: readonly IndexedProposition[],
  count: number,
): Approximation[] {
  const best: Approximation[] = [];
  for (const [order, dot] of dots) {
    const entry = byOrder[order];
    if (entry === undefined) continue;
    const candidate = { entry, approx: dot / (entry.norm ?? 1) };
    let at = best.length;
    for (let before = best[at - 1]; before && byApproximation(candidate, before) < 0; before = best[at - 1]) {
      at -= 1;
    }
    if (at < count) {
      best.splice(at, 0, candidate);
      if (best.length > count) best.pop();
    }
  }
  return best;
}

/** Cosine of TF-IDF vectors. */
function cosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  idf: (term: string) => number,
): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, tf] of a) {
    const w = tf * idf(term);
    na += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other * idf(term);
  }
  for (const [term, tf] of b) {
    const w = tf * idf(term);
    nb += w * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function placeFits(framePlace: string | null, propositionPlace: string | null): boolean {
  if (framePlace === null) return true;
  if (propositionPlace === null) return false;
  return framePlace === propositionPlace;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): V[] {
  const list = map.get(key);
  if (list) {
    list.push(value);
    return list;
  }
  const created = [value];
  map.set(key, created);
  return created;
}

/** Term frequencies. */
export function frequencies(terms: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const term of terms) map.set(term, (map.get(term) ?? 0) + 1);
  return map;
}

function hasAntonym(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  for (const [x, y] of ANTONYMS) {
    if ((a.has(x) && b.has(y) && !b.has(x)) || (a.has(y) && b.has(x) && !b.has(y))) return true;
  }
  return false;
}

function dice(ta: ReadonlySet<string>, tb: ReadonlySet<string>): number {
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const g of ta) if (tb.has(g)) shared += 1;
  return (2 * shared) / (ta.size + tb.size);
}

function trigrams(terms: ReadonlyMap<string, number>): Set<string> {
  const grams = new Set<string>();
  for (const term of terms.keys()) for (const gram of termTrigrams(term)) grams.add(gram);
  return grams;
}

/** Trigrams of terms already seen: the same terms recur in claim after claim. */
const TERM_TRIGRAMS = new Map<string, readonly string[]>();
const TERM_TRIGRAMS_SIZE = 100_000;

/** The character trigrams of one term padded with spaces; none for actor, place and number keys. */
function termTrigrams(term: string): readonly string[] {
  let grams = TERM_TRIGRAMS.get(term);
  if (grams === undefined) {
    const list: string[] = [];
    if (!/^[@#=]/.test(term)) {
      const padded = ` ${term} `;
      for (let i = 0; i + 3 <= padded.length; i += 1) list.push(padded.slice(i, i + 3));
    }
    grams = list;
    if (TERM_TRIGRAMS.size >= TERM_TRIGRAMS_SIZE) TERM_TRIGRAMS.clear();
    TERM_TRIGRAMS.set(term, grams);
  }
  return grams;
}
