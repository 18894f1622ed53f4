import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPgliteThread, type PgliteThreadDatabase } from './pglite-thread.js';

const dataDir = () => join(mkdtempSync(join(tmpdir(), 'claimlog-thread-')), 'pgdata');
const open: PgliteThreadDatabase[] = [];
async function openAt(dir: string): Promise<PgliteThreadDatabase> {
  const db = await openPgliteThread(dir);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

describe('PGlite on its own thread', () => {
  it('returns every parameter type as the in-thread driver does', async () => {
    const db = await openAt(dataDir());
    const bytes = new Uint8Array([0, 1, 127, 128, 255]);
    const day = new Date('2025-04-28T10:00:00.000Z');
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT $1::text AS text, $2::int8 AS big, $3::bool AS yes, $4::bytea AS bytes,
              $5::timestamptz AS at, $6::text[] AS list, '{"a":[1,"b"]}'::jsonb AS json, NULL::text AS nothing`,
      ['Kursk', 9007199254740991, true, bytes, day, ['kp', 'ru']],
    );
    expect(row).toEqual({
      text: 'Kursk',
      big: 9007199254740991,
      yes: true,
      bytes,
      at: day,
      list: ['kp', 'ru'],
      json: { a: [1, 'b'] },
      nothing: null,
    });
  });

  it('commits a transaction whole, rolls a failed one back whole, and carries PostgreSQL error fields', async () => {
    const db = await openAt(dataDir());
    await db.execScript('CREATE TABLE t (id int PRIMARY KEY, note text)');
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1, $1)', ['kept']);
      // A nested transaction joins the outer one.
      await tx.transaction((inner) => inner.query('INSERT INTO t VALUES (2, $1)', ['kept too']));
    });
    const failed = db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (3, $1)', ['lost']);
      await tx.query('INSERT INTO t VALUES (1, $1)', ['duplicate']);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505', constraint: 't_pkey' });
    expect(await db.query('SELECT id, note FROM t ORDER BY id')).toEqual([
      { id: 1, note: 'kept' },
      { id: 2, note: 'kept too' },
    ]);
    // A work function that throws rolls back without a database error.
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (4, $1)', ['lost']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.query('SELECT count(*)::int AS n FROM t')).toEqual([{ n: 2 }]);
  });

  it('runs a statement sent during a transaction after it, seeing what it committed', async () => {
    const db = await openAt(dataDir());
    await db.execScript('CREATE TABLE t (id int)');
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writing = db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1)');
      await held;
      await tx.query('INSERT INTO t VALUES (2)');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reading = db.query<{ n: number }>('SELECT count(*)::int AS n FROM t');
    release();
    await writing;
    expect(await reading).toEqual([{ n: 2 }]);
  });

  it('keeps its data in the folder across a close, and locks the folder to this process while open', async () => {
    const dir = dataDir();
    const first = await openAt(dir);
    await first.execScript("CREATE TABLE t (note text); INSERT INTO t VALUES ('held')");
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    await first.close();
    open.splice(open.indexOf(first), 1);
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const second = await openAt(dir);
    expect(await second.query('SELECT note FROM t')).toEqual([{ note: 'held' }]);
  });

  it('refuses statements once closed, saying so', async () => {
    const db = await openPgliteThread(dataDir());
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toThrow('the embedded database is closed');
  });
});
