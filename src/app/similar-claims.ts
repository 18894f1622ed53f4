// "Has this been claimed or checked before?": the earlier propositions and statements most like a text.

import { expandConcepts } from '../link/concept-expansion.js';
import { createClaimIndex, type ClaimIndex } from '../link/retrieval/claim-index.js';
import type { AsOf, RetrievalItem } from './assessment-ports.js';
import type { Store } from './ports.js';

export interface SimilarProposition {
  id: string;
  text: string;
  status: string | null;
  firstSupportedOn: string | null;
  score: number;
}

export interface SimilarStatement {
  id: string;
  text: string;
  speaker: { text: string; actor: string | null };
  on: string | null;
  documentId: string;
  /** The propositions it is linked to. */
  propositionIds: string[];
  score: number;
}

export interface SimilarAnswer {
  query: string;
  asOf: string | null;
  propositions: SimilarProposition[];
  statements: SimilarStatement[];
}

/** One BM25 index (see createClaimIndex) over propositions and statements, built from the store. */
export interface SimilarityIndex {
  index: ClaimIndex;
  /** By `kind:id`, the index's item ids. */
  items: Map<string, RetrievalItem>;
}

/** How many hits are read to rank propositions by their statements. */
const POOL = 200;

/**
 * Builds the index of everything known as of `asOf` (all when null) from the store: one read, no
 * documents. Each text carries the canonical names of what it names (see expandConcepts).
 */
export async function buildSimilarityIndex(store: Store, asOf: AsOf | null): Promise<SimilarityIndex> {
  const items = await store.assessment.linked.retrievalItems(asOf);
  return {
    index: createClaimIndex(
      items.map((i) => ({ id: `${i.kind}:${i.id}`, text: expandConcepts(i.text), date: i.on })),
    ),
    items: new Map(items.map((i) => [`${i.kind}:${i.id}`, i])),
  };
}

/**
 * The `k` propositions and the `k` statements most similar to `text` (BM25 over their words, stems, the
 * known words an unknown one may misspell, and the canonical names of parties and places), best first.
 * A proposition scores as its own text or its best-matching statement, whichever is higher: it is what
 * its statements say. Each proposition comes with its status from `statuses`, each statement with the
 * propositions it is linked to.
 */
export async function similarClaims(
  store: Store,
  index: SimilarityIndex,
  text: string,
  k: number,
  statuses: ReadonlyMap<string, { status: string | null; firstSupportedOn: string | null }>,
  asOf: AsOf | null,
): Promise<SimilarAnswer> {
  const hits = index.index.search(expandConcepts(text), Math.max(POOL, k * 4));
  const statementPool = hits.filter((h) => h.id.startsWith('statement:'));
  const links = await store.assessment.linked.linksOfClaims(
    statementPool.map((h) => h.id.slice('statement:'.length)),
  );
  const best = new Map<string, number>();
  const credit = (id: string, score: number): void => {
    if (score > (best.get(id) ?? 0)) best.set(id, score);
  };
  for (const hit of hits) {
    if (hit.id.startsWith('proposition:')) credit(hit.id.slice('proposition:'.length), hit.score);
  }
  for (const hit of statementPool) {
    const claim = hit.id.slice('statement:'.length);
    for (const l of links)
      if (l.claimId === claim && index.items.has(`proposition:${l.propositionId}`))
        credit(l.propositionId, hit.score);
  }
  const propositionHits = [...best]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, k);
  const statementHits = statementPool
    .slice(0, k)
    .map((h) => ({ id: h.id.slice('statement:'.length), score: h.score }));
  const round = (score: number): number => Math.round(score * 1000) / 1000;
  return {
    query: text,
    asOf: asOf?.day ?? null,
    propositions: propositionHits.map((hit) => {
      const item = index.items.get(`proposition:${hit.id}`);
      const status = statuses.get(hit.id);
      return {
        id: hit.id,
        text: item?.text ?? '',
        status: status?.status ?? null,
        firstSupportedOn: status?.firstSupportedOn ?? item?.on ?? null,
        score: round(hit.score),
      };
    }),
    statements: statementHits.map((hit) => {
      const item = index.items.get(`statement:${hit.id}`);
      return {
        id: hit.id,
        text: item?.text ?? '',
        speaker: item?.speaker ?? { text: '', actor: null },
        on: item?.on ?? null,
        documentId: item?.documentId ?? '',
        propositionIds: [...new Set(links.filter((l) => l.claimId === hit.id).map((l) => l.propositionId))],
        score: round(hit.score),
      };
    }),
  };
}
