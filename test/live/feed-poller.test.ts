// Polling a real feed server on loopback: conditional GET, 304s, new and changed items, malformed items, backoff, restarts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFeedState, type FeedState } from '../../src/ingest/feeds/feed-state.js';
import { httpFeedFetcher } from '../../src/ingest/feeds/http-feed-fetcher.js';
import { MemorySeenItems } from '../../src/ingest/feeds/memory-seen-items.js';
import { pollFeed, type Clock, type PollPorts } from '../../src/ingest/feeds/poll-feed.js';
import { parseAllowList } from '../../src/ingest/url/address-policy.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

interface Story {
  guid: string;
  title: string;
  body: string;
}

/** The feed server's content, changed by the tests between polls. */
const site = {
  stories: [] as Story[],
  broken: true,
  version: 1,
  failWith: null as null | { status: number; retryAfter?: string },
};

function renderFeed(): string {
  const items = site.stories.map(
    (s) => `  <item>
    <guid isPermaLink="false">${s.guid}</guid>
    <title>${s.title}</title>
    <link>/stories/${s.guid}</link>
    <pubDate>Mon, 28 Apr 2025 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;${s.body}&lt;/p&gt;</description>
  </item>`,
  );
  if (site.broken) items.splice(1, 0, '  <item>\n    <title>Half-written item\n  </item>');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Loopback Wire</title>\n${items.join('\n')}\n</channel></rss>\n`;
}

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    if (site.failWith !== null) {
      const headers =
        site.failWith.retryAfter === undefined ? {} : { 'retry-after': site.failWith.retryAfter };
      res.writeHead(site.failWith.status, headers).end();
      return;
    }
    const etag = `"v${site.version}"`;
    const lastModified = new Date(Date.UTC(2025, 3, 28, 8, site.version)).toUTCString();
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag,
      'last-modified': lastModified,
    });
    res.end(renderFeed());
  });
});
afterAll(async () => {
  await server.close();
});

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
  };
}

describe('pollFeed against a loopback feed server', () => {
  const clock = manualClock('2025-04-28T09:00:00Z');
  let seen = new MemorySeenItems();
  const ports = (): PollPorts => ({
    fetcher: httpFeedFetcher({ policy: parseAllowList('127.0.0.1/32') }),
    clock,
    seen,
  });
  let state: FeedState;
  const ingested: string[] = [];

  /** One scheduler step: poll, then "ingest" and mark seen together, as the watch command will. */
  async function step(): Promise<Awaited<ReturnType<typeof pollFeed>>> {
    const result = await pollFeed(state, ports());
    state = result.state;
    for (const fresh of result.items) ingested.push(`${fresh.key} v${fresh.version}`);
    seen.record(
      state.url,
      result.items,
      result.items.map((f) => `doc-${f.key}-v${f.version}`),
    );
    clock.advance(15 * 60_000);
    return result;
  }

  it('takes in every readable item once, reporting the malformed one', async () => {
    site.stories = [
      { guid: 'a1', title: 'Briefing on troop movements', body: 'Intelligence officials briefed lawmakers.' },
      { guid: 'a2', title: 'Denial issued', body: 'The foreign ministry called the reports groundless.' },
      { guid: 'a3', title: 'Soldiers captured', body: 'Two soldiers were taken prisoner.' },
    ];
    state = newFeedState(`${server.origin}/feed.xml`);
    const first = await step();
    expect(first.outcome).toBe('fetched');
    expect(first.items.map((i) => [i.key, i.change, i.item.url])).toEqual([
      ['guid:a1', 'new', `${server.origin}/stories/a1`],
      ['guid:a2', 'new', `${server.origin}/stories/a2`],
      ['guid:a3', 'new', `${server.origin}/stories/a3`],
    ]);
    expect(first.problems).toHaveLength(1);
    expect(first.problems[0]?.message).toMatch(
      /^item 2 \(line 10\): <title> opened on line 11 is never closed .*; skipped$/,
    );
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(state).toMatchObject({ etag: '"v1"', failures: 0, nextPollAt: '2025-04-28T09:15:00.000Z' });
  });

  it('sends the validators back and honours a 304 (asserted on the server)', async () => {
    const before = server.requests.length;
    const second = await step();
    const third = await step();
    expect([second.outcome, third.outcome]).toEqual(['not-modified', 'not-modified']);
    expect(second.items).toEqual([]);
    const sent = server.requests.slice(before);
    expect(sent.map((r) => r.headers['if-none-match'])).toEqual(['"v1"', '"v1"']);
    expect(sent.map((r) => r.headers['if-modified-since'])).toEqual([
      'Mon, 28 Apr 2025 08:01:00 GMT',
      'Mon, 28 Apr 2025 08:01:00 GMT',
    ]);
  });

  it('takes in a new item and a changed item as a new version, and nothing else again', async () => {
    site.version = 2;
    site.broken = false;
    site.stories[1] = {
      guid: 'a2',
      title: 'Denial issued',
      body: 'The foreign ministry called the reports groundless and fabricated.',
    };
    site.stories.push({
      guid: 'a4',
      title: 'Acknowledgement',
      body: 'The chief of staff acknowledged the deployment.',
    });
    const result = await step();
    expect(result.items.map((i) => [i.key, i.change, i.version, i.previous?.documentId ?? null])).toEqual([
      ['guid:a2', 'changed', 2, 'doc-guid:a2-v1'],
      ['guid:a4', 'new', 1, null],
    ]);
    // The half-written item is gone now; no other item comes back.
    expect(ingested).toEqual(['guid:a1 v1', 'guid:a2 v1', 'guid:a3 v1', 'guid:a2 v2', 'guid:a4 v1']);
  });

  it('backs off exponentially on errors, honours Retry-After, and recovers', async () => {
    site.failWith = { status: 500 };
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const now = clock.now().getTime();
      const r = await pollFeed(state, ports());
      state = r.state;
      expect(r.outcome).toBe('failed');
      delays.push((Date.parse(state.nextPollAt ?? '') - now) / 60_000);
      clock.advance(Date.parse(state.nextPollAt ?? '') - now);
    }
    expect(delays).toEqual([30, 60, 120]);
    expect(state).toMatchObject({
      failures: 3,
      lastError: `${server.origin}/feed.xml answered HTTP 500`,
      etag: '"v2"',
    });

    site.failWith = { status: 503, retryAfter: '36000' };
    const busy = await pollFeed(state, ports());
    expect(Date.parse(busy.state.nextPollAt ?? '') - clock.now().getTime()).toBe(36_000_000);

    site.failWith = null;
    const back = await pollFeed(busy.state, ports());
    expect(back.outcome).toBe('not-modified');
    expect(back.state).toMatchObject({ failures: 0, lastError: null });
    state = back.state;
  });

  it('survives a restart: state and seen items reloaded from JSON take in nothing twice', async () => {
    state = JSON.parse(JSON.stringify({ ...state, etag: null, lastModified: null })) as FeedState; // force a full GET
    seen = MemorySeenItems.fromJSON(
      JSON.parse(JSON.stringify(seen)) as Parameters<typeof MemorySeenItems.fromJSON>[0],
    );
    const result = await step();
    expect(result.outcome).toBe('fetched');
    expect(result.items).toEqual([]);
    expect(ingested).toHaveLength(5);
  });

  it('records a refused feed address as a failure with the guard message', async () => {
    const refused = await pollFeed(newFeedState(`${server.origin}/feed.xml`), {
      ...ports(),
      fetcher: httpFeedFetcher({}),
    });
    expect(refused.outcome).toBe('failed');
    expect(refused.error).toContain('127.0.0.1 is a loopback address');
  });
});
