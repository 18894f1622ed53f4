import { describe, expect, it } from 'vitest';
import { readMigrations, splitStatements } from './migrate.js';

describe('splitStatements', () => {
  it('splits at top-level semicolons only', () => {
    const sql = `-- a comment; not a split
CREATE TABLE t (a text DEFAULT 'x;y', "b;c" int); /* block; comment */
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'no; never';
END;
$$;
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;`;
    expect(splitStatements(sql)).toEqual([
      `CREATE TABLE t (a text DEFAULT 'x;y', "b;c" int)`,
      `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no; never';\nEND;\n$$`,
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$',
    ]);
  });

  it('reads every shipped migration into statements', async () => {
    for (const migration of await readMigrations()) {
      expect(splitStatements(migration.sql).length, migration.name).toBeGreaterThan(0);
    }
  });
});
