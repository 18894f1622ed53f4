import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type PgliteDatabase } from './pglite-database.js';

let db: PgliteDatabase;
beforeAll(async () => {
  db = await openPglite(null);
});
afterAll(async () => {
  await db.close();
});

/** Text of about `length` UTF-16 units mixing one-, two-, three- and four-byte UTF-8 characters. */
function mixedText(length: number): string {
  const piece = 'Kursk — Пхеньян 평양 “groundless rumors” 🛰️ ';
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

describe('PGlite parameters', () => {
  it('passes text parameters on either side of the long-text cutoff unchanged, whatever their characters', async () => {
    for (const length of [10, 8191, 8192, 40_000]) {
      const text = mixedText(length);
      const [row] = await db.query<{ text: string; characters: number }>(
        'SELECT $1::text AS text, length($1::text) AS characters',
        [text],
      );
      expect(row?.text).toBe(text);
      expect(row?.characters).toBe([...text].length);
    }
  });

  it('reads a long JSON text parameter as PostgreSQL json, rows and characters intact', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `d${i}`, text: mixedText(30 + (i % 7)) }));
    const json = JSON.stringify(rows);
    expect(json.length).toBeGreaterThan(8192);
    const read = await db.query<{ id: string; text: string }>(
      'SELECT id, text FROM json_to_recordset($1::json) AS r(id text, text text)',
      [json],
    );
    expect(read).toEqual(rows);
  });

  it('still serializes a json parameter given as a value, and refuses malformed long JSON by name', async () => {
    const [row] = await db.query<{ value: unknown }>('SELECT $1::json AS value', [
      { said: 'denied', on: '2024-10' },
    ] as never);
    expect(row?.value).toEqual({ said: 'denied', on: '2024-10' });
    await expect(db.query('SELECT $1::json AS value', [`[${'1,'.repeat(9000)}`])).rejects.toThrow(/json/i);
  });
});

describe('PGlite settings', () => {
  it('sizes a new WAL segment without writing 16 MB of zeros into it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlog-wal-'));
    try {
      const onDisk = await openPglite(dir);
      /** Each WAL segment's name with its length and the bytes the file system holds for it. */
      const segments = () =>
        readdirSync(join(dir, 'pg_wal'))
          .filter((name) => /^[0-9A-F]{24}$/.test(name))
          .sort()
          .map((name) => {
            const stat = statSync(join(dir, 'pg_wal', name));
            return { name, size: stat.size, held: stat.blocks * 512 };
          });
      const before = segments();
      await onDisk.execScript('CREATE TABLE t (x int); SELECT pg_switch_wal(); INSERT INTO t VALUES (1);');
      const after = segments();
      await onDisk.close();
      const created = after.filter((segment) => !before.some((b) => b.name === segment.name));
      expect(created).toHaveLength(1);
      expect(created[0]?.size).toBe(16 * 1024 * 1024);
      expect(created[0]?.held).toBeLessThan(1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
