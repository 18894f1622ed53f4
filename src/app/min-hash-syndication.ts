// Syndication at ingest: a process-wide near-duplicate index kept warm across batches, plus stated relays, recorded with each document.

import {
  NearDuplicateIndex,
  type CopyMatch,
  type NearDuplicateOptions,
} from '../ingest/syndication/near-duplicate-index.js';
import { canonicalOutlet } from '../ingest/syndication/relay-outlets.js';
import type { MinHashSignature } from '../ingest/syndication/min-hash.js';
import { findStatedRelays, type StatedRelay } from '../ingest/syndication/stated-relays.js';
import type { DocumentOrigin, Syndication } from './live-ports.js';
import type { NewDocument, Store } from './ports.js';

const PAGE = 5000;
/** Documents sketched between two turns of the event loop (a few milliseconds of work). */
const SKETCH_SLICE = 16;

/** What judging a document needs of its text alone, and, when made ahead, its best match then. */
interface Sketch {
  signature: MinHashSignature;
  relays: StatedRelay[];
  /** The index's best match for the document, and the index and its size when it was found. */
  ahead?: { match: CopyMatch | null; index: NearDuplicateIndex; size: number };
}

/**
 * The Syndication port over a MinHash index held in memory for the life of the process. The index is
 * loaded from the stored signatures once, on first use; each later batch reads only the signatures
 * stored since (by this process or another), so loading is never per document. Documents stored before
 * syndication records existed get theirs on first use. If a batch's transaction was rolled back, its
 * documents are missing from the next catch-up and the index is rebuilt from the store, so it never
 * points at a document that does not exist.
 */
export class MinHashSyndication implements Syndication {
  private index: NearDuplicateIndex | null = null;
  private lastSeq = 0;
  /** Documents indexed by this process whose rows have not yet been read back from the store. */
  private readonly tentative = new Set<string>();
  /**
   * What the last `record` stored: the documents, the numbers of their rows, and the number read up to
   * before. If the rows after that number turn out to be exactly these, there is nothing to read back.
   */
  private recorded: { after: number; ids: string[]; seqs: number[] } | null = null;
  /** Sketches made ahead by `sketch`, by document id, until `record` takes them. */
  private readonly sketches = new Map<string, Sketch>();
  /** Makes the signatures of sketches, under the index's options. */
  private readonly sketcher: NearDuplicateIndex;

  constructor(
    private readonly clock: () => Date,
    private readonly options: NearDuplicateOptions = {},
  ) {
    this.sketcher = new NearDuplicateIndex(options);
  }

  async record(store: Store, documents: readonly NewDocument[]): Promise<void> {
    const index = await this.warm(store, documents);
    const batch = new BatchJudge(index, this.options);
    const origins = documents.map((d) => this.judge(batch, d.id, d.text, d.outlet));
    this.sketches.clear();
    const after = this.lastSeq;
    const seqs = await store.origins.insertOrigins(origins, this.clock().toISOString());
    this.recorded =
      seqs.length === origins.length ? { after, ids: origins.map((o) => o.documentId), seqs } : null;
  }

  /**
   * Makes ahead of `record`, for each of `documents`, its signature, stated relays and best match in
   * the index as it stands, yielding to the event loop every few documents. `record` takes a match
   * made ahead only if the index has not changed since (nothing caught up from the store, no rebuild);
   * sketches it does not take are dropped by its next call.
   */
  async sketch(documents: readonly NewDocument[]): Promise<void> {
    for (let at = 0; at < documents.length; at += SKETCH_SLICE) {
      const index = this.index;
      for (const d of documents.slice(at, at + SKETCH_SLICE)) {
        const sketch = this.sketchOf(d.text);
        if (index !== null)
          sketch.ahead = { match: index.findCopyOf(sketch.signature, d.id), index, size: index.size };
        this.sketches.set(d.id, sketch);
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private sketchOf(text: string): Sketch {
    return { signature: this.sketcher.signatureOf(text), relays: findStatedRelays(text) };
  }

  /** Judges one document against everything indexed so far, then indexes it. */
  private judge(batch: BatchJudge, id: string, text: string, outlet: string | null): DocumentOrigin {
    const { signature, relays, ahead } = this.sketches.get(id) ?? this.sketchOf(text);
    const match = batch.judge(id, signature, ahead);
    const own = outlet === null || outlet.trim() === '' ? null : canonicalOutlet(outlet);
    const relayedFrom = [...new Set(relays.map((r) => r.outlet))].filter((o) => o !== own);
    this.tentative.add(id);
    return {
      documentId: id,
      copyOf:
        match === null
          ? null
          : { documentId: match.id, similarity: match.similarity, containment: match.containment },
      relays,
      relayedFrom,
      signature,
    };
  }

  /** The index with every stored signature in it, through `store` (the caller's transaction). */
  private async warm(store: Store, batch: readonly NewDocument[]): Promise<NearDuplicateIndex> {
    for (;;) {
      const fresh = this.index === null;
      const index = (this.index ??= new NearDuplicateIndex(this.options));
      if (fresh) this.lastSeq = 0;
      const recorded = this.recorded;
      this.recorded = null;
      let caughtUp = false;
      if (!fresh && recorded !== null && recorded.after === this.lastSeq) {
        // This process's own rows are already indexed, in the order they were stored. If they are all
        // the store holds after the last row read, reading them back would change nothing: numbers are
        // never reused, so the highest being there means they committed, and the count that no other
        // process stored a row since.
        const { count, last } = await store.origins.countSignaturesAfter(this.lastSeq);
        if (count === recorded.seqs.length && last === Math.max(...recorded.seqs)) {
          for (const id of recorded.ids) this.tentative.delete(id);
          this.lastSeq = last;
          caughtUp = true;
        }
      }
      while (!caughtUp) {
        const rows = await store.origins.signaturesAfter(this.lastSeq, PAGE);
        for (const row of rows) {
          index.addSignature(row.documentId, row.signature);
          this.tentative.delete(row.documentId);
          this.lastSeq = Math.max(this.lastSeq, row.seq);
        }
        if (rows.length < PAGE) caughtUp = true;
      }
      if (this.tentative.size > 0) {
        // Indexed here but never stored: that batch was rolled back. Start again from the store.
        this.tentative.clear();
        this.index = null;
        continue;
      }
      if (fresh) await this.backfill(store, index, batch);
      return index;
    }
  }

  /** Gives documents stored without a syndication record one, in the order they were ingested. */
  private async backfill(
    store: Store,
    index: NearDuplicateIndex,
    batch: readonly NewDocument[],
  ): Promise<void> {
    const except = batch.map((d) => d.id);
    for (;;) {
      const documents = await store.origins.documentsWithoutOrigin(PAGE, except);
      if (documents.length === 0) return;
      const judge = new BatchJudge(index, this.options);
      await store.origins.insertOrigins(
        documents.map((d) => this.judge(judge, d.id, d.text, d.outlet)),
        this.clock().toISOString(),
      );
      if (documents.length < PAGE) return;
    }
  }
}

/**
 * Judges one batch's documents in order against the index, adding each to it once judged. A match made
 * ahead against this same index at the size it had when the batch began stands for the search of
 * everything indexed before the batch; only the batch's own earlier documents are then searched (in a
 * small index of their own), and the better match is kept, a tie going to the one made ahead since its
 * document was indexed first: the answer one search of the whole index would give.
 */
class BatchJudge {
  private readonly size: number;
  private readonly own: NearDuplicateIndex;

  constructor(
    private readonly index: NearDuplicateIndex,
    options: NearDuplicateOptions,
  ) {
    this.size = index.size;
    this.own = new NearDuplicateIndex(options);
  }

  judge(id: string, signature: MinHashSignature, ahead: Sketch['ahead']): CopyMatch | null {
    let match: CopyMatch | null;
    if (ahead !== undefined && ahead.index === this.index && ahead.size === this.size) {
      const earlier = this.own.findCopyOf(signature, id);
      match =
        earlier !== null && (ahead.match === null || score(earlier) > score(ahead.match))
          ? earlier
          : ahead.match;
    } else {
      match = this.index.findCopyOf(signature, id);
    }
    this.index.addSignature(id, signature);
    this.own.addSignature(id, signature);
    return match;
  }
}

/** How findCopyOf ranks a match. */
function score(match: CopyMatch): number {
  return Math.max(match.similarity, match.containment);
}
