// One linker per process, rebuilt from the store's linking tables when the store moved on without it.

import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import { sortByKnowledge } from '../link/link-documents.js';
import type { LinkDelta } from '../link/linker-state.js';
import { Linker } from '../link/linker.js';
import type { PreparedDocument } from '../link/prepare-document.js';
import type { LinkDocument } from '../link/proposition.js';
import type { AssessmentParts } from './assessment-parts.js';
import type { Store } from './ports.js';
import { PropositionSubsetCache } from './proposition-subset-cache.js';

export class LinkingSession {
  private linker: Linker | null = null;
  private version = -1;
  /** How many times this process rebuilt its linker from the store (for benchmarks and tests). */
  restores = 0;
  /** The stored subsets status derivation reads, kept current by each batch this session links. */
  readonly subsets = new PropositionSubsetCache();

  constructor(private readonly parts: Pick<AssessmentParts, 'sides' | 'names'>) {}

  /**
   * Links `documents` (in the order they became known) in `store`'s transaction and writes what
   * linking produced. Takes the linker's lock first, so linkers in other processes wait; when the
   * stored version is not the one this process last wrote (another process linked, an analyst decided,
   * or a transaction of ours rolled back), the linker is rebuilt from the stored state (propositions,
   * term counts, holds: never the documents). `prepared` holds documents read ahead for the linker
   * (`prepareDocument` with these parts' sides, on an extraction worker). Returns what was written.
   */
  async link(
    store: Store,
    documents: readonly LinkDocument[],
    evidence: ReadonlyMap<string, EvidenceEvent>,
    prepared: ReadonlyMap<string, PreparedDocument> = new Map(),
  ): Promise<LinkDelta> {
    const version = await store.assessment.linker.lock();
    this.subsets.locked(version);
    let linker = this.linker;
    // Until this batch is written, the in-memory linker is ahead of the store: drop it if anything throws.
    this.linker = null;
    if (linker === null || version !== this.version) {
      linker = new Linker({ sides: this.parts.sides, actorNames: this.parts.names, retain: false });
      linker.restore(await store.assessment.linker.snapshot());
      this.restores += 1;
    }
    for (const document of sortByKnowledge(documents))
      linker.addDocument(document, prepared.get(document.id));
    const delta = linker.drain();
    this.version = await store.assessment.linker.writeDelta(
      delta,
      evidence,
      documents.map((d) => d.id),
    );
    this.subsets.advance(delta, version, this.version);
    this.linker = linker;
    return delta;
  }
}
