// API load: requests/s and p99 latency of the statements, documents, timeline and sources endpoints
// (autocannon on loopback), idle and while an ingest runs in the same server process (documents POSTed to it, which
// is how the single-process embedded store takes writes while it serves).
// Every load sends Accept-Encoding as a browser's fetch() does, so large answers come compressed;
// "timeline (identity)" is a client that accepts no compression. Timelines and sources answer with an
// ETag; "timeline revalidated" is a client sending it back. Idle runs also print the server process's
// CPU time per request (Linux /proc), a figure that other load on the machine hardly moves.
// Usage: tsx bench/api-load.bench.ts [DOCUMENTS] [SECONDS] [--postgres URL]
//   (defaults 2000 preloaded, 10 s per run, the embedded store; with --postgres, a fresh database is
//   made on that server for the run and dropped after)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openPostgres } from '../src/store/postgres/postgres-database.js';
import { demoReports } from './demo-reports.js';
import { benchDir } from './bench-dir.js';

const flags = process.argv.slice(2);
const postgresAt = flags.indexOf('--postgres');
const serverUrl = postgresAt >= 0 ? flags.splice(postgresAt, 2)[1] : undefined;
const preload = Number(flags[0] ?? 2000);
const seconds = Number(flags[1] ?? 10);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');
const now = new Date();
/** What a browser's fetch() sends. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };

// The demo corpus as reports, copied with a numbered line so every copy is a distinct document.
const base = demoReports(now);
function report(i: number, tag: string) {
  const r = base[i % base.length];
  if (!r) throw new Error('the demo corpus is empty');
  return {
    text: `${r.text}\n\n(${tag} copy ${i}.)`,
    publishedAt: r.publishedAt,
    outlet: r.outlet,
    title: r.title,
  };
}

const dir = benchDir('claimlog-bench-api-');
const database = serverUrl ? await createDatabase(serverUrl) : null;
const env = {
  ...withoutDatabase(process.env),
  CLAIMLOG_HOME: join(dir, 'home'),
  NO_COLOR: '1',
  ...(database ? { DATABASE_URL: database.url } : {}),
};
const sources = join(dir, 'sources');
mkdirSync(sources);
writeFileSync(
  join(sources, 'preload.jsonl'),
  `${Array.from({ length: preload }, (_, i) => JSON.stringify(report(i, 'preload'))).join('\n')}\n`,
);
cli(['ingest', sources]);
const token = (JSON.parse(cli(['token', 'create', '--role', 'analyst', '--json'])) as { token: string })
  .token;
const server = await serve();

try {
  const counts = (await (await fetch(`${server.url}health`)).json()) as { documents: number };
  console.log(
    `api load store: ${database ? 'PostgreSQL' : 'embedded (PGlite)'}, ${counts.documents} documents preloaded, 10 connections`,
  );
  console.log(`api load average before (1 min): ${loadAverage()}`);
  const targets: [string, string, Record<string, string>?][] = [
    ['statements', '/statements?limit=50'],
    ['statements by speaker', '/statements?speaker=kp&limit=50'],
    ['documents', '/documents?limit=50'],
    ...(await assessmentTargets()),
  ];
  // The first request of each reads what the server process does not hold yet: timed on its own.
  const etags = new Map<string, string>();
  for (const [name, path] of targets) {
    const t0 = performance.now();
    const response = await fetch(`${server.url.replace(/\/$/, '')}${path}`, { headers: BROWSER_ENCODINGS });
    await response.arrayBuffer();
    console.log(`api ${name} first request ms: ${(performance.now() - t0).toFixed(0)} (${response.status})`);
    const etag = response.headers.get('etag');
    if (etag !== null) etags.set(path, etag);
  }
  // A client that holds the timeline revalidates it (If-None-Match): 304 while it has not changed.
  const timeline = targets.find(([name]) => name === 'timeline')?.[1];
  const revalidate = timeline === undefined ? undefined : etags.get(timeline);
  if (timeline !== undefined)
    targets.push(['timeline (identity)', timeline, { 'accept-encoding': 'identity' }]);
  if (timeline !== undefined && revalidate !== undefined)
    targets.push(['timeline revalidated', timeline, { 'if-none-match': revalidate }]);
  for (const [name, path, headers] of targets) {
    const cpu0 = serverCpuMs();
    const result = await load(path, headers);
    report1(name, 'idle', result);
    const cpu = serverCpuMs();
    if (cpu !== null && cpu0 !== null && result.requests.total > 0)
      console.log(
        `api ${name} server cpu ms/request (idle): ${((cpu - cpu0) / result.requests.total).toFixed(3)}`,
      );
  }

  // The ingest: batches of 20 new documents POSTed one after another for as long as the loads run.
  let ingesting = true;
  let ingested = 0;
  let ingestErrors = 0;
  let next = 0;
  const started = performance.now();
  const ingest = (async () => {
    while (ingesting) {
      const documents = Array.from({ length: 20 }, () => report(next++, 'load'));
      const response = await fetch(`${server.url}documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ documents }),
      });
      if (!response.ok) {
        ingestErrors += 1;
        if (ingestErrors === 1) console.error(`ingest: ${response.status} ${await response.text()}`);
      } else ingested += ((await response.json()) as { ingested: unknown[] }).ingested.length;
    }
  })();
  for (const [name, path, headers] of targets) report1(name, 'during ingest', await load(path, headers));
  ingesting = false;
  await ingest;
  const ingestSeconds = (performance.now() - started) / 1000;
  console.log(
    `api ingest documents/s (in the server, during load): ${(ingested / ingestSeconds).toFixed(0)}`,
  );
  console.log(`api ingest errors: ${ingestErrors}`);
  console.log(`api load average after (1 min): ${loadAverage()}`);
} finally {
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  await database?.drop();
}

/**
 * The timeline of the proposition with the most statements and the sources, now and as of today, when
 * the server has the assessment routes.
 */
async function assessmentTargets(): Promise<[string, string][]> {
  const response = await fetch(`${server.url}propositions?limit=500`);
  if (response.status === 404) {
    console.log('api timeline and sources: not measured, this build has no assessment routes');
    return [];
  }
  const page = (await response.json()) as {
    items: { id: string; supports: number; disputes: number; firstSupportedOn: string | null }[];
  };
  const largest = [...page.items].sort((a, b) => b.supports + b.disputes - (a.supports + a.disputes))[0];
  if (!largest) throw new Error('the preloaded documents made no propositions');
  // As of today: everything is known, and each ingested batch drops the day's stored view.
  const day = now.toISOString().slice(0, 10);
  const id = encodeURIComponent(largest.id);
  console.log(`api timeline proposition: ${largest.id} (${largest.supports + largest.disputes} links)`);
  return [
    ['timeline', `/propositions/${id}/timeline`],
    ['timeline as of', `/propositions/${id}/timeline?asOf=${day}`],
    ['sources', '/sources'],
    ['sources as of', `/sources?asOf=${day}`],
  ];
}

/** `headers` over a browser's Accept-Encoding. */
function load(path: string, headers: Record<string, string> = {}): Promise<autocannon.Result> {
  return autocannon({
    url: `${server.url.replace(/\/$/, '')}${path}`,
    connections: 10,
    duration: seconds,
    headers: { ...BROWSER_ENCODINGS, ...headers },
  });
}

/** The server process's user and system CPU time so far, in ms; null where /proc is missing. */
function serverCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8');
    // proc(5): after "pid (comm) ", utime and stime are fields 14 and 15, in clock ticks (100 per s).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

/** Prints a run's figures; a 304 (Not Modified, to a revalidating client) is an answer, not an error. */
function report1(name: string, when: string, result: autocannon.Result): void {
  const notModified = result.statusCodeStats?.['304']?.count ?? 0;
  const errors = result.errors + result.timeouts + result.non2xx - notModified;
  console.log(`api ${name} req/s (${when}): ${result.requests.average.toFixed(0)}`);
  console.log(`api ${name} p99 ms (${when}): ${result.latency.p99}`);
  console.log(`api ${name} errors (${when}): ${errors}`);
}

function cli(args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`claimlog ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function serve(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', '0'], {
      cwd: ROOT,
      env,
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.stderr.pipe(process.stderr);
    child.on('exit', (code) => reject(new Error(`claimlog serve exited with ${code}`)));
  });
}

function withoutDatabase(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, ...rest } = environment;
  return rest;
}

/** A fresh database on the PostgreSQL server at `url`, and how to drop it. */
async function createDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `claimlog_bench_${process.pid}`;
  const admin = await openPostgres(url, { max: 1 });
  await admin.execScript(`CREATE DATABASE ${name}`);
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const cleanup = await openPostgres(url, { max: 1 });
      await cleanup.execScript(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.close();
    },
  };
}
