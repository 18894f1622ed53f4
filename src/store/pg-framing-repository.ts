// Framing counts and profiles per source in PostgreSQL, summed per month and known day for as-of views.

import type { AsOf, FramingCount, FramingRepository, SourceKey } from '../app/assessment-ports.js';
import type { FramingProfile } from '../extract/framing/framing-profile.js';
import type { SqlClient, SqlValue } from './sql-client.js';

export class PgFramingRepository implements FramingRepository {
  constructor(private readonly sql: SqlClient) {}

  async add(rows: readonly FramingCount[]): Promise<void> {
    if (rows.length === 0) return;
    // One row per key: ON CONFLICT cannot update a row twice in one statement.
    const summed = new Map<string, FramingCount>();
    for (const c of rows) {
      const key = [c.kind, c.source, c.month, c.knownBy, c.loggedBy, c.technique].join('\u0000');
      const seen = summed.get(key);
      if (seen) summed.set(key, { ...seen, words: seen.words + c.words, spans: seen.spans + c.spans });
      else summed.set(key, c);
    }
    const counts = [...summed.values()];
    await this.sql.query(
      `INSERT INTO framing_counts (kind, source, month, known_by, logged_by, technique, words, spans)
       SELECT kind, source, month, known_by, logged_by, technique, words, spans
       FROM json_to_recordset($1::json) AS c(kind text, source text, month text, known_by text,
         logged_by text, technique text, words bigint, spans integer)
       ON CONFLICT (kind, source, month, known_by, logged_by, technique) DO UPDATE
       SET words = framing_counts.words + excluded.words, spans = framing_counts.spans + excluded.spans`,
      [
        JSON.stringify(
          counts.map((c) => ({
            kind: c.kind,
            source: c.source,
            month: c.month,
            known_by: c.knownBy,
            logged_by: c.loggedBy,
            technique: c.technique,
            words: c.words,
            spans: c.spans,
          })),
        ),
      ],
    );
  }

  async counts(
    sources: readonly SourceKey[] | null,
    asOf: AsOf | null,
  ): Promise<Omit<FramingCount, 'knownBy' | 'loggedBy'>[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    let join = '';
    if (sources !== null) {
      params.push(JSON.stringify(sources));
      join = `JOIN json_to_recordset($${params.length}::json) AS s(kind text, source text)
              ON s.kind = f.kind AND s.source = f.source`;
    }
    if (asOf !== null) {
      params.push(asOf.day);
      where.push(`f.known_by <> '' AND f.known_by <= $${params.length}`);
      if (asOf.logged) where.push(`f.logged_by <= $${params.length}`);
    }
    const rows = await this.sql.query<{
      kind: 'actor' | 'outlet';
      source: string;
      month: string;
      technique: string;
      words: number;
      spans: number;
    }>(
      `SELECT f.kind, f.source, f.month, f.technique, sum(f.words)::float8 AS words, sum(f.spans)::int AS spans
       FROM framing_counts f ${join} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY f.kind, f.source, f.month, f.technique`,
      params,
    );
    return rows.map((r) => ({ ...r, words: Number(r.words) }));
  }

  async replaceProfiles(profiles: readonly (SourceKey & { profile: FramingProfile })[]): Promise<void> {
    if (profiles.length === 0) return;
    await this.sql.query(
      `INSERT INTO framing_profiles (as_of, kind, source, profile)
       SELECT '', kind, source, profile FROM json_to_recordset($1::json) AS p(kind text, source text, profile jsonb)
       ON CONFLICT (as_of, kind, source) DO UPDATE SET profile = excluded.profile`,
      [JSON.stringify(profiles)],
    );
  }
}
