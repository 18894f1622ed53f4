// Finds whether a text is a copy (a lightly edited relay) of one already indexed: MinHash over word shingles with LSH banding.
import { InvalidInput } from '../../domain/errors.js';
import { MinHasher, estimateContainment, estimateJaccard, type MinHashSignature } from './min-hash.js';
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
  private readonly bands: Map<number, number[]>[];
  private readonly ids: string[] = [];
  private readonly signatures: MinHashSignature[] = [];
  private readonly known = new Set<string>();
  private stamps = new Uint32Array(1024);
  private queries = 0;

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

  /** Indexes a stored signature under `id`. Throws InvalidInput when its size does not match the options. */
  addSignature(id: string, signature: MinHashSignature): void {
    if (signature.values.length !== this.options.hashes) {
      throw new InvalidInput(
        `NearDuplicateIndex: expected a signature of ${this.options.hashes} values for ${id}, found ${signature.values.length}`,
      );
    }
    if (this.known.has(id)) return;
    this.known.add(id);
    const n = this.ids.length;
    this.ids.push(id);
    this.signatures.push(signature);
    if (signature.shingles === 0) return;
    this.bands.forEach((band, b) => {
      const key = this.bandKey(signature.values, b);
      const bucket = band.get(key);
      if (bucket === undefined) band.set(key, [n]);
      else bucket.push(n);
    });
  }

  /**
   * The indexed document `text` (or its signature) most probably copies: the candidate sharing an LSH
   * band with the highest estimated similarity, among those at or above `threshold` or whose containment
   * of the text reaches `containmentThreshold`; ties go to the earliest added. Null when there is none
   * or the text is too short to judge. `exclude` skips an id (the document itself, when already indexed).
   */
  findCopyOf(text: string | MinHashSignature, exclude?: string): CopyMatch | null {
    const query = typeof text === 'string' ? this.signatureOf(text) : text;
    if (query.shingles < this.options.minShingles) return null;
    // Stamp candidates in a typed array instead of a Set: each is verified once per query.
    if (this.stamps.length < this.ids.length) {
      const grown = new Uint32Array(Math.max(1024, this.ids.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    const stamp = ++this.queries;
    let best: CopyMatch | null = null;
    let bestN = Infinity;
    let bestScore = -1;
    for (let b = 0; b < this.bands.length; b++) {
      const bucket = this.bands[b]?.get(this.bandKey(query.values, b));
      if (bucket === undefined) continue;
      for (const n of bucket) {
        if (this.stamps[n] === stamp) continue;
        this.stamps[n] = stamp;
        const id = this.ids[n];
        const signature = this.signatures[n];
        if (id === undefined || signature === undefined || id === exclude) continue;
        const similarity = estimateJaccard(query, signature);
        const containment = estimateContainment(query, signature, similarity);
        if (similarity < this.options.threshold && containment < this.options.containmentThreshold) continue;
        const score = Math.max(similarity, containment);
        if (score > bestScore || (score === bestScore && n < bestN)) {
          best = { id, similarity, containment };
          bestN = n;
          bestScore = score;
        }
      }
    }
    return best;
  }

  private bandKey(values: Uint32Array, band: number): number {
    const r = this.options.rowsPerBand;
    let h = 0x811c9dc5;
    for (let i = band * r; i < band * r + r; i++) h = fmix32(Math.imul(h, 0x01000193) ^ (values[i] ?? 0));
    return h;
  }
}
