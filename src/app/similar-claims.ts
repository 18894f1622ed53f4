// "Has this been claimed or checked before?": the earlier propositions and statements most like a text.

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

/** One BM25 index per kind of item (see createClaimIndex), built from the store. */
export interface SimilarityIndex {
  propositions: ClaimIndex;
  statements: ClaimIndex;
  items: Map<string, RetrievalItem>;
}

/** Builds the index of everything known as of `asOf` (all when null) from the store: one read, no documents. */
export async function buildSimilarityIndex(store: Store, asOf: AsOf | null): Promise<SimilarityIndex> {
  const items = await store.assessment.linked.retrievalItems(asOf);
  const toIndex = (kind: RetrievalItem['kind']) =>
    createClaimIndex(
      items.filter((i) => i.kind === kind).map((i) => ({ id: i.id, text: i.text, date: i.on })),
    );
  return {
    propositions: toIndex('proposition'),
    statements: toIndex('statement'),
    items: new Map(items.map((i) => [`${i.kind}:${i.id}`, i])),
  };
}

/**
 * The `k` propositions and the `k` statements most similar to `text` (BM25 over their words, stems and
 * the known words an unknown one may misspell), best first, with each proposition's status in `statuses`
 * and each statement's propositions.
 */
export async function similarClaims(
  store: Store,
  index: SimilarityIndex,
  text: string,
  k: number,
  statuses: ReadonlyMap<string, { status: string | null; firstSupportedOn: string | null }>,
  asOf: AsOf | null,
): Promise<SimilarAnswer> {
  const propositionHits = index.propositions.search(text, k);
  const statementHits = index.statements.search(text, k);
  const links = await store.assessment.linked.linksOfClaims(statementHits.map((h) => h.id));
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
