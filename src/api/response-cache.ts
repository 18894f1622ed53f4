// Serialized JSON answers of read routes, kept per request and store version, with their ETags.

import { createHash } from 'node:crypto';

/** A serialized answer: its UTF-8 bytes and a strong ETag over them. */
export interface CachedBody {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

interface Entry {
  version: number;
  body: Promise<CachedBody>;
  size: number;
}

/** How many answers, and how many bytes of them, a cache keeps by default. */
export const CACHE_ENTRIES = 128;
export const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The most recently asked answers, each held for the store version it was built at. An answer built
 * at version v is returned only to a request that read version v itself, so a request that read the
 * version after a write committed never gets a body built before it. Requests for the same key and
 * version while it is being built share that one build; a failed build is forgotten.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = CACHE_ENTRIES,
    private readonly maxBytes = CACHE_BYTES,
  ) {}

  /** The body of `key` at `version`: the held one, or `build()` serialized as JSON (and held). */
  get(key: string, version: number, build: () => Promise<unknown>): Promise<CachedBody> {
    const held = this.entries.get(key);
    if (held?.version === version) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held.body;
    }
    // A request that read an older version than the held answer's gets its own, unheld.
    if (held && held.version > version) return build().then(serialize);
    if (held) this.remove(key, held);
    const entry: Entry = { version, size: 0, body: build().then(serialize) };
    this.entries.set(key, entry);
    entry.body.then(
      (body) => {
        if (this.entries.get(key) !== entry) return;
        entry.size = body.bytes.byteLength;
        this.bytes += entry.size;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key, entry);
      },
    );
    this.evict();
    return entry.body;
  }

  /** How many answers are held (built or being built). */
  get size(): number {
    return this.entries.size;
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

function serialize(value: unknown): CachedBody {
  const bytes = Buffer.from(JSON.stringify(value));
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  return { bytes, etag };
}
