// `claimlog ingest` as a user runs it: good reports go in, every kind of bad input gets one clear
// error naming the file (and line), the rest of the batch goes on, and the exit code says so.

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshHome, runCli, type CliResult } from '../support/cli.js';

const report = (fields: Record<string, unknown>) => JSON.stringify(fields);

async function writeSources(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimlog-sources-'));
  await mkdir(join(dir, 'more'));
  await writeFile(
    join(dir, 'good.txt'),
    'Seoul reports troop movement\n\nSouth Korean intelligence said on Friday that about 1,500 North Korean soldiers had been sent to Russia.\n',
  );
  await writeFile(
    join(dir, 'more', 'post.txt'),
    'Footage we obtained shows North Korean soldiers collecting Russian uniforms.\n— Example Stratcom Unit (@ExampleStratcom) October 18, 2024\n',
  );
  await writeFile(
    join(dir, 'latin1.txt'),
    Buffer.from([...Buffer.from('Kyiv said the front held '), 0xe9, 0x74, 0xe9]),
  );
  await writeFile(
    join(dir, 'image.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  );
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'big.txt'), 'The ministry said the talks went on. '.repeat(400));
  await writeFile(join(dir, 'notes.pdf'), '%PDF-1.4');
  await writeFile(
    join(dir, 'reports.jsonl'),
    [
      report({
        id: 'r1',
        text: 'The Kremlin said on Monday that it had nothing to add about the reports.',
        publishedAt: '2024-10-21',
        outlet: 'Example Wire',
      }),
      '{"id": "r2", "text": "cut off',
      report({ id: 'r3', text: 'Pyongyang denied the reports.', publishedAt: '2024-02-30' }),
      report({ id: 'r4', text: 'NATO said troops had been seen in Kursk last week.' }),
      report({ id: 'r5', title: 'no text here', publishedAt: '2024-10-28' }),
    ].join('\n'),
  );
  return dir;
}

describe('claimlog ingest', () => {
  let home: string;
  let dir: string;
  let first: CliResult;

  beforeAll(async () => {
    [home, dir] = await Promise.all([freshHome(), writeSources()]);
    first = await runCli(
      ['ingest', dir, join(dir, 'notes.pdf'), join(dir, 'missing.txt'), '--max-size', '0.01'],
      { CLAIMLOG_HOME: home },
    );
  });

  it('stores the good reports and sums up, exiting 1 because some input failed', () => {
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('ingested 4 documents');
    expect(first.stdout).toContain('0 already held; 9 failed');
  });

  it('names the file and what was wrong for each whole-file problem', () => {
    const errors = first.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toEqual(
      expect.arrayContaining([
        `error: ${join(dir, 'notes.pdf')}: unsupported file type ".pdf": expected .txt, .html, .htm or .jsonl`,
        `error: ${join(dir, 'missing.txt')}: cannot read: no such file or folder`,
        `error: ${join(dir, 'latin1.txt')}: invalid UTF-8 at byte offset 25: expected UTF-8 text`,
        `error: ${join(dir, 'image.txt')}: binary content: expected UTF-8 text, found a NUL byte at offset 8`,
        `error: ${join(dir, 'empty.txt')}: empty: expected text, found 0 bytes`,
        expect.stringMatching(
          new RegExp(`^error: ${join(dir, 'big.txt')}: too large: 14\\.5 KB, over the limit of 10\\.2 KB`),
        ),
      ]),
    );
  });

  it('names the line of each bad JSONL report and reads the others', () => {
    const file = join(dir, 'reports.jsonl');
    expect(first.stderr).toMatch(new RegExp(`error: ${file}:2: malformed JSON: `));
    expect(first.stderr).toContain(
      `error: ${file}:3: impossible publication date "2024-02-30": 2024-02 has 29 days`,
    );
    expect(first.stderr).toContain(`error: ${file}:5: report: expected a non-empty "text" or "html"`);
  });

  it('says which reports have no publication date, and leaves their dates unresolved', async () => {
    expect(first.stderr).toContain(
      `note: ${join(dir, 'reports.jsonl')}:4: no publication date: its relative dates are left unresolved`,
    );
    const statements = JSON.parse(
      (await runCli(['statements', '--speaker', 'nato', '--json'], { CLAIMLOG_HOME: home })).stdout,
    ) as {
      publishedAt: string | null;
      saidOn: string | null;
    }[];
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.publishedAt === null && s.saidOn === null)).toBe(true);
  });

  it('adds nothing when the same content comes again, and says so', async () => {
    const again = await runCli(['ingest', join(dir, 'good.txt'), join(dir, 'more')], { CLAIMLOG_HOME: home });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(`already held: ${join(dir, 'good.txt')} is document [0-9a-f]{16}; nothing added`),
    );
    expect(again.stdout).toContain(
      'ingested 0 documents (0 statements) from 2 files; 2 already held; 0 failed',
    );
  });

  it('reads a signed post as a post by that account on that date', async () => {
    const result = await runCli(['statements', '--speaker', 'Example Stratcom', '--json'], {
      CLAIMLOG_HOME: home,
    });
    const [statement] = JSON.parse(result.stdout) as { publishedAt: string; saidOn: string }[];
    expect(statement).toMatchObject({ publishedAt: '2024-10-18', saidOn: '2024-10-18' });
  });

  it('prints a JSON report for scripts', async () => {
    const result = await runCli(['ingest', join(dir, 'empty.txt'), join(dir, 'good.txt'), '--json'], {
      CLAIMLOG_HOME: home,
    });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as {
      ingested: unknown[];
      duplicates: { origin: string }[];
      failures: { file: string; message: string }[];
    };
    expect(parsed.ingested).toEqual([]);
    expect(parsed.duplicates.map((d) => d.origin)).toEqual([join(dir, 'good.txt')]);
    expect(parsed.failures).toEqual([
      {
        file: join(dir, 'empty.txt'),
        line: null,
        message: `${join(dir, 'empty.txt')}: empty: expected text, found 0 bytes`,
      },
    ]);
  });

  it('refuses a bad option value, naming it', async () => {
    const result = await runCli(['ingest', dir, '--max-size', 'lots'], { CLAIMLOG_HOME: home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-size: expected a size in MB such as 20, found "lots"');
  });
});
