// Counts the independent origins behind a set of documents, so forty relays of one wire story count as one source.
import { canonicalOutlet } from './relay-outlets.js';

/** What the syndication stage recorded about a document. */
export interface OriginInput {
  id: string;
  /** The outlet that published it. */
  outlet: string | null;
  /** The earlier document it copies (near-duplicate detection), if any. */
  copyOf: string | null;
  /** Outlets it says it relays ("Reuters reported", "(Yonhap) —"). */
  relayedFrom: readonly string[];
}

export interface Origin {
  /** `outlet:<canonical name>`, or `document:<id>` for a document with no known outlet. */
  key: string;
  /** The documents in the input that trace back to this origin, in input order. */
  documentIds: string[];
}

export interface IndependentOrigins {
  /** How many independent origins the documents have. */
  count: number;
  origins: Origin[];
}

/**
 * Groups documents by where their content comes from. A copy takes its original's origins (following
 * `copyOf` chains; a ring of copies has one root, its member given first; an original outside the input stands for itself as `document:<id>`).
 * A document that credits outlets (`relayedFrom`, other than its own) has those outlets as origins, not
 * itself; any other document has its own outlet, so two reports by one outlet are one origin. A document
 * relaying two outlets belongs to both. `outletKey` maps outlet names to one spelling (default: the
 * relay lexicon's canonical names). Pure.
 */
export function independentOrigins(
  documents: readonly OriginInput[],
  outletKey: (name: string) => string = canonicalOutlet,
): IndependentOrigins {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const own = (d: OriginInput): string[] => {
    const outlet = d.outlet === null || d.outlet.trim() === '' ? null : outletKey(d.outlet);
    const relays = [...new Set(d.relayedFrom.map((r) => outletKey(r)))].filter((r) => r !== outlet);
    if (relays.length > 0) return relays.map((r) => `outlet:${r}`);
    return outlet === null ? [`document:${d.id}`] : [`outlet:${outlet}`];
  };
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const rootOf = (d: OriginInput): { doc: OriginInput | null; id: string } => {
    const path: OriginInput[] = [d];
    let current = d;
    while (current.copyOf !== null) {
      const next = byId.get(current.copyOf);
      if (next === undefined) return { doc: null, id: current.copyOf };
      const loop = path.indexOf(next);
      if (loop >= 0) {
        // Documents that copy each other in a ring share one root: the ring member given first.
        const ring = path.slice(loop).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
        const first = ring[0] ?? next;
        return { doc: first, id: first.id };
      }
      path.push(next);
      current = next;
    }
    return { doc: current, id: current.id };
  };

  const groups = new Map<string, string[]>();
  for (const d of documents) {
    const root = rootOf(d);
    const keys = root.doc === null ? [`document:${root.id}`] : own(root.doc);
    for (const key of keys) {
      const members = groups.get(key);
      if (members === undefined) groups.set(key, [d.id]);
      else if (!members.includes(d.id)) members.push(d.id);
    }
  }
  const origins = [...groups].map(([key, documentIds]) => ({ key, documentIds }));
  return { count: origins.length, origins };
}
