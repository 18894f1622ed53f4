// The JSON API as the UI calls it: typed reads, and problems (RFC 9457) turned into ApiProblem errors.

import type { DocumentJson, DocumentSummaryJson } from '../../api/schemas/document-json.js';
import type { ProblemJson } from '../../api/schemas/service-json.js';
import type { StatementJson } from '../../api/schemas/statement-json.js';
import type {
  Decision,
  FirstSupport,
  PropositionRow,
  Similar,
  SourceRecord,
  Status,
  Timeline,
} from './assessment-contracts.js';

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
}

export interface SearchResult {
  q: string;
  documents: Page<DocumentSummaryJson>;
  statements: Page<StatementJson>;
}

/** A request the API refused or failed, with its problem document. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemJson) {
    super(problem.detail);
  }
}

export type Query = Record<string, string | number | null | undefined>;

/** GET `path?query` (empty values dropped); resolves to the JSON body, or rejects with ApiProblem. */
export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  const url = params.size > 0 ? `${path}?${params.toString()}` : path;
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  return readJson<T>(response, url);
}

/**
 * POST `body` as JSON to `path` with `token` as its bearer credential; resolves to the JSON answer, or
 * rejects with ApiProblem (401 without a valid token, 403 for a reader's token, 400 naming the field).
 */
export async function postJson<T>(path: string, body: unknown, token: string): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(token === '' ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  return readJson<T>(response, path);
}

async function readJson<T>(response: Response, url: string): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('application/problem+json'))
    throw new ApiProblem((await response.json()) as ProblemJson);
  throw new ApiProblem({
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: `the server answered ${response.status} to ${url}`,
  });
}

export const api = {
  search: (q: string, signal?: AbortSignal) => getJson<SearchResult>('/search', { q, limit: 10 }, signal),
  documents: (query: Query, signal?: AbortSignal) =>
    getJson<Page<DocumentSummaryJson>>('/documents', query, signal),
  document: (id: string, signal?: AbortSignal) =>
    getJson<DocumentJson>(`/documents/${encodeURIComponent(id)}`, {}, signal),
  statements: (query: Query, signal?: AbortSignal) =>
    getJson<Page<StatementJson>>('/statements', query, signal),
  propositions: (query: Query, signal?: AbortSignal) =>
    getJson<Page<PropositionRow>>('/propositions', query, signal),
  timeline: (id: string, asOf: string | null, signal?: AbortSignal) =>
    getJson<Timeline>(`/propositions/${encodeURIComponent(id)}/timeline`, { asOf }, signal),
  first: (id: string, signal?: AbortSignal) =>
    getJson<FirstSupport>(`/propositions/${encodeURIComponent(id)}/first`, {}, signal),
  sources: (query: Query, signal?: AbortSignal) => getJson<Page<SourceRecord>>('/sources', query, signal),
  source: (id: string, signal?: AbortSignal) =>
    getJson<SourceRecord>(`/sources/${encodeURIComponent(id)}`, {}, signal),
  similar: (q: string, k: number, signal?: AbortSignal) => getJson<Similar>('/similar', { q, k }, signal),
};

/** An analyst's decision: who and why travel with every one, and end up in the log. */
export interface DecisionInput {
  reason: string;
  by?: string;
}

export const decisions = {
  confirmLink: (linkId: string, input: DecisionInput, token: string) =>
    postJson<Decision>(`/links/${encodeURIComponent(linkId)}/confirm`, input, token),
  rejectLink: (linkId: string, input: DecisionInput, token: string) =>
    postJson<Decision>(`/links/${encodeURIComponent(linkId)}/reject`, input, token),
  setStatus: (
    propositionId: string,
    input: DecisionInput & { status: Status | 'none'; from?: string },
    token: string,
  ) => postJson<Decision>(`/propositions/${encodeURIComponent(propositionId)}/status`, input, token),
};
