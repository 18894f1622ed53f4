// An in-memory index of earlier claims that finds the ones a new statement or post is most likely about.

import { analyzeText, type AnalyzedText } from './analyze-text.js';
import { Bm25Field } from './bm25-field.js';
import { porterStem } from './porter-stem.js';
import { resolveUnknownWord } from './resolve-unknown-word.js';

/** One claim to index: its text, an optional headline (e.g. a fact-check title) and date (ISO 8601). */
export interface ClaimIndexItem {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly date?: string | null;
}

export interface ClaimHit {
  readonly id: string;
  readonly score: number;
}

/**
 * Tuning of the index. The defaults were chosen on the CheckThat! 2020 task 2 training split
 * (tweets against Snopes claims) and confirmed on its dev split; see bench/retrieval.bench.ts.
 */
export interface ClaimIndexOptions {
  /** BM25 term-frequency saturation (default 1.2). */
  readonly k1?: number;
  /** BM25 length normalization (default 0.5; MAP@5 on both training splits is flat for b 0.3–0.75, k1 0.9–1.5). */
  readonly b?: number;
  /** Weight of a tweet signature's author and date terms against the post's own words (default 0.5). */
  readonly signatureWeight?: number;
  /** Weight of the terms of a query's context against the query's own (default 0.3). */
  readonly contextWeight?: number;
  /** Whether query words the index has never seen are read as compounds or misspellings (default true). */
  readonly readUnknownWords?: boolean;
  /** Weight of a vocabulary word read in place of a misspelt query word (default 1). */
  readonly misspellingWeight?: number;
  /**
   * With a query date: a claim dated that day scores (1 + recencyBoost) times its text score, fading
   * towards 1 for claims further back (default 1; chosen on the CheckThat! 2021 2B training split).
   */
  readonly recencyBoost?: number;
  /** With a query date: days over which the recency boost falls to 1/e of itself (default 200). */
  readonly recencyDays?: number;
  /** With a query date: factor on the score of claims dated more than a week after it (default 0.2). */
  readonly laterFactor?: number;
}

/** What is known about the query beyond its text. */
export interface ClaimQueryContext {
  /** When the query was stated (ISO 8601 date); earlier claims are what it can repeat. */
  readonly date?: string | null | undefined;
  /** Text around the query (e.g. the sentences before it), weighed at `contextWeight`. */
  readonly context?: string | undefined;
}

export interface ClaimIndex {
  /** Adds claims; every later search sees them, with statistics updated. Ids need not be unique. */
  add(items: readonly ClaimIndexItem[]): void;
  /**
   * The k best-matching claims for a query (a statement, headline or post), best first, ties in the
   * order the claims were added. Only claims sharing at least one term with the query are returned.
   * A claim and its denial share most words and rank alike: the index finds candidates, it does not
   * decide polarity.
   */
  search(query: string, k: number, context?: ClaimQueryContext): ClaimHit[];
  /** Number of claims indexed. */
  readonly size: number;
}

/**
 * Creates a claim index over `items` (more can be added later). Lexical: BM25 over each claim's text
 * and title taken together, with post-aware analysis (links dropped, hashtags split, signature set
 * apart, Porter stems) and query words unknown to the index read as compounds or misspellings of known
 * ones. Pure and deterministic: the same items and query give the same hits.
 */
export function createClaimIndex(
  items: readonly ClaimIndexItem[] = [],
  options: ClaimIndexOptions = {},
): ClaimIndex {
  const params = { k1: options.k1 ?? 1.2, b: options.b ?? 0.5 };
  const signatureWeight = options.signatureWeight ?? 0.5;
  const misspellingWeight = options.misspellingWeight ?? 1;
  const readUnknown = options.readUnknownWords ?? true;
  const contextWeight = options.contextWeight ?? 0.3;
  const recencyBoost = options.recencyBoost ?? 1;
  const recencyDays = options.recencyDays ?? 200;
  const laterFactor = options.laterFactor ?? 0.2;
  const ids: string[] = [];
  const days: number[] = [];
  const field = new Bm25Field();
  const wordCounts = new Map<string, number>();

  function add(batch: readonly ClaimIndexItem[]): void {
    for (const item of batch) {
      const text = analyzeText(item.title === undefined ? item.text : `${item.text}\n${item.title}`);
      field.add(ids.length, text.terms);
      ids.push(item.id);
      days.push(dayNumber(item.date));
      for (const w of text.words) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
    }
  }

  /** Each term of `text`, or the known words an unknown one reads as, with its weight. */
  function* readTerms(text: Pick<AnalyzedText, 'terms' | 'words'>): Generator<[string, number]> {
    for (let i = 0; i < text.terms.length; i++) {
      const term = text.terms[i] as string;
      const readings = readUnknown
        ? resolveUnknownWord(text.words[i] ?? term, wordCounts, { misspellingWeight })
        : [];
      if (readings.length === 0) yield [term, 1];
      for (const r of readings) yield [porterStem(r.word), r.weight];
    }
  }

  /**
   * Query terms with weights. The query's own terms count once each (a post repeating a word says no
   * more); a signature's and the context's terms add their lower weights on top.
   */
  function queryTerms(query: string, context: string | undefined): Map<string, number> {
    const q = analyzeText(query);
    const weights = new Map<string, number>();
    for (const [term, w] of readTerms(q)) weights.set(term, Math.max(weights.get(term) ?? 0, w));
    for (const [term, w] of readTerms(q.signature))
      weights.set(term, (weights.get(term) ?? 0) + w * signatureWeight);
    if (context !== undefined) {
      const seen = new Set<string>();
      for (const [term, w] of readTerms(analyzeText(context))) {
        if (seen.has(term)) continue;
        seen.add(term);
        weights.set(term, (weights.get(term) ?? 0) + w * contextWeight);
      }
    }
    return weights;
  }

  function search(query: string, k: number, context: ClaimQueryContext = {}): ClaimHit[] {
    if (k <= 0 || ids.length === 0) return [];
    const scores = new Float64Array(ids.length);
    field.scoreInto(queryTerms(query, context.context), params, 1, scores);
    const on = dayNumber(context.date);
    if (!Number.isNaN(on)) {
      for (let i = 0; i < scores.length; i++) {
        const lag = on - (days[i] as number);
        if (Number.isNaN(lag) || scores[i] === 0) continue;
        // Claims dated up to a week later still count (time zones, the date a fact-check gives).
        if (lag < -7) scores[i] = (scores[i] as number) * laterFactor;
        else
          scores[i] = (scores[i] as number) * (1 + recencyBoost * Math.exp(-Math.max(0, lag) / recencyDays));
      }
    }
    return topK(scores, k).map((i) => ({ id: ids[i] as string, score: scores[i] as number }));
  }

  add(items);
  return {
    add,
    search,
    get size() {
      return ids.length;
    },
  };
}

/** Indices of the k highest positive scores, highest first, ties by lower index; O(n log k). */
function topK(scores: Float64Array, k: number): number[] {
  // `worse(a, b)`: a ranks below b. The heap keeps the k best seen so far with the worst at its root.
  const worse = (a: number, b: number): boolean =>
    (scores[a] as number) < (scores[b] as number) || (scores[a] === scores[b] && a > b);
  const heap: number[] = [];
  const siftDown = (from: number): void => {
    for (let i = from; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  for (let d = 0; d < scores.length; d++) {
    if ((scores[d] as number) <= 0) continue;
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i] as number, heap[p] as number)) break;
        [heap[i], heap[p]] = [heap[p] as number, heap[i] as number];
        i = p;
      }
    } else if (worse(heap[0] as number, d)) {
      heap[0] = d;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/** Days since 1970-01-01 of an ISO 8601 date ("2024-10-18" or a timestamp starting so); NaN when absent or malformed. */
function dayNumber(date: string | null | undefined): number {
  const m = date == null ? null : /^(\d{4})-(\d{2})-(\d{2})/u.exec(date);
  if (m === null) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}
