// The stored propositions, links and claims that status derivation reads, kept in memory per proposition
// for one version of the linker's state, so a batch or a timeline does not read a large proposition again.

import { PropositionDigest, speakerOrigins, type OriginOf } from '../assess/proposition-digest.js';
import type { SideMap } from '../link/actor-sides.js';
import type { LinkDelta } from '../link/linker-state.js';
import type { Claim, Link, LinkResult, Proposition } from '../link/proposition.js';
import type { Store } from './ports.js';

/** One proposition as the store holds it: its row (null when none), its links, the claims of those. */
interface Entry {
  proposition: Proposition | null;
  /** Only ever appended to: a change other than a new link replaces the entry. */
  links: Link[];
  linkIds: Set<string>;
  claims: Map<string, Claim>;
  /** Its live links folded in so far (the first `folded` of `links`), for one side map. */
  digest?: { sides: SideMap; folded: number; digest: PropositionDigest };
}

/** A proposition as the store holds it, with its live links folded into a digest. */
export interface DigestedProposition {
  id: string;
  proposition: Proposition | null;
  digest: PropositionDigest;
}

/**
 * What `LinkedClaimsRepository.subset(ids, null)` returns, answered from memory for propositions already
 * read at the store's current version. The store's version (`linker_state.version`) moves with every
 * write that changes linking or decisions; a cache whose version is not the store's is dropped, except
 * that a version ahead of the store (written in a transaction not yet visible to the reader) is bypassed.
 * Linking keeps it current (`advance`) from what a batch wrote, so ingest reads only new propositions.
 */
export class PropositionSubsetCache {
  private version: number | null = null;
  /** Bumped by every change, so a read that started before one does not fill the cache after it. */
  private generation = 0;
  private readonly entries = new Map<string, Entry>();
  private claimCount = 0;
  /** The speaker origins of the side map digests were last asked for (read once per speaker). */
  private originsFor: { sides: SideMap; originOf: OriginOf } | null = null;
  /** Reads under way, by proposition id (of the current generation). */
  private readonly inflight = new Map<string, Promise<Map<string, Entry>>>();

  /** `maxClaims`: past this many cached claims the oldest propositions are dropped. */
  constructor(private readonly maxClaims = 300_000) {}

  /**
   * The propositions of `ids`, their links and the claims of those links (each once), as `store` holds
   * them now; arrays are fresh, the objects in them shared and not to be changed.
   */
  async subset(store: Store, ids: Iterable<string>): Promise<LinkResult> {
    const wanted = [...new Set(ids)];
    const entries = await this.entriesOf(store, wanted);
    return entries === null ? store.assessment.linked.subset(wanted, null) : merge(entries);
  }

  /**
   * The propositions of `ids` as `store` holds them now (the row null when it has none), each with a
   * digest of its live links by `sides`; null when the cache cannot answer (the store is at a version it
   * does not follow).
   * A digest kept from an earlier call folds in only the links added since; it is the cache's, not to
   * be changed.
   */
  async digests(store: Store, ids: Iterable<string>, sides: SideMap): Promise<DigestedProposition[] | null> {
    const wanted = [...new Set(ids)];
    const entries = await this.entriesOf(store, wanted);
    if (entries === null) return null;
    if (this.originsFor?.sides !== sides) this.originsFor = { sides, originOf: speakerOrigins(sides) };
    const originOf = this.originsFor.originOf;
    return entries.map(({ id, entry }) => ({
      id,
      proposition: entry.proposition,
      digest: fold(id, entry, sides, originOf),
    }));
  }

  private async entriesOf(
    store: Store,
    wanted: readonly string[],
  ): Promise<{ id: string; entry: Entry }[] | null> {
    const version = await store.assessment.linker.version();
    if (this.version === null || version > this.version) this.reset(version);
    if (version !== this.version) return null;
    const generation = this.generation;
    const found: { id: string; entry: Entry }[] = [];
    const missing: string[] = [];
    for (const id of wanted) {
      const entry = this.entries.get(id);
      if (entry) found.push({ id, entry });
      else missing.push(id);
    }
    if (missing.length > 0) {
      // Concurrent readers of the same proposition share one read.
      const waits: Promise<Map<string, Entry>>[] = [];
      const toRead: string[] = [];
      for (const id of missing) {
        const inflight = this.inflight.get(id);
        if (inflight) waits.push(inflight);
        else toRead.push(id);
      }
      if (toRead.length > 0) {
        const read = store.assessment.linked.subset(toRead, null).then((result) => split(toRead, result));
        for (const id of toRead) this.inflight.set(id, read);
        const settle = (): void => {
          for (const id of toRead) if (this.inflight.get(id) === read) this.inflight.delete(id);
        };
        read.then(settle, settle);
        waits.push(read);
      }
      const reads = await Promise.all(new Set(waits));
      for (const id of missing) {
        const entry = reads.map((r) => r.get(id)).find((e) => e !== undefined);
        if (entry === undefined) continue;
        if (this.generation === generation && !this.entries.has(id)) this.put(id, entry);
        found.push({ id, entry });
      }
    }
    return found;
  }

  /**
   * Linking took the store's lock at `from`: keeps the cache only if it is of that version (else a
   * process elsewhere, or a decision, moved the store on).
   */
  locked(from: number): void {
    if (this.version !== from) this.reset(from);
  }

  /**
   * Linking wrote `delta` (at `from`, giving version `to`) in the current transaction: the cached
   * propositions it linked to take its links and claims, and the cache moves to `to`. A proposition
   * linked to a claim the delta does not carry (an older claim) is dropped, to be read again.
   */
  advance(delta: LinkDelta, from: number, to: number): void {
    if (this.version !== from) {
      this.reset(to);
      return;
    }
    this.generation += 1;
    this.inflight.clear();
    this.version = to;
    const claims = new Map(delta.claims.map((c) => [c.id, c]));
    for (const link of delta.links) {
      const entry = this.entries.get(link.propositionId);
      if (!entry) continue;
      const claim = entry.claims.get(link.claimId) ?? claims.get(link.claimId);
      if (claim === undefined) {
        this.drop(link.propositionId);
        continue;
      }
      if (entry.linkIds.has(link.id)) continue;
      entry.linkIds.add(link.id);
      entry.links.push(storedLink(link));
      if (!entry.claims.has(claim.id)) {
        entry.claims.set(claim.id, claim);
        this.claimCount += 1;
      }
    }
    this.evict();
  }

  private reset(version: number): void {
    this.entries.clear();
    this.inflight.clear();
    this.claimCount = 0;
    this.version = version;
    this.generation += 1;
  }

  private put(id: string, entry: Entry): void {
    this.drop(id);
    this.entries.set(id, entry);
    this.claimCount += entry.claims.size;
    this.evict();
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.claimCount -= entry.claims.size;
  }

  private evict(): void {
    for (const id of this.entries.keys()) {
      if (this.claimCount <= this.maxClaims) return;
      this.drop(id);
    }
  }
}

/** A stored link reads back with its score at three decimals (pg-linked-claims-repository). */
function storedLink(link: Link): Link {
  return { ...link, score: Math.round(link.score * 1000) / 1000 };
}

function split(ids: readonly string[], read: LinkResult): Map<string, Entry> {
  const entries = new Map<string, Entry>(
    ids.map((id) => [id, { proposition: null, links: [], linkIds: new Set(), claims: new Map() }]),
  );
  for (const p of read.propositions) {
    const entry = entries.get(p.id);
    if (entry) entry.proposition = p;
  }
  const claims = new Map(read.claims.map((c) => [c.id, c]));
  for (const link of read.links) {
    const entry = entries.get(link.propositionId);
    const claim = claims.get(link.claimId);
    if (!entry) continue;
    entry.links.push(link);
    entry.linkIds.add(link.id);
    if (claim) entry.claims.set(claim.id, claim);
  }
  return entries;
}

/** The entry's digest, with the links added since it was last asked for folded in. */
function fold(id: string, entry: Entry, sides: SideMap, originOf: OriginOf): PropositionDigest {
  if (entry.digest?.sides !== sides)
    entry.digest = { sides, folded: 0, digest: new PropositionDigest(id, sides, originOf) };
  const kept = entry.digest;
  // As `assess` does: a rejected link, or one whose claim is not at hand, does not count.
  for (; kept.folded < entry.links.length; kept.folded += 1) {
    const link = entry.links[kept.folded];
    const claim = link && entry.claims.get(link.claimId);
    if (link && claim && link.state !== 'rejected') kept.digest.add(link, claim);
  }
  return kept.digest;
}

function merge(entries: readonly { entry: Entry }[]): LinkResult {
  const propositions: Proposition[] = [];
  const links: Link[] = [];
  const claims = new Map<string, Claim>();
  for (const { entry } of entries) {
    if (entry.proposition) propositions.push(entry.proposition);
    links.push(...entry.links);
    for (const [id, claim] of entry.claims) claims.set(id, claim);
  }
  return { propositions, links, claims: [...claims.values()] };
}
