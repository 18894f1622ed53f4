// The materialized answers in PostgreSQL: proposition summaries, status histories, source outcomes and records.

import {
  viewKey,
  type AsOf,
  type AssessmentViewRepository,
  type SourceKey,
} from '../app/assessment-ports.js';
import type { PropositionRow } from '../assess/assessment.js';
import { betaPosterior } from '../assess/beta-posterior.js';
import type { StatusChange } from '../assess/status-history.js';
import type { Status } from '../assess/status-rules.js';
import type { Outcome, SourceKind, SourceOutcome, SourceRecord } from '../assess/track-records.js';
import type { FramingProfile } from '../extract/framing/framing-profile.js';
import type { SqlClient } from './sql-client.js';

const RECORD_COLUMNS =
  'as_of, kind, id, name, statements, right_count, wrong_count, reversed_count, pending_count, accuracy_mean, accuracy_low, accuracy_high, median_lead_days';

export class PgAssessmentViewRepository implements AssessmentViewRepository {
  constructor(private readonly sql: SqlClient) {}

  async exists(asOf: AsOf | null): Promise<boolean> {
    const rows = await this.sql.query('SELECT 1 FROM assessment_views WHERE as_of = $1', [viewKey(asOf)]);
    return rows.length > 0;
  }

  async saveView(
    asOf: AsOf,
    rows: readonly PropositionRow[],
    records: readonly SourceRecord[],
    profiles: readonly (SourceKey & { profile: FramingProfile })[],
  ): Promise<void> {
    const key = viewKey(asOf);
    // Two readers may compute the same view at once: the second waits here, then replaces the first's.
    await this.sql.query('SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l', [
      `claimlog assessment view ${key}`,
    ]);
    await this.sql.query('DELETE FROM assessment_views WHERE as_of = $1', [key]);
    await this.sql.query('INSERT INTO assessment_views (as_of) VALUES ($1)', [key]);
    await this.insertSummaries(key, rows);
    await this.insertRecords(key, records);
    await this.insertJson(
      'framing_profiles',
      'as_of, kind, source, profile',
      profiles.map((p) => ({ as_of: key, kind: p.kind, source: p.source, profile: p.profile })),
    );
  }

  async invalidateFrom(day: string): Promise<void> {
    await this.sql.query(`DELETE FROM assessment_views WHERE as_of <> '' AND left(as_of, 10) >= $1`, [day]);
  }

  async replacePropositions(
    ids: readonly string[],
    rows: readonly PropositionRow[],
    histories: ReadonlyMap<string, readonly StatusChange[]>,
    outcomes: readonly SourceOutcome[],
  ): Promise<SourceKey[]> {
    const list = [...ids];
    const before = await this.sql.query<{ kind: SourceKind; source: string }>(
      'SELECT DISTINCT kind, source FROM source_outcomes WHERE proposition_id = ANY($1::text[])',
      [list],
    );
    await this.sql.query(`DELETE FROM status_changes WHERE as_of = '' AND proposition_id = ANY($1::text[])`, [
      list,
    ]);
    await this.sql.query(
      `DELETE FROM proposition_summaries WHERE as_of = '' AND proposition_id = ANY($1::text[])`,
      [list],
    );
    await this.sql.query('DELETE FROM source_outcomes WHERE proposition_id = ANY($1::text[])', [list]);
    await this.insertJson(
      'status_changes',
      'proposition_id, as_of, seq, from_date, status, why',
      [...histories].flatMap(([id, history]) =>
        history.map((h, seq) => ({
          proposition_id: id,
          as_of: '',
          seq,
          from_date: h.from,
          status: h.status,
          why: h.why,
        })),
      ),
    );
    await this.insertSummaries('', rows);
    await this.insertJson(
      'source_outcomes',
      'kind, source, proposition_id, outcome, lead_days',
      outcomes.map((o) => ({
        kind: o.kind,
        source: o.source,
        proposition_id: o.propositionId,
        outcome: o.outcome,
        lead_days: o.leadDays,
      })),
    );
    const affected = new Map<string, SourceKey>();
    for (const s of [...before, ...outcomes])
      affected.set(`${s.kind}\u0000${s.source}`, { kind: s.kind, source: s.source });
    return [...affected.values()];
  }

  async addStatements(counts: readonly (SourceKey & { name: string; statements: number })[]): Promise<void> {
    if (counts.length === 0) return;
    const none = betaPosterior(0, 0);
    await this.sql.query(
      `INSERT INTO source_records (${RECORD_COLUMNS})
       SELECT '', kind, source, name, statements, 0, 0, 0, 0, $2, $3, $4, NULL
       FROM json_to_recordset($1::json) AS c(kind text, source text, name text, statements integer)
       ON CONFLICT (as_of, kind, id) DO UPDATE SET statements = source_records.statements + excluded.statements`,
      [JSON.stringify(counts), none.mean, none.low, none.high],
    );
  }

  async refreshSources(sources: readonly (SourceKey & { name: string })[]): Promise<void> {
    if (sources.length === 0) return;
    const tallies = await this.sql.query<{
      kind: SourceKind;
      source: string;
      right: number;
      wrong: number;
      reversed: number;
      pending: number;
      median: number | null;
    }>(
      `SELECT o.kind, o.source,
              count(*) FILTER (WHERE outcome = 'right')::int AS right,
              count(*) FILTER (WHERE outcome = 'wrong')::int AS wrong,
              count(*) FILTER (WHERE outcome = 'reversed')::int AS reversed,
              count(*) FILTER (WHERE outcome = 'pending')::int AS pending,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY lead_days) AS median
       FROM source_outcomes o
       JOIN json_to_recordset($1::json) AS s(kind text, source text) ON s.kind = o.kind AND s.source = o.source
       GROUP BY o.kind, o.source`,
      [JSON.stringify(sources.map((s) => ({ kind: s.kind, source: s.source })))],
    );
    const byKey = new Map(tallies.map((t) => [`${t.kind}\u0000${t.source}`, t]));
    const rows = sources.map((s) => {
      const t = byKey.get(`${s.kind}\u0000${s.source}`);
      const right = t?.right ?? 0;
      const wrong = t?.wrong ?? 0;
      const reversed = t?.reversed ?? 0;
      const accuracy = betaPosterior(right, wrong + reversed);
      return {
        as_of: '',
        kind: s.kind,
        id: s.source,
        name: s.name,
        statements: 0,
        right_count: right,
        wrong_count: wrong,
        reversed_count: reversed,
        pending_count: t?.pending ?? 0,
        accuracy_mean: accuracy.mean,
        accuracy_low: accuracy.low,
        accuracy_high: accuracy.high,
        median_lead_days: t?.median ?? null,
      };
    });
    await this.sql.query(
      `INSERT INTO source_records (${RECORD_COLUMNS})
       SELECT ${RECORD_COLUMNS} FROM json_populate_recordset(null::source_records, $1::json)
       ON CONFLICT (as_of, kind, id) DO UPDATE SET right_count = excluded.right_count,
         wrong_count = excluded.wrong_count, reversed_count = excluded.reversed_count,
         pending_count = excluded.pending_count, accuracy_mean = excluded.accuracy_mean,
         accuracy_low = excluded.accuracy_low, accuracy_high = excluded.accuracy_high,
         median_lead_days = excluded.median_lead_days`,
      [JSON.stringify(rows)],
    );
  }

  async listPropositions(asOf: AsOf | null): Promise<PropositionRow[]> {
    const rows = await this.sql.query<{
      proposition_id: string;
      text: string;
      status: Status | null;
      first_supported_on: string | null;
      supports: number;
      disputes: number;
    }>(
      `SELECT s.proposition_id, p.text, s.status, s.first_supported_on, s.supports, s.disputes
       FROM proposition_summaries s JOIN propositions p ON p.id = s.proposition_id
       WHERE s.as_of = $1
       ORDER BY s.first_supported_on COLLATE "C" NULLS LAST, s.proposition_id COLLATE "C"`,
      [viewKey(asOf)],
    );
    return rows.map((r) => ({
      id: r.proposition_id,
      text: r.text,
      status: r.status,
      firstSupportedOn: r.first_supported_on,
      supports: r.supports,
      disputes: r.disputes,
    }));
  }

  async statusHistory(id: string): Promise<StatusChange[]> {
    return this.sql.query<StatusChange>(
      `SELECT from_date AS "from", status, why FROM status_changes
       WHERE as_of = '' AND proposition_id = $1 ORDER BY seq`,
      [id],
    );
  }

  async listSources(
    asOf: AsOf | null,
    source?: string,
  ): Promise<(SourceRecord & { framing: FramingProfile | null })[]> {
    const params: string[] = [viewKey(asOf)];
    if (source !== undefined) params.push(source);
    const rows = await this.sql.query<RecordRow & { profile: FramingProfile | null }>(
      `SELECT r.kind, r.id, r.name, r.statements, r.right_count, r.wrong_count, r.reversed_count,
              r.pending_count, r.accuracy_mean, r.accuracy_low, r.accuracy_high, r.median_lead_days, f.profile
       FROM source_records r
       LEFT JOIN framing_profiles f ON f.as_of = r.as_of AND f.kind = r.kind AND f.source = r.id
       WHERE r.as_of = $1 ${source === undefined ? '' : 'AND r.id = $2'}
       ORDER BY r.kind, r.statements DESC, r.id COLLATE "C"`,
      params,
    );
    return rows.map((row) => ({ ...toRecord(row), framing: row.profile }));
  }

  async outcomesOf(kind: SourceKind, source: string): Promise<SourceOutcome[]> {
    const rows = await this.sql.query<{
      proposition_id: string;
      outcome: Outcome;
      lead_days: number | null;
    }>(
      `SELECT proposition_id, outcome, lead_days FROM source_outcomes WHERE kind = $1 AND source = $2
       ORDER BY outcome = 'pending', proposition_id COLLATE "C"`,
      [kind, source],
    );
    return rows.map((r) => ({
      kind,
      source,
      propositionId: r.proposition_id,
      outcome: r.outcome,
      leadDays: r.lead_days === null ? null : Number(r.lead_days),
    }));
  }

  private async insertSummaries(key: string, rows: readonly PropositionRow[]): Promise<void> {
    await this.insertJson(
      'proposition_summaries',
      'as_of, proposition_id, status, first_supported_on, supports, disputes',
      rows.map((r) => ({
        as_of: key,
        proposition_id: r.id,
        status: r.status,
        first_supported_on: r.firstSupportedOn,
        supports: r.supports,
        disputes: r.disputes,
      })),
    );
  }

  private async insertRecords(key: string, records: readonly SourceRecord[]): Promise<void> {
    await this.insertJson(
      'source_records',
      RECORD_COLUMNS,
      records.map((r) => ({
        as_of: key,
        kind: r.kind,
        id: r.id,
        name: r.name,
        statements: r.statements,
        right_count: r.right,
        wrong_count: r.wrong,
        reversed_count: r.reversed,
        pending_count: r.pending,
        accuracy_mean: r.accuracy.mean,
        accuracy_low: r.accuracy.low,
        accuracy_high: r.accuracy.high,
        median_lead_days: r.medianLeadDays,
      })),
    );
  }

  private async insertJson(table: string, columns: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    await this.sql.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${table}, $1::json)`,
      [JSON.stringify(rows)],
    );
  }
}

interface RecordRow {
  kind: SourceKind;
  id: string;
  name: string;
  statements: number;
  right_count: number;
  wrong_count: number;
  reversed_count: number;
  pending_count: number;
  accuracy_mean: number;
  accuracy_low: number;
  accuracy_high: number;
  median_lead_days: number | null;
}

/** Accuracy is kept as `real`: read back at the four decimals it was computed to. */
function toRecord(row: RecordRow): SourceRecord {
  const four = (x: number): number => Math.round(Number(x) * 10_000) / 10_000;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    statements: row.statements,
    right: row.right_count,
    wrong: row.wrong_count,
    reversed: row.reversed_count,
    pending: row.pending_count,
    accuracy: { mean: four(row.accuracy_mean), low: four(row.accuracy_low), high: four(row.accuracy_high) },
    medianLeadDays: row.median_lead_days === null ? null : Math.round(Number(row.median_lead_days) * 10) / 10,
  };
}
