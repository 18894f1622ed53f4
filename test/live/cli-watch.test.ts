// `claimlog feeds` and `claimlog watch` as a user runs them, against a feed server on loopback (allowed
// explicitly by configuration): each item taken in once, a changed item as the README says, conditional
// GET seen by the server, a malformed item and a broken feed reported while the rest goes on, restarts
// resuming where the last poll ended, and a clean stop on SIGTERM.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/app/config.js';
import { openClaimlog } from '../../src/app/open-claimlog.js';
import { freshHome, ROOT, runCli } from '../support/cli.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

interface Story {
  guid: string;
  title: string;
  body: string;
}

const A1: Story = {
  guid: 'a1',
  title: 'Lawmakers briefed on troop movements',
  body: 'Intelligence officials told a closed session of parliament on Wednesday that several thousand soldiers had been moved by rail to training grounds in the far east, according to two members who attended.',
};
const A2_FIRST: Story = {
  guid: 'a2',
  title: 'Foreign ministry rejects the reports',
  body: 'A foreign ministry spokesman said on Thursday that the reports were groundless and accused neighbouring governments of spreading rumours to justify their own military spending.',
};
const A2_EDITED: Story = {
  ...A2_FIRST,
  body: 'A foreign ministry spokesman said on Thursday that the reports were groundless and fabricated, and accused neighbouring governments of spreading rumours to justify their own military spending.',
};
const A3: Story = {
  guid: 'a3',
  title: 'Two soldiers taken prisoner',
  body: 'Border guards said on Saturday that two wounded soldiers had been captured after a skirmish in the forest and were being treated in a military hospital, where investigators planned to question them.',
};
const A4: Story = {
  guid: 'a4',
  title: 'Chief of staff acknowledges the deployment',
  body: 'The chief of the general staff acknowledged on Sunday for the first time that foreign units had fought alongside his troops, and thanked them in a televised address to the officers of the western command.',
};

/** What the feed server serves; the tests change it between runs. */
const site = {
  /** The feed's version for the nth request to /feed.xml (1-based). */
  versionFor: (n: number): number => (n >= 3 ? 2 : 1),
  stories: { 1: [A1, A2_FIRST, A3], 2: [A1, A2_EDITED, A3, A4], 3: [A1, A2_FIRST, A3, A4] } as Record<
    number,
    Story[]
  >,
  ignoreValidators: false,
  feedRequests: 0,
};

function renderFeed(version: number): string {
  const items = (site.stories[version] ?? []).map(
    (s) => `  <item>
    <guid isPermaLink="false">${s.guid}</guid>
    <title>${s.title}</title>
    <link>/stories/${s.guid}</link>
    <pubDate>Mon, 28 Apr 2025 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;${s.body}&lt;/p&gt;</description>
  </item>`,
  );
  // Version 1 carries a half-written item between the first and the second.
  if (version === 1) items.splice(1, 0, '  <item>\n    <title>Half-written item\n  </item>');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Loopback Wire</title>\n${items.join('\n')}\n</channel></rss>\n`;
}

let server: LoopbackServer;
let feedUrl: string;
let brokenUrl: string;

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    if (req.url === '/broken.xml') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Service moved; see our new site.');
      return;
    }
    site.feedRequests += 1;
    const version = site.versionFor(site.feedRequests);
    const etag = `"v${version}"`;
    const lastModified = new Date(Date.UTC(2025, 3, 28, 8, version)).toUTCString();
    if (!site.ignoreValidators && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag,
      'last-modified': lastModified,
    });
    res.end(renderFeed(version));
  });
  feedUrl = `${server.origin}/feed.xml`;
  brokenUrl = `${server.origin}/broken.xml`;
});
afterAll(async () => {
  await server.close();
});

/** The feed requests the server received, with the validators they carried. */
const feedRequests = () =>
  server.requests
    .filter((r) => r.path === '/feed.xml')
    .map((r) => ({ inm: r.headers['if-none-match'] ?? null, ims: r.headers['if-modified-since'] ?? null }));

describe('claimlog feeds and watch', () => {
  let home: string;
  let env: Record<string, string>;
  let firstWatch: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    home = await freshHome();
    // The tests allow their own address explicitly; nothing else private is reachable.
    env = { CLAIMLOG_HOME: home, CLAIMLOG_FETCH_ALLOW: '127.0.0.1/32' };
  });

  const documents = async () => {
    const claimlog = await openClaimlog({ ...readConfig({}), home });
    try {
      return await claimlog.documents({ limit: 100, offset: 0 });
    } finally {
      await claimlog.close();
    }
  };

  it('follows feeds and lists them as never polled', async () => {
    const added = await runCli(['feeds', 'add', feedUrl, '--outlet', 'Loopback Wire'], env);
    expect(added.stdout).toBe(
      `following feed 1: ${feedUrl} (outlet Loopback Wire); claimlog watch polls it\n`,
    );
    expect((await runCli(['feeds', 'add', brokenUrl], env)).code).toBe(0);
    const again = await runCli(['feeds', 'add', feedUrl], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${feedUrl} is already followed (feed 1)`);
    const listed = JSON.parse((await runCli(['feeds', 'list', '--json'], env)).stdout) as unknown[];
    expect(listed).toEqual([
      expect.objectContaining({ id: 1, url: feedUrl, outlet: 'Loopback Wire', lastOutcome: null, items: 0 }),
      expect.objectContaining({ id: 2, url: brokenUrl, outlet: null }),
    ]);
  }, 120_000);

  it('polls for a few rounds, taking each item in once and a changed item as a new version', async () => {
    firstWatch = await runCli(['watch', '--polls', '3', '--interval', '0.2'], env);
    expect(firstWatch.code).toBe(1); // the broken feed failed
    const polls = firstWatch.stdout.split('\n').filter((line) => /Z feed 1 /.test(line));
    expect(polls).toEqual([
      expect.stringMatching(
        /feed 1 \(Loopback Wire\): 3 new, 0 changed items; 3 ingested \(\d+ statements\), 0 already held, 0 failed; next poll/,
      ),
      expect.stringMatching(/feed 1 \(Loopback Wire\): not modified; next poll/),
      expect.stringMatching(
        /feed 1 \(Loopback Wire\): 1 new, 1 changed item; 2 ingested \(\d+ statements\), 0 already held, 0 failed; next poll/,
      ),
    ]);
    expect(firstWatch.stdout).toMatch(
      /^ {2}changed: Foreign ministry rejects the reports: version 2 is document [0-9a-f]{16}, revising [0-9a-f]{16}$/m,
    );
    const docs = await documents();
    expect(docs).toHaveLength(5);
    expect(docs.every((d) => d.outlet === 'Loopback Wire')).toBe(true);
    expect(new Set(docs.map((d) => d.title))).toEqual(
      new Set([A1.title, A2_FIRST.title, A3.title, A4.title]),
    );
  }, 180_000);

  it('keeps the first version of a changed item and links the new one to it', async () => {
    const docs = await documents();
    const versions = docs.filter((d) => d.title === A2_FIRST.title);
    expect(versions).toHaveLength(2);
    const edited = versions.find((d) => d.revisionOf !== null);
    const first = versions.find((d) => d.revisionOf === null);
    expect(edited?.revisionOf).toBe(first?.id);
    expect(edited?.copyOf).toBe(first?.id);
  });

  it('reports the malformed item (where and what) and the broken feed, and goes on', () => {
    expect(firstWatch.stderr).toContain(
      `warning: ${feedUrl}: item 2 (line 10): <title> opened on line 11 is never closed (closed by </item> on line 12); skipped`,
    );
    expect(firstWatch.stdout).toMatch(
      /feed 2 \(http:\/\/127\.0\.0\.1:\d+\/broken\.xml\): poll failed \(1 in a row\)/,
    );
    expect(firstWatch.stderr).toContain(
      `error: ${brokenUrl}: expected an RSS, Atom or JSON feed, found text starting "Service moved; see our new site."`,
    );
    expect(firstWatch.stdout).toMatch(
      /^done: \d+ polls \(\d+ failed\); 5 documents ingested, 0 already held, 0 items failed$/m,
    );
  });

  it('sends the validators back: a conditional GET, seen by the server', () => {
    expect(feedRequests()).toEqual([
      { inm: null, ims: null },
      { inm: '"v1"', ims: 'Mon, 28 Apr 2025 08:01:00 GMT' },
      { inm: '"v1"', ims: 'Mon, 28 Apr 2025 08:01:00 GMT' },
    ]);
  });

  it('resumes after a restart with the validators it had stored', async () => {
    await runCli(['feeds', 'remove', brokenUrl], env);
    const before = feedRequests().length;
    const resumed = await runCli(['watch', '--once', '--interval', '0.2', '--json'], env);
    expect(resumed.code).toBe(0);
    const lines = resumed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'poll', feedId: 1, outcome: 'not-modified', items: [] }),
      expect.objectContaining({ kind: 'summary', polls: 1, ingested: 0, stoppedBy: 'rounds' }),
    ]);
    expect(feedRequests().slice(before)).toEqual([{ inm: '"v2"', ims: 'Mon, 28 Apr 2025 08:02:00 GMT' }]);
  }, 120_000);

  it('takes nothing in twice when the server ignores the validators, and an item changed back is its earlier document', async () => {
    site.ignoreValidators = true;
    site.versionFor = () => 3;
    const full = await runCli(['watch', '--once', '--interval', '0.2'], env);
    expect(full.code).toBe(0);
    expect(full.stdout).toMatch(
      /feed 1 \(Loopback Wire\): 0 new, 1 changed item; 0 ingested \(0 statements\), 1 already held, 0 failed/,
    );
    const docs = await documents();
    const first = docs.find((d) => d.title === A2_FIRST.title && d.revisionOf === null);
    const edited = docs.find((d) => d.title === A2_FIRST.title && d.revisionOf !== null);
    expect(full.stdout).toContain(
      `  changed: ${A2_FIRST.title}: version 3 is document ${first?.id}, revising ${edited?.id} (already held)`,
    );
    expect(docs).toHaveLength(5);
    const listed = JSON.parse((await runCli(['feeds', 'list', '--json'], env)).stdout) as {
      items: number;
      documents: number;
    }[];
    expect(listed).toEqual([expect.objectContaining({ items: 4, documents: 5, problems: 0 })]);
  }, 120_000);

  it('stops cleanly on SIGTERM after the poll in progress', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'watch', '--interval', '0.2'],
      {
        cwd: ROOT,
        env: { ...withoutStore(process.env), ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/Z feed 1 /.test(stdout)) resolve();
      });
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopping after the poll in progress');
    expect(stdout).toMatch(/^stopped on request: \d+ polls? \(0 failed\); 0 documents ingested/m);
  }, 120_000);

  it('logs every document taken in from feeds, in the poll that stored it', async () => {
    const audit = await runCli(['log', 'audit'], env);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(
      /^audit: (\d+) documents, \1 leaves and \d+ checkpoints checked; the store matches the log/,
    );
  });

  it('stops following a feed, keeping its documents', async () => {
    const removed = await runCli(['feeds', 'remove', '1'], env);
    expect(removed.stdout).toBe(`removed feed 1: ${feedUrl}; its 5 documents stay in the store\n`);
    expect((await runCli(['feeds', 'list'], env)).stdout).toBe(
      'no feeds followed; add one with claimlog feeds add URL\n',
    );
    const none = await runCli(['watch', '--once'], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no feeds to watch: follow one first with claimlog feeds add URL');
    expect(await documents()).toHaveLength(5);
    const missing = await runCli(['feeds', 'remove', feedUrl], env);
    expect(missing.stderr).toContain(`no followed feed with URL ${feedUrl}`);
  }, 120_000);
});

function withoutStore(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, CLAIMLOG_HOME: _home, ...rest } = env;
  return rest;
}
