// An in-memory record of the items taken in from feeds, for one process (tests, dry runs); the store keeps the durable one.
import type { FreshItem, SeenItem, SeenItems } from './poll-feed.js';

export class MemorySeenItems implements SeenItems {
  private readonly byFeed = new Map<string, Map<string, SeenItem>>();

  lookup(feedUrl: string, keys: readonly string[]): Promise<ReadonlyMap<string, SeenItem>> {
    const known = this.byFeed.get(feedUrl);
    const out = new Map<string, SeenItem>();
    for (const key of keys) {
      const item = known?.get(key);
      if (item !== undefined) out.set(key, item);
    }
    return Promise.resolve(out);
  }

  /** Marks `items` taken in, each with the document made from it (when there is one). */
  record(feedUrl: string, items: readonly FreshItem[], documentIds: readonly (string | null)[] = []): void {
    let known = this.byFeed.get(feedUrl);
    if (known === undefined) {
      known = new Map();
      this.byFeed.set(feedUrl, known);
    }
    items.forEach((fresh, i) => {
      known.set(fresh.key, {
        fingerprint: fresh.fingerprint,
        version: fresh.version,
        documentId: documentIds[i] ?? null,
      });
    });
  }

  /** Everything recorded, as plain JSON (to show that it survives a restart when stored). */
  toJSON(): Record<string, Record<string, SeenItem>> {
    return Object.fromEntries([...this.byFeed].map(([feed, items]) => [feed, Object.fromEntries(items)]));
  }

  static fromJSON(json: Record<string, Record<string, SeenItem>>): MemorySeenItems {
    const store = new MemorySeenItems();
    for (const [feed, items] of Object.entries(json)) store.byFeed.set(feed, new Map(Object.entries(items)));
    return store;
  }
}
