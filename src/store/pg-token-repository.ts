// API tokens in PostgreSQL: only their SHA-256 is stored.

import type { Principal, TokenRecord, TokenRepository, TokenRole } from '../app/access-tokens.js';
import type { SqlClient } from './sql-client.js';

export class PgTokenRepository implements TokenRepository {
  constructor(private readonly sql: SqlClient) {}

  async insertToken(token: TokenRecord & { tokenHash: string }): Promise<void> {
    await this.sql.query(
      'INSERT INTO api_tokens (id, token_hash, role, label, created_at) VALUES ($1, $2, $3, $4, $5)',
      [token.id, token.tokenHash, token.role, token.label, token.createdAt],
    );
  }

  async listTokens(): Promise<TokenRecord[]> {
    const rows = await this.sql.query<{
      id: string;
      role: TokenRole;
      label: string | null;
      created_at: Date;
      revoked_at: Date | null;
    }>('SELECT id, role, label, created_at, revoked_at FROM api_tokens ORDER BY created_at, id');
    return rows.map((row) => ({
      id: row.id,
      role: row.role,
      label: row.label,
      createdAt: row.created_at.toISOString(),
      revokedAt: row.revoked_at?.toISOString() ?? null,
    }));
  }

  async revokeToken(id: string, at: string): Promise<boolean> {
    const rows = await this.sql.query<{ id: string }>(
      'UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $2::timestamptz) WHERE id = $1 RETURNING id',
      [id, at],
    );
    return rows.length > 0;
  }

  async findLiveToken(tokenHash: string): Promise<Principal | null> {
    const [row] = await this.sql.query<{ id: string; role: TokenRole }>(
      'SELECT id, role FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
    return row ? { tokenId: row.id, role: row.role } : null;
  }
}
