// Finds whether a text is a copy (a lightly edited relay) of one already indexed: MinHash over word shingles with LSH banding.
import { InvalidInput } from '../../domain/errors.js';
import { MinHasher, containmentOf, type MinHashSignature } from './min-hash.js';
import { fmix32, shingleHashes } from './shingles.js';

export interface NearDuplicateOptions {
  /** Words per shingle (default 3). */
  shingleSize?: number;
  /** Hash functions per signature (default 128). */
  hashes?: number;
  /** Signature values per LSH band (default 2: 64 bands, so a pair with Jaccard 0.3 is a candidate 99.7% of the time, 0.1 47%, 0.02 2.5%). */
  rowsPerBand?: number;
  /** Estimated Jaccard similarity at or above which a text is a copy (default 0.35). */
  threshold?: number;
  /** Estimated share of the text found in an earlier one at or above which it is a copy (an excerpt; default 0.7). */
  containmentThreshold?: number;
  /** Texts with fewer distinct shingles are never called copies: too short to tell (default 12). */
  minShingles?: number;
}

/** The earlier document a text copies, how similar they are (estimated Jaccard) and how much of the text it covers. */
export interface CopyMatch {
  id: string;
  similarity: number;
  containment: number;
}

/**
 * An in-memory index of document sketches. Deterministic: the same texts added in the same order give the
 * same answers on every machine. Signatures can be stored and re-added with `addSignature` to rebuild the
 * index without the texts, as long as the options are the same.
 */
export class NearDuplicateIndex {
  readonly options: Required<NearDuplicateOptions>;
  private readonly hasher: MinHasher;
  /** Per band, the documents (by position of addition) whose band key is the map key. */
  private readonly bands: Map<number, number[]>[];
  private readonly ids: string[] = [];
  /** Each id's position of addition. */
  private readonly positions = new Map<string, number>();
  /**
   * Every indexed signature's values, end to end (`hashes` per document, in order of addition), and its
   * shingle count: one flat array keeps the comparisons of a lookup in contiguous memory.
   */
  private values: Uint32Array;
  private readonly shingles: number[] = [];
  /** Per document, how many bands it shares with the last query (0 for all but the last query's candidates). */
  private hits = new Uint32Array(1024);
  /** The last query's candidates: the first `gathered` entries. */
  private candidates = new Uint32Array(1024);
  private gathered = 0;

  constructor(options: NearDuplicateOptions = {}) {
    this.options = {
      shingleSize: options.shingleSize ?? 3,
      hashes: options.hashes ?? 128,
      rowsPerBand: options.rowsPerBand ?? 2,
      threshold: options.threshold ?? 0.35,
      containmentThreshold: options.containmentThreshold ?? 0.7,
      minShingles: options.minShingles ?? 12,
    };
    const { hashes, rowsPerBand } = this.options;
    if (
      !Number.isInteger(hashes) ||
      !Number.isInteger(rowsPerBand) ||
      rowsPerBand < 1 ||
      hashes < rowsPerBand
    ) {
      throw new InvalidInput(
        `NearDuplicateIndex: expected whole hashes ≥ rowsPerBand ≥ 1, found ${hashes} and ${rowsPerBand}`,
      );
    }
    this.hasher = new MinHasher(hashes);
    this.bands = Array.from({ length: Math.floor(hashes / rowsPerBand) }, () => new Map<number, number[]>());
    this.values = new Uint32Array(hashes * 64);
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** The sketch of `text` under this index's options (to store beside the document). */
  signatureOf(text: string): MinHashSignature {
    return this.hasher.signature(shingleHashes(text, this.options.shingleSize));
  }

  /** Indexes `text` under `id` and returns its signature. Adding an id again changes nothing. */
  add(id: string, text: string): MinHashSignature {
    const signature = this.signatureOf(text);
    this.addSignature(id, signature);
    return signature;
  }

  /**
   * Indexes a stored signature under `id` (a copy of it: later changes to `signature` do not reach the
   * index). Throws InvalidInput when its size does not match the options.
   */
  addSignature(id: string, signature: MinHashSignature): void {
    const hashes = this.options.hashes;
    if (signature.values.length !== hashes) {
      throw new InvalidInput(
        `NearDuplicateIndex: expected a signature of ${hashes} values for ${id}, found ${signature.values.length}`,
      );
    }
    if (this.positions.has(id)) return;
    const n = this.ids.length;
    this.positions.set(id, n);
    this.ids.push(id);
    if (this.values.length < (n + 1) * hashes) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values.set(signature.values, n * hashes);
    this.shingles.push(signature.shingles);
    if (signature.shingles === 0) return;
    const rows = this.options.rowsPerBand;
    for (let b = 0; b < this.bands.length; b++) {
      const band = this.bands[b];
      const key = bandKey(signature.values, b, rows);
      const bucket = band?.get(key);
      if (bucket === undefined) band?.set(key, [n]);
      else bucket.push(n);
    }
  }

  /**
   * The indexed document `text` (or its signature) most probably copies: the candidate sharing an LSH
   * band with the highest estimated similarity, among those at or above `threshold` or whose containment
   * of the text reaches `containmentThreshold`; ties go to the earliest added. Null when there is none
   * or the text is too short to judge. `exclude` skips an id (the document itself, when already indexed).
   */
  findCopyOf(text: string | MinHashSignature, exclude?: string): CopyMatch | null {
    const query = typeof text === 'string' ? this.signatureOf(text) : text;
    const { hashes, threshold, containmentThreshold, minShingles } = this.options;
    if (query.shingles < minShingles) return null;
    const candidates = this.gatherCandidates(query.values);
    const hits = this.hits;
    const values = this.values;
    const excluded = exclude === undefined ? -1 : (this.positions.get(exclude) ?? -1);
    const q = query.values;
    const qShingles = query.shingles;
    // As estimateJaccard(query, candidate): every banded candidate has shingles, so only the query's count.
    const compared = qShingles === 0 ? 0 : Math.min(q.length, hashes);
    // A band the candidate does not share has at least one unequal position (equal rows give equal
    // keys), so at most `hashes − unshared bands` positions are equal, and its score is at most the
    // score of that many. That bound holds when the query's band keys come from the compared positions
    // only (a query of full size) and the score never falls as equal positions rise, which is so for
    // finite shingle counts with the query's above 0 (J·(a+b)/(1+J) rises with J).
    const boundable = q.length === hashes && qShingles > 0 && Number.isFinite(qShingles);
    const bands = this.bands.length;
    let bestN = Infinity;
    let bestScore = -1;
    let bestSimilarity = 0;
    let bestContainment = 0;
    for (let c = 0; c < candidates.length; c++) {
      const n = candidates[c] ?? 0;
      if (n === excluded) continue;
      const shingles = this.shingles[n] ?? 0;
      if (boundable && shingles >= 0 && Number.isFinite(shingles)) {
        // Skip, unverified, what could not win even at that bound: most candidates, once a good one is found.
        const most = (hashes - (bands - (hits[n] ?? 0))) / compared;
        const bound = Math.max(most, containmentOf(most, qShingles, shingles));
        if (bound < bestScore || (bound === bestScore && n > bestN)) continue;
      }
      let same = 0;
      for (let i = 0, at = n * hashes; i < compared; i++, at++) if (q[i] === values[at]) same++;
      const similarity = compared === 0 ? 0 : same / compared;
      const containment = containmentOf(similarity, qShingles, shingles);
      if (similarity < threshold && containment < containmentThreshold) continue;
      const score = Math.max(similarity, containment);
      if (score > bestScore || (score === bestScore && n < bestN)) {
        bestN = n;
        bestScore = score;
        bestSimilarity = similarity;
        bestContainment = containment;
      }
    }
    const id = this.ids[bestN];
    return id === undefined ? null : { id, similarity: bestSimilarity, containment: bestContainment };
  }

  /**
   * The documents sharing at least one band with `values`, each once, in order of first shared band;
   * `hits[n]` becomes the number of bands document n shares. A view of a buffer reused by the next call.
   */
  private gatherCandidates(values: Uint32Array): Uint32Array {
    // Clear the previous query's counts: cheaper than a fresh array or a per-query stamp check.
    for (let c = 0; c < this.gathered; c++) this.hits[this.candidates[c] ?? 0] = 0;
    const size = this.ids.length;
    if (this.hits.length < size) {
      const capacity = Math.max(1024, size * 2);
      this.hits = new Uint32Array(capacity);
      this.candidates = new Uint32Array(capacity);
    }
    const hits = this.hits;
    const candidates = this.candidates;
    const rows = this.options.rowsPerBand;
    let count = 0;
    for (let b = 0; b < this.bands.length; b++) {
      const bucket = this.bands[b]?.get(bandKey(values, b, rows));
      if (bucket === undefined) continue;
      for (let c = 0; c < bucket.length; c++) {
        const n = bucket[c] ?? 0;
        const shared = hits[n] ?? 0;
        hits[n] = shared + 1;
        if (shared === 0) candidates[count++] = n;
      }
    }
    this.gathered = count;
    return candidates.subarray(0, count);
  }
}

/**
 * The LSH key of band `band` (values `band·rows` to `band·rows + rows − 1`), as a signed 32-bit integer so
 * that map keys stay small integers.
 */
function bandKey(values: Uint32Array, band: number, rows: number): number {
  let h = 0x811c9dc5;
  for (let i = band * rows; i < band * rows + rows; i++)
    h = fmix32(Math.imul(h, 0x01000193) ^ (values[i] ?? 0));
  return h | 0;
}
