// The token store and the token use cases on every dialect: hashed at rest, shown once, revocable.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import { authenticateToken, createToken, revokeToken } from '../app/access-tokens.js';
import { PgTokenRepository } from './pg-token-repository.js';

const now = new Date('2025-05-01T12:00:00Z');

for (const dialect of testDialects()) {
  describe(`PgTokenRepository on ${dialect}`, () => {
    let test: TestDatabase;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await test.drop();
    });

    it('keeps only the hash: the token authenticates, but its text is nowhere in the table', async () => {
      const tokens = new PgTokenRepository(test.db);
      const { token, record } = await createToken(tokens, 'analyst', 'desk 3', now);
      expect(token).toMatch(/^clg_[A-Za-z0-9_-]{43}$/);
      expect(await authenticateToken(tokens, token)).toEqual({ tokenId: record.id, role: 'analyst' });
      const rows = await test.db.query<Record<string, unknown>>('SELECT * FROM api_tokens');
      expect(JSON.stringify(rows)).not.toContain(token.slice(4));
      expect(await tokens.listTokens()).toEqual([
        { id: record.id, role: 'analyst', label: 'desk 3', createdAt: now.toISOString(), revokedAt: null },
      ]);
    });

    it('refuses unknown, malformed and revoked tokens', async () => {
      const tokens = new PgTokenRepository(test.db);
      const { token, record } = await createToken(tokens, 'reader', null, now);
      expect(await authenticateToken(tokens, `${token.slice(0, -1)}A`)).toBeNull();
      expect(await authenticateToken(tokens, 'not a token')).toBeNull();
      await revokeToken(tokens, record.id, new Date('2025-05-02T00:00:00Z'));
      expect(await authenticateToken(tokens, token)).toBeNull();
      expect((await tokens.listTokens())[0]?.revokedAt).toBe('2025-05-02T00:00:00.000Z');
      await expect(revokeToken(tokens, 'tok_missing', now)).rejects.toThrow('no token with id "tok_missing"');
    });
  });
}
