// Serialized JSON answers of read routes, kept per request and store version with their ETags, and
// their compressed forms, each made once.

import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { encodeBody, MIN_ENCODED_BYTES, type ContentCoding } from './content-coding.js';

/** One representation of an answer: its bytes and a strong ETag over them. */
export interface CachedBody {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * A serialized answer: its UTF-8 JSON bytes (the identity representation), the codings it is offered
 * in, and its compressed representations, made on first use and shared by every later request.
 */
export interface CachedAnswer extends CachedBody {
  /** The codings worth applying: none for a body under MIN_ENCODED_BYTES. */
  readonly codings: readonly ContentCoding[];
  /** The ETag of the representation in `coding` (null: identity), known before it is made. */
  etagOf(coding: ContentCoding | null): string;
  /** The representation in `coding` (null: identity); a coding not in `codings` gives identity. */
  encoded(coding: ContentCoding | null): Promise<CachedBody>;
}

interface Entry {
  version: number;
  answer: Promise<CachedAnswer>;
  size: number;
  /** How the answer is made, so `refresh` can make it again at a newer version. */
  build: () => Promise<unknown>;
  /** The codings requests have taken it in (null: identity), to compress a refreshed answer ahead. */
  asked: Set<ContentCoding | null>;
  /** How long making it took (infinite until made). */
  buildMs: number;
}

/** Of the held answers, how many `refresh` makes again (the most recently asked). */
export const REFRESHED_ENTRIES = 8;
/** An answer that took longer than this to make is made again on demand, not by `refresh`. */
export const REFRESH_BUDGET_MS = 250;

/** How many answers, and how many bytes of them, a cache keeps by default. */
export const CACHE_ENTRIES = 128;
export const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The most recently asked answers, each held for the store version it was built at. An answer built
 * at version v is returned only to a request that read version v or an earlier one, so a request that
 * read the version after a write committed never gets a body built before it. Requests for the same key and
 * version while it is being built share that one build; a failed build is forgotten. Compressed
 * representations count toward the byte limit from when they are made.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = CACHE_ENTRIES,
    private readonly maxBytes = CACHE_BYTES,
  ) {}

  /** The answer of `key` at `version`: the held one, or `build()` serialized as JSON (and held). */
  get(key: string, version: number, build: () => Promise<unknown>): Promise<CachedAnswer> {
    const held = this.entries.get(key);
    // An answer made at a newer version than the request read is newer still: the request ran
    // alongside the write that moved it.
    if (held && held.version >= version) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held.answer;
    }
    return this.hold(key, version, build, new Set()).answer;
  }

  /**
   * Makes the most recently asked answers again at `version`, compressed as requests last took them,
   * and resolves when they are ready (never rejects: a failed one is forgotten). For a store's sole
   * writer to call after a commit moved the version and before readers are told of it, so the first
   * requests at the new version find their answers made.
   */
  async refresh(version: number): Promise<void> {
    const stale = [...this.entries]
      .slice(-REFRESHED_ENTRIES)
      .filter(([, e]) => e.version < version && e.buildMs <= REFRESH_BUDGET_MS);
    for (const [key, old] of stale) {
      // One at a time, with a turn between, so requests waiting on this thread are answered meanwhile.
      await nextTurn();
      try {
        // Made beside the held answer, which keeps serving requests at the older version meanwhile.
        const entry = this.made(key, version, old.build, old.asked);
        const answer = await entry.answer;
        await Promise.all([...old.asked].map((coding) => answer.encoded(coding)));
        const held = this.entries.get(key);
        if (held === undefined || held.version < version) this.install(key, entry);
      } catch {
        // Not made: the next request at the new version makes it.
      }
    }
  }

  /** Holds a new entry for `key`, replacing the one held, and returns it. */
  private hold(
    key: string,
    version: number,
    build: () => Promise<unknown>,
    asked: Set<ContentCoding | null>,
  ): Entry {
    const entry = this.made(key, version, build, asked);
    this.install(key, entry);
    entry.answer.catch(() => {
      if (this.entries.get(key) === entry) this.remove(key, entry);
    });
    return entry;
  }

  /** A new entry for `key`, not yet held; its size counts toward the limit once it is. */
  private made(
    key: string,
    version: number,
    build: () => Promise<unknown>,
    asked: Set<ContentCoding | null>,
  ): Entry {
    const started = performance.now();
    const entry: Entry = {
      version,
      size: 0,
      buildMs: Number.POSITIVE_INFINITY,
      build,
      asked,
      answer: build().then((value) => {
        entry.buildMs = performance.now() - started;
        const answer = serialize(value, (bytes) => this.grow(key, entry, bytes), asked);
        this.grow(key, entry, answer.bytes.byteLength);
        return answer;
      }),
    };
    return entry;
  }

  /** Holds `entry` under `key` in place of the one held. */
  private install(key: string, entry: Entry): void {
    const held = this.entries.get(key);
    if (held) this.remove(key, held);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    this.evict();
  }

  /** How many answers are held (built or being built). */
  get size(): number {
    return this.entries.size;
  }

  /** How many bytes the held answers take, identity and compressed. */
  get heldBytes(): number {
    return this.bytes;
  }

  /** Counts `bytes` more for `entry` (toward the limit while it is held). */
  private grow(key: string, entry: Entry, bytes: number): void {
    entry.size += bytes;
    if (this.entries.get(key) !== entry) return;
    this.bytes += bytes;
    this.evict();
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) return;
      this.remove(key, entry);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

/** Whether an If-None-Match header value names `etag` (or is `*`); weak tags compare by their value. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}

/**
 * `value` as an answer; `grow` is told the size of each compressed representation once made, and
 * `asked` collects the codings it is taken in.
 */
function serialize(
  value: unknown,
  grow: (bytes: number) => void,
  asked: Set<ContentCoding | null>,
): CachedAnswer {
  const bytes = Buffer.from(JSON.stringify(value));
  const tag = createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
  const identity: CachedBody = { bytes, etag: `"${tag}"` };
  const codings: readonly ContentCoding[] = bytes.byteLength < MIN_ENCODED_BYTES ? [] : ['br', 'gzip'];
  const made = new Map<ContentCoding, Promise<CachedBody>>();
  // RFC 9110 §8.8.3: a strong validator differs between representations, so each coding gets its own
  // tag; compressing equal bytes gives equal bytes, so the identity tag plus the coding is one.
  const etagOf = (coding: ContentCoding | null) =>
    coding === null || !codings.includes(coding) ? identity.etag : `"${tag}-${coding}"`;
  return {
    ...identity,
    codings,
    etagOf,
    encoded(coding) {
      if (coding === null || !codings.includes(coding)) {
        asked.add(null);
        return Promise.resolve(identity);
      }
      asked.add(coding);
      let body = made.get(coding);
      if (body === undefined) {
        body = encodeBody(bytes, coding).then((encoded) => ({ bytes: encoded, etag: etagOf(coding) }));
        made.set(coding, body);
        body.then(
          (b) => grow(b.bytes.byteLength),
          () => made.delete(coding),
        );
      }
      return body;
    },
  };
}
