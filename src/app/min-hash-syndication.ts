// Syndication at ingest: a process-wide near-duplicate index kept warm across batches, plus stated relays, recorded with each document.

import { NearDuplicateIndex, type NearDuplicateOptions } from '../ingest/syndication/near-duplicate-index.js';
import { canonicalOutlet } from '../ingest/syndication/relay-outlets.js';
import type { MinHashSignature } from '../ingest/syndication/min-hash.js';
import { findStatedRelays, type StatedRelay } from '../ingest/syndication/stated-relays.js';
import type { DocumentOrigin, Syndication } from './live-ports.js';
import type { NewDocument, Store } from './ports.js';

const PAGE = 5000;
/** Documents sketched between two turns of the event loop (about 5 ms of work). */
const SKETCH_SLICE = 16;

/** What judging a document needs of its text alone. */
interface Sketch {
  signature: MinHashSignature;
  relays: StatedRelay[];
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
    const origins = documents.map((d) => this.judge(index, d.id, d.text, d.outlet));
    this.sketches.clear();
    await store.origins.insertOrigins(origins, this.clock().toISOString());
  }

  /**
   * Makes the signature and stated relays of each of `documents` ahead of `record`, yielding to the
   * event loop every few documents. Sketches `record` does not take are dropped by its next call.
   */
  async sketch(documents: readonly NewDocument[]): Promise<void> {
    for (let at = 0; at < documents.length; at += SKETCH_SLICE) {
      for (const d of documents.slice(at, at + SKETCH_SLICE)) this.sketches.set(d.id, this.sketchOf(d.text));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private sketchOf(text: string): Sketch {
    return { signature: this.sketcher.signatureOf(text), relays: findStatedRelays(text) };
  }

  /** Judges one document against everything indexed so far, then indexes it. */
  private judge(index: NearDuplicateIndex, id: string, text: string, outlet: string | null): DocumentOrigin {
    const { signature, relays } = this.sketches.get(id) ?? this.sketchOf(text);
    const match = index.findCopyOf(signature, id);
    const own = outlet === null || outlet.trim() === '' ? null : canonicalOutlet(outlet);
    const relayedFrom = [...new Set(relays.map((r) => r.outlet))].filter((o) => o !== own);
    index.addSignature(id, signature);
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
      for (;;) {
        const rows = await store.origins.signaturesAfter(this.lastSeq, PAGE);
        for (const row of rows) {
          index.addSignature(row.documentId, row.signature);
          this.tentative.delete(row.documentId);
          this.lastSeq = Math.max(this.lastSeq, row.seq);
        }
        if (rows.length < PAGE) break;
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
      await store.origins.insertOrigins(
        documents.map((d) => this.judge(index, d.id, d.text, d.outlet)),
        this.clock().toISOString(),
      );
      if (documents.length < PAGE) return;
    }
  }
}
