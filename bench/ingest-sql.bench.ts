// The embedded store's share of an ingest, measured without the rest: every SQL statement an ingest of
// the demo corpus runs is recorded, then replayed on a fresh database and timed in CPU milliseconds.
// Replays are less noisy than whole ingests (see below for how much), so this is the place to try a
// schema or statement change: pass a SQL script and it runs on a fresh database before the replay,
// in turns with replays of the schema as migrated.
// Usage: [REPLAYS=3] tsx bench/ingest-sql.bench.ts [DOCUMENTS] [SCRIPT]   (default 2000, no script)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../src/app/config.js';
import { openClaimlog } from '../src/app/open-claimlog.js';
import { migrate } from '../src/store/migrate.js';
import { openPglite } from '../src/store/pglite/pglite-database.js';
import type { Database, SqlClient, SqlValue } from '../src/store/sql-client.js';
import { demoReports } from './demo-reports.js';
import { benchDir } from './bench-dir.js';

const wanted = Number(process.argv[2] ?? 2000);
const script = process.argv[3] ?? '';

/** One recorded step: a statement, or the start or end of a transaction. */
type Step = { sql: string; params: readonly SqlValue[] } | 'begin' | 'end';

/** A Database that records every statement it runs, in order, with its transactions. */
class RecordingDatabase implements Database {
  readonly dialect = 'pglite' as const;
  readonly steps: Step[] = [];

  constructor(private readonly inner: Database) {}

  query<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    this.steps.push({ sql, params });
    return this.inner.query<Row>(sql, params);
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.inner.transaction(async (tx) => {
      this.steps.push('begin');
      try {
        return await work(this.recording(tx));
      } finally {
        this.steps.push('end');
      }
    });
  }

  execScript(sql: string): Promise<void> {
    return this.inner.execScript(sql);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private recording(tx: SqlClient): SqlClient {
    const client: SqlClient = {
      query: <Row>(sql: string, params: readonly SqlValue[] = []) => {
        this.steps.push({ sql, params });
        return tx.query<Row>(sql, params);
      },
      transaction: (work) => work(client),
    };
    return client;
  }
}

// Record: the demo corpus repeated, each copy its own document, ingested with extraction on this thread.
const dir = benchDir('claimlog-bench-sql-');
const base = demoReports(new Date());
const reports = Array.from({ length: wanted }, (_, i) => {
  const report = base[i % base.length];
  if (!report) throw new Error('the demo corpus is empty');
  const { publishedAt, outlet, title } = report;
  const text = `${report.text}\n\n(Bench copy ${i}.)`;
  return JSON.stringify({ id: `sql-${i}`, text, publishedAt, outlet, title, language: 'en' });
});
const recording = new RecordingDatabase(await openPglite(null));
await migrate(recording);
recording.steps.length = 0;
const config = { ...readConfig({ CLAIMLOG_EXTRACT_WORKERS: '0' }), home: join(dir, 'home') };
const claimlog = await openClaimlog(config, { database: recording });
// Files of 1,000 reports, as the ingest benchmark writes them.
const sources = join(dir, 'sources');
mkdirSync(sources);
for (let i = 0; i < reports.length; i += 1000)
  writeFileSync(join(sources, `part-${i}.jsonl`), `${reports.slice(i, i + 1000).join('\n')}\n`);
const report = await claimlog.ingest([sources]);
await claimlog.close();
rmSync(dir, { recursive: true, force: true });
if (report.ingested.length !== wanted)
  throw new Error(
    `expected ${wanted} documents ingested, got ${report.ingested.length}: ${report.failures[0]?.message ?? 'no failure reported'}`,
  );

// Replay on fresh databases, timing each statement's CPU. One replay varies by 10-30 % (GC and
// checkpoints land where they land), so each variant is replayed REPLAYS times, taking turns with the
// other when a script is given, and the median replay is reported with every replay's figure.
interface Replay {
  total: number;
  byStatement: Map<string, number>;
}

async function replayOnce(withScript: string): Promise<Replay> {
  const replay = await openPglite(null);
  await migrate(replay);
  if (withScript !== '') await replay.execScript(withScript);
  const byStatement = new Map<string, number>();
  let total = 0;
  let at = 0;
  async function run(client: SqlClient, inTransaction: boolean): Promise<void> {
    for (; at < recording.steps.length; at++) {
      const step = recording.steps[at];
      if (step === undefined) break;
      if (step === 'begin') {
        at += 1;
        await replay.transaction((tx) => run(tx, true));
        continue;
      }
      if (step === 'end') {
        if (inTransaction) return;
        continue;
      }
      const from = process.cpuUsage();
      await client.query(step.sql, step.params);
      const used = process.cpuUsage(from);
      const ms = (used.user + used.system) / 1000;
      total += ms;
      const name = step.sql.replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ');
      byStatement.set(name, (byStatement.get(name) ?? 0) + ms);
    }
  }
  await run(replay, false);
  await replay.close();
  return { total, byStatement };
}

const replays = Number(process.env.REPLAYS ?? 3);
const variants =
  script === ''
    ? [{ label: '', script: '' }]
    : [
        { label: ' (schema as migrated)', script: '' },
        { label: ' (with the script)', script },
      ];
const results = variants.map(() => [] as Replay[]);
// A later replay in the same process tends to cost more than an earlier one, so the order alternates.
for (let r = 0; r < replays; r++) {
  const order = [...variants.keys()];
  if (r % 2 === 1) order.reverse();
  for (const i of order) results[i]?.push(await replayOnce(variants[i]?.script ?? ''));
}

console.log(
  `ingest SQL documents: ${wanted} (${recording.steps.length} steps, each replayed ${replays} times)`,
);
for (const [i, variant] of variants.entries()) {
  const runs = (results[i] ?? []).sort((a, b) => a.total - b.total);
  const median = runs[Math.floor(runs.length / 2)];
  if (median === undefined) continue;
  const spread = runs.map((run) => (run.total / wanted).toFixed(3)).join(', ');
  console.log(
    `ingest SQL CPU ms per document${variant.label}: ${(median.total / wanted).toFixed(3)} (replays: ${spread})`,
  );
  for (const [name, ms] of [...median.byStatement].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`ingest SQL CPU ms per document${variant.label}, ${name}: ${(ms / wanted).toFixed(3)}`);
}
