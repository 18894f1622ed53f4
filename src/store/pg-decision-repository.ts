// Analyst decisions in PostgreSQL: append-only, each with the log leaf it became.

import type { DecisionRepository, StoredDecision } from '../app/assessment-ports.js';
import type { AnalystDecision } from '../assess/analyst-decisions.js';
import { Conflict } from '../domain/errors.js';
import type { SqlClient } from './sql-client.js';

export class PgDecisionRepository implements DecisionRepository {
  constructor(private readonly sql: SqlClient) {}

  async insert(id: string, decision: AnalystDecision): Promise<void> {
    const rows = await this.sql.query<{ id: string }>(
      `INSERT INTO analyst_decisions (id, kind, body, decided_by, reason, decided_on)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, decision.kind, JSON.stringify(decision), decision.by, decision.reason, decision.on],
    );
    if (rows.length === 0) throw new Conflict(`analyst decision ${id} is already recorded`);
  }

  async setLogIndex(id: string, logIndex: number): Promise<void> {
    await this.sql.query('UPDATE analyst_decisions SET log_index = $2 WHERE id = $1', [id, logIndex]);
  }

  async list(): Promise<StoredDecision[]> {
    const rows = await this.sql.query<{ id: string; body: AnalystDecision; log_index: number | null }>(
      'SELECT id, body, log_index FROM analyst_decisions ORDER BY created_at, decided_on, id',
    );
    return rows.map((row) => ({ id: row.id, decision: row.body, logIndex: row.log_index }));
  }
}
