// Reads what linking stored in PostgreSQL: claims with their documents' dates and log indexes, links, propositions.

import type {
  AsOf,
  LinkedClaimsRepository,
  RetrievalItem,
  StatementProposition,
} from '../app/assessment-ports.js';
import type { Stance } from '../domain/statement.js';
import type { EvidenceKind } from '../extract/evidence/evidence-event.js';
import type { PredicateId } from '../link/predicate-lexicon.js';
import type { Claim, ClaimKind, Link, LinkResult, Proposition } from '../link/proposition.js';
import { documentLogIndex } from './document-log-index.js';
import type { SqlClient, SqlValue } from './sql-client.js';

const CLAIM_SELECT = `SELECT c.id, c.kind, c.document_id, c.parent_id, c.speaker_text, c.speaker_actor, c.stance,
  c.evidence_kind, c.hedged, c.text, c.start_offset, c.end_offset, c.said_on, c.known_on, c.outlet,
  ${documentLogIndex('d')} AS log_index, d.published_at
  FROM claims c JOIN documents d ON d.id = c.document_id`;
const PROPOSITION_SELECT = `SELECT id, text, predicate, party, place, founded_by, priority_claimant,
  priority_proposition_id FROM propositions`;
const LINK_SELECT = 'SELECT l.id, l.claim_id, l.proposition_id, l.polarity, l.state, l.basis, l.score';

/**
 * The live propositions of a document's statements in one query: links of each statement's own and
 * embedded claims, plus links analysts confirmed that linking had not suggested; each proposition
 * followed along merged_into; the latest link decision on a claim and live proposition sets the state
 * (and, confirming, the polarity). Splits are not followed (their links stay on the original).
 */
const STATEMENT_PROPOSITIONS = `WITH RECURSIVE
  own AS (
    SELECT c.id AS claim_id, s.ordinal, c.kind = 'embedded' AS reported
    FROM claims c JOIN statements s ON s.id = CASE WHEN c.kind = 'embedded' THEN c.parent_id ELSE c.id END
    WHERE c.document_id = $1 AND c.kind IN ('statement', 'embedded')
  ),
  decided AS (
    SELECT a.kind, a.body->>'claimId' AS claim_id, a.body->>'propositionId' AS proposition_id,
           a.body->>'polarity' AS polarity, a.decided_on, a.created_at
    FROM analyst_decisions a JOIN own o ON o.claim_id = a.body->>'claimId'
    WHERE a.kind IN ('link-confirm', 'link-reject')
  ),
  candidates AS (
    SELECT l.claim_id, l.proposition_id, l.polarity, l.state FROM proposition_links l JOIN own o ON o.claim_id = l.claim_id
    UNION ALL
    SELECT d.claim_id, d.proposition_id, NULL, NULL FROM decided d WHERE d.kind = 'link-confirm'
  ),
  live (start_id, id, next_id, hops) AS (
    SELECT p.id, p.id, p.merged_into, 0 FROM propositions p
    WHERE p.id IN (SELECT proposition_id FROM candidates)
    UNION ALL
    SELECT v.start_id, p.id, p.merged_into, v.hops + 1 FROM live v JOIN propositions p ON p.id = v.next_id
    WHERE v.hops < 100
  ),
  resolved AS (
    SELECT DISTINCT ON (start_id) start_id, id FROM live ORDER BY start_id, hops DESC
  ),
  linked AS (
    SELECT c.claim_id, r.id AS proposition_id, c.polarity, c.state
    FROM candidates c JOIN resolved r ON r.start_id = c.proposition_id
  ),
  latest AS (
    SELECT DISTINCT ON (d.claim_id, r.id) d.claim_id, r.id AS proposition_id, d.kind, d.polarity
    FROM decided d JOIN resolved r ON r.start_id = d.proposition_id
    ORDER BY d.claim_id, r.id, d.decided_on DESC, d.created_at DESC
  ),
  merged AS (
    SELECT DISTINCT ON (k.claim_id, k.proposition_id) k.claim_id, k.proposition_id,
           COALESCE(CASE WHEN t.kind = 'link-confirm' THEN t.polarity END, k.polarity, 'supports') AS polarity,
           CASE t.kind WHEN 'link-confirm' THEN 'confirmed' WHEN 'link-reject' THEN 'rejected' ELSE k.state END AS state
    FROM linked k LEFT JOIN latest t ON t.claim_id = k.claim_id AND t.proposition_id = k.proposition_id
    ORDER BY k.claim_id, k.proposition_id, k.state NULLS LAST
  )
SELECT o.ordinal, o.reported, p.id, p.text, m.polarity, m.state
FROM merged m JOIN own o ON o.claim_id = m.claim_id JOIN propositions p ON p.id = m.proposition_id
WHERE m.state IS NOT NULL AND m.state <> 'rejected'
ORDER BY o.ordinal, o.reported, p.id`;

const TABLES = { proposition: 'propositions', link: 'proposition_links', claim: 'claims' } as const;

export class PgLinkedClaimsRepository implements LinkedClaimsRepository {
  constructor(private readonly sql: SqlClient) {}

  async subset(propositionIds: readonly string[]): Promise<LinkResult> {
    if (propositionIds.length === 0) return { claims: [], propositions: [], links: [] };
    const ids = [...propositionIds];
    // One after another: called in transactions, where pg's single client must not run queries at once.
    const propositions = await this.sql.query<PropositionRow>(
      `${PROPOSITION_SELECT} WHERE id = ANY($1::text[])`,
      [ids],
    );
    const links = await this.sql.query<LinkRow>(
      `${LINK_SELECT} FROM proposition_links l WHERE l.proposition_id = ANY($1::text[])`,
      [ids],
    );
    const claims = await this.sql.query<ClaimRow>(
      `${CLAIM_SELECT} WHERE c.id IN (SELECT claim_id FROM proposition_links WHERE proposition_id = ANY($1::text[]))`,
      [ids],
    );
    return {
      claims: claims.map(toClaim),
      propositions: propositions.map(toProposition),
      links: links.map(toLink),
    };
  }

  async all(asOf: AsOf | null): Promise<LinkResult> {
    const { where, params } = knownFilter(asOf);
    // One after another: called in transactions (as-of views), where pg's single client must not run queries at once.
    const propositions = await this.sql.query<PropositionRow>(PROPOSITION_SELECT);
    const links = await rowsAsJson<LinkRow>(
      this.sql,
      `${LINK_SELECT} FROM proposition_links l JOIN claims c ON c.id = l.claim_id
         JOIN documents d ON d.id = c.document_id ${where}`,
      params,
    );
    const claims = await rowsAsJson<ClaimRow>(this.sql, `${CLAIM_SELECT} ${where}`, params);
    return {
      claims: claims.map(toClaim),
      propositions: propositions.map(toProposition),
      links: links.map(toLink),
    };
  }

  async claims(ids: readonly string[], asOf: AsOf | null): Promise<Claim[]> {
    if (ids.length === 0) return [];
    const known = knownFilter(asOf, 2);
    const and = known.where === '' ? '' : `AND ${known.where.slice('WHERE '.length)}`;
    const rows = await this.sql.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.id = ANY($1::text[]) ${and}`, [
      [...ids],
      ...known.params,
    ]);
    return rows.map(toClaim);
  }

  async links(ids: readonly string[]): Promise<Link[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.query<LinkRow>(
      `${LINK_SELECT} FROM proposition_links l WHERE l.id = ANY($1::text[])`,
      [[...ids]],
    );
    return rows.map(toLink);
  }

  async propositions(ids: readonly string[]): Promise<Proposition[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.query<PropositionRow & { merged_into: string | null }>(
      `${PROPOSITION_SELECT.replace(' FROM', ', merged_into FROM')} WHERE id = ANY($1::text[])`,
      [[...ids]],
    );
    return rows.map((row) => ({ ...toProposition(row), mergedInto: row.merged_into }));
  }

  async linksOfClaims(claimIds: readonly string[]): Promise<Link[]> {
    if (claimIds.length === 0) return [];
    const rows = await this.sql.query<LinkRow>(
      `${LINK_SELECT} FROM proposition_links l WHERE l.claim_id = ANY($1::text[]) ORDER BY l.id`,
      [[...claimIds]],
    );
    return rows.map(toLink);
  }

  async idsWithPrefix(
    kind: 'proposition' | 'link' | 'claim',
    prefix: string,
    limit: number,
  ): Promise<string[]> {
    const rows = await this.sql.query<{ id: string }>(
      `SELECT id FROM ${TABLES[kind]} WHERE id LIKE $1 ESCAPE '\\' ORDER BY id LIMIT $2`,
      [`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit],
    );
    return rows.map((r) => r.id);
  }

  async retrievalItems(asOf: AsOf | null): Promise<RetrievalItem[]> {
    const { where, params } = knownFilter(asOf);
    const known = where === '' ? 'WHERE' : `${where} AND`;
    const [propositions, statements] = await Promise.all([
      this.sql.query<{ id: string; text: string; on: string | null }>(
        `SELECT p.id, p.text, min(c.said_on) FILTER (WHERE l.polarity = 'supports') AS on FROM propositions p
         JOIN proposition_links l ON l.proposition_id = p.id
         JOIN claims c ON c.id = l.claim_id JOIN documents d ON d.id = c.document_id
         ${known} p.merged_into IS NULL GROUP BY p.id, p.text ORDER BY p.id`,
        params,
      ),
      this.sql.query<{
        id: string;
        text: string;
        said_on: string | null;
        speaker_text: string;
        speaker_actor: string | null;
        document_id: string;
      }>(
        `SELECT c.id, c.text, c.said_on, c.speaker_text, c.speaker_actor, c.document_id
         FROM claims c JOIN documents d ON d.id = c.document_id ${known} c.kind = 'statement' ORDER BY c.id`,
        params,
      ),
    ]);
    return [
      ...propositions.map((p): RetrievalItem => ({
        kind: 'proposition',
        id: p.id,
        text: p.text,
        on: p.on,
        speaker: null,
        documentId: null,
      })),
      ...statements.map((s): RetrievalItem => ({
        kind: 'statement',
        id: s.id,
        text: s.text,
        on: s.said_on,
        speaker: { text: s.speaker_text, actor: s.speaker_actor },
        documentId: s.document_id,
      })),
    ];
  }

  async statementPropositions(documentId: string): Promise<StatementProposition[]> {
    const rows = await this.sql.query<{
      ordinal: number;
      reported: boolean;
      id: string;
      text: string;
      polarity: StatementProposition['polarity'];
      state: StatementProposition['state'];
    }>(STATEMENT_PROPOSITIONS, [documentId]);
    return rows.map((r) => ({
      ordinal: Number(r.ordinal),
      reported: r.reported,
      id: r.id,
      text: r.text,
      polarity: r.polarity,
      state: r.state,
    }));
  }
}

/**
 * The rows of `select`, read as one JSON array the database builds (`json_agg` of each row, keyed by
 * column name): the driver decodes one value instead of every field of every row, which for the
 * tens of thousands of rows of an as-of view cost PGlite twice the rest of the view's build. The
 * aggregate is planned over the query's own joins and takes the rows in the order they come, the
 * order the plain query returns them in; text, booleans and numbers (int8 and real included) come
 * out as the row-by-row reads give them (pg-linked-claims-repository.test.ts compares the two).
 */
async function rowsAsJson<Row>(sql: SqlClient, select: string, params: readonly SqlValue[]): Promise<Row[]> {
  const [result] = await sql.query<{ rows: Row[] | null }>(
    `SELECT json_agg(r) AS rows FROM (${select}) r`,
    params,
  );
  // json_agg of no rows is NULL.
  return result?.rows ?? [];
}

/** Claims known as of a view: published by its day (a month once over) and, for a logged view, logged by then. */
function knownFilter(asOf: AsOf | null, param = 1): { where: string; params: SqlValue[] } {
  if (asOf === null) return { where: '', params: [] };
  const logged = asOf.logged
    ? ` AND ${documentLogIndex('d')} IS NOT NULL AND (d.ingested_at AT TIME ZONE 'UTC')::date <= $${param}::date`
    : '';
  return { where: `WHERE c.known_by <= $${param}${logged}`, params: [asOf.day] };
}

interface ClaimRow {
  id: string;
  kind: ClaimKind;
  document_id: string;
  parent_id: string | null;
  speaker_text: string;
  speaker_actor: string | null;
  stance: Stance | null;
  evidence_kind: EvidenceKind | null;
  hedged: boolean;
  text: string;
  start_offset: number;
  end_offset: number;
  said_on: string | null;
  known_on: string | null;
  outlet: string | null;
  log_index: number | null;
  published_at: string | null;
}

interface PropositionRow {
  id: string;
  text: string;
  predicate: PredicateId;
  party: string | null;
  place: string | null;
  founded_by: string;
  priority_claimant: string | null;
  priority_proposition_id: string | null;
}

interface LinkRow {
  id: string;
  claim_id: string;
  proposition_id: string;
  polarity: Link['polarity'];
  state: Link['state'];
  basis: Link['basis'];
  score: number;
}

function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    kind: row.kind,
    documentId: row.document_id,
    logIndex: row.log_index,
    publishedAt: row.published_at,
    knownOn: row.known_on,
    on: row.said_on,
    speaker: { text: row.speaker_text, actor: row.speaker_actor },
    outlet: row.outlet,
    stance: row.stance,
    evidenceKind: row.evidence_kind,
    hedged: row.hedged,
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    parent: row.parent_id,
  };
}

/** As linking created it: merges are analyst decisions, applied when read (see applyDecisions). */
function toProposition(row: PropositionRow): Proposition {
  return {
    id: row.id,
    text: row.text,
    predicate: row.predicate,
    party: row.party,
    place: row.place,
    foundedBy: row.founded_by,
    mergedInto: null,
    priority:
      row.priority_claimant === null
        ? null
        : { claimant: row.priority_claimant, propositionId: row.priority_proposition_id },
  };
}

function toLink(row: LinkRow): Link {
  return {
    id: row.id,
    claimId: row.claim_id,
    propositionId: row.proposition_id,
    polarity: row.polarity,
    state: row.state,
    basis: row.basis,
    score: Math.round(Number(row.score) * 1000) / 1000,
  };
}
