// Applies the numbered SQL migrations in `migrations/` once each, in order, on either driver.

import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { InvalidInput } from '../domain/errors.js';
import type { Database } from './sql-client.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNNN_name.sql` files; a file not in that form is an error rather than silently skipped. */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const match = /^(\d{4})_[a-z0-9_]+\.sql$/.exec(name);
    if (!match?.[1])
      throw new InvalidInput(`expected a migration named NNNN_name.sql, found ${name}`, {
        where: { file: dir },
      });
    migrations.push({ version: Number(match[1]), name, sql: await readFile(`${dir}/${name}`, 'utf8') });
  }
  return migrations;
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction together with its
 * bookkeeping row, so a crash leaves it applied or not. On PostgreSQL an advisory lock keeps two
 * processes from migrating at once.
 */
export async function migrate(db: Database, dir: string = MIGRATIONS_DIR): Promise<number[]> {
  const migrations = await readMigrations(dir);
  await db.execScript(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    if (db.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(7215001)');
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
  });
  return applied;
}

/**
 * Splits a migration into its statements at top-level semicolons, so each runs through the extended
 * protocol inside the migration's transaction. Semicolons inside quotes, quoted identifiers,
 * dollar-quoted bodies (`$$ … $$`, `$fn$ … $fn$`) and comments do not split.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < sql.length) {
    const rest = sql.slice(i);
    const skip =
      /^--[^\n]*/.exec(rest) ??
      /^\/\*[\s\S]*?\*\//.exec(rest) ??
      /^'(?:[^']|'')*'/.exec(rest) ??
      /^"(?:[^"]|"")*"/.exec(rest) ??
      dollarQuoted(rest);
    if (skip) {
      if (!skip[0].startsWith('--') && !skip[0].startsWith('/*')) current += skip[0];
      i += skip[0].length;
      continue;
    }
    const char = sql[i] ?? '';
    if (char === ';') {
      if (current.trim() !== '') statements.push(current.trim());
      current = '';
    } else {
      current += char;
    }
    i += 1;
  }
  if (current.trim() !== '') statements.push(current.trim());
  return statements;
}

function dollarQuoted(text: string): RegExpExecArray | null {
  const open = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text);
  if (!open) return null;
  const close = text.indexOf(open[0], open[0].length);
  if (close === -1) return null;
  return /^[\s\S]*/.exec(text.slice(0, close + open[0].length));
}
