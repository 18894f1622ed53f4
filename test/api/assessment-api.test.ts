// Issue 4's questions asked over HTTP, on every dialect: the demo corpus and the seed article (published
// 2025-04-28) are ingested, then a client reads propositions, timelines (now and as of a day), sources,
// downloads "who was first" and verifies it with the real CLI offline, and records analyst decisions
// that become log leaves anyone can read under /log/.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../src/api/api-route.js';
import { createApi } from '../../src/api/create-api.js';
import { decodeEntryBundle } from '../../src/log/entry-bundle.js';
import { C2SP_TILE_HEIGHT } from '../../src/log/tile.js';
import { tilePath } from '../../src/log/tile-path.js';
import { seedArticlePath } from '../propositions/seed-document.js';
import { runCli } from '../support/cli.js';
import { testDialects } from '../support/databases.js';
import { openTestClaimlog, type TestClaimlog } from '../support/test-claimlog.js';

interface Row {
  id: string;
  text: string;
  status: string | null;
  supports: number;
  disputes: number;
}
interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
}
interface Timeline {
  proposition: { id: string; text: string };
  status: { from: string; status: string; why: string }[];
  entries: {
    on: string | null;
    speaker: { actor: string | null };
    polarity: 'supports' | 'disputes';
    documentId: string;
    linkId: string;
    claimId: string;
    state: string;
  }[];
  asOf: string | null;
}
interface Source {
  id: string;
  kind: 'actor' | 'outlet';
  right: number;
  wrong: number;
  outcomes?: { propositionId: string; outcome: string }[];
}
interface Recorded {
  id: string;
  logIndex: number;
  treeSize: number;
  decision: { kind: string; by: string; reason: string };
}

const seed = seedArticlePath();

/** The records of an RFC 4180 text: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  expect(field, 'the text ends with CRLF').toBe('');
  return records;
}
const northKorea = (actor: string | null): boolean => actor === 'kp' || (actor ?? '').startsWith('kp-');

for (const dialect of testDialects()) {
  describe.skipIf(seed === null)(
    `assessment over HTTP on ${dialect}: the seed article and the demo corpus`,
    () => {
      let test: TestClaimlog;
      let api: Hono<ApiEnv>;
      let rows: Row[];
      let troops: Row;
      let analyst: string;
      let seedId: string;

      async function get<T>(url: string): Promise<T> {
        const response = await api.request(url);
        expect(response.status, `GET ${url}`).toBe(200);
        return (await response.json()) as T;
      }
      async function post<T>(url: string, body: unknown): Promise<T> {
        const response = await api.request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
          body: JSON.stringify(body),
        });
        expect(response.status, `POST ${url}: ${await response.clone().text()}`).toBe(200);
        return (await response.json()) as T;
      }
      /** The leaf at `index`, read the way an outside verifier would: from the public entry tiles. */
      async function publicLeaf(index: number): Promise<Record<string, unknown>> {
        const checkpoint = await (await api.request('/log/checkpoint')).text();
        const size = Number(checkpoint.split('\n')[1]);
        expect(size).toBeGreaterThan(index);
        const perTile = 2 ** C2SP_TILE_HEIGHT;
        const tile = Math.floor(index / perTile);
        const width = Math.min(perTile, size - tile * perTile);
        const path = tilePath({ height: C2SP_TILE_HEIGHT, level: -1, index: tile, width });
        const response = await api.request(`/log/${path}`);
        expect(response.status, `GET /log/${path}`).toBe(200);
        const entries = decodeEntryBundle(new Uint8Array(await response.arrayBuffer()));
        const entry = entries[index % perTile];
        if (entry === undefined) throw new Error(`no entry ${index} in /log/${path}`);
        return JSON.parse(new TextDecoder().decode(entry)) as Record<string, unknown>;
      }

      beforeAll(async () => {
        test = await openTestClaimlog(dialect, { demo: true });
        const report = await test.claimlog.ingest([seed ?? ''], { publishedAt: '2025-04-28' });
        expect(report.ingested).toHaveLength(1);
        seedId = report.ingested[0]?.id ?? '';
        api = createApi(test.claimlog);
        analyst = (await test.claimlog.createToken('analyst', 'assessment api test')).token;
        rows = (await get<Page<Row>>('/propositions?limit=500')).items;
        // The proposition that North Korean troops fight for Russia: the one most statements support.
        const candidates = rows.filter((r) => /^North Korean troops are (deployed|fighting)/.test(r.text));
        troops = [...candidates].sort((a, b) => b.supports - a.supports)[0] as Row;
      });
      afterAll(async () => {
        await test?.drop();
      });

      it('lists the troops proposition as confirmed, and pages through every proposition', async () => {
        expect(troops).toMatchObject({ status: 'confirmed' });
        expect(troops.disputes).toBeGreaterThan(0);
        const paged: Row[] = [];
        for (let offset: number | null = 0; offset !== null;) {
          const page: Page<Row> = await get<Page<Row>>(`/propositions?limit=7&offset=${offset}`);
          expect(page.items.length).toBeLessThanOrEqual(7);
          paged.push(...page.items);
          offset = page.next;
        }
        expect(paged.map((r) => r.id)).toEqual(rows.map((r) => r.id));
        const confirmed = await get<Page<Row>>('/propositions?status=confirmed&limit=500');
        expect(confirmed.items.map((r) => r.id)).toContain(troops.id);
        expect(confirmed.items.every((r) => r.status === 'confirmed')).toBe(true);
      });

      it("holds North Korea's October 2024 denial as a dispute and its 27 April 2025 admission as a support", async () => {
        const timeline = await get<Timeline>(`/propositions/${troops.id.slice(0, 8)}/timeline`);
        expect(timeline.proposition.id).toBe(troops.id);
        const fromNorthKorea = timeline.entries.filter((e) => northKorea(e.speaker.actor));
        expect(
          fromNorthKorea.some((e) => e.polarity === 'disputes' && (e.on ?? '').startsWith('2024-10')),
        ).toBe(true);
        expect(fromNorthKorea.some((e) => e.polarity === 'supports' && e.on === '2025-04-27')).toBe(true);
        const days = timeline.entries.map((e) => e.on ?? '');
        expect(days).toEqual([...days].sort());
        expect(timeline.status.at(-1)).toMatchObject({ from: '2025-04-27', status: 'confirmed' });
      });

      it("names the troops proposition, disputed, beside North Korea's denial in the seed article", async () => {
        interface ReaderStatement {
          speaker: { actor: string | null };
          stance: string;
          propositions?: { id: string; text: string; polarity: string; state: string; reported: boolean }[];
        }
        const document = await get<{ extraction: { statements: ReaderStatement[] } }>(`/documents/${seedId}`);
        const denials = document.extraction.statements.filter(
          (s) => northKorea(s.speaker.actor) && s.stance === 'deny',
        );
        expect(denials.length).toBeGreaterThan(0);
        const named = denials.flatMap((s) => s.propositions ?? []).filter((p) => p.id === troops.id);
        expect(named).toContainEqual(
          expect.objectContaining({ text: troops.text, polarity: 'disputes', reported: false }),
        );
        expect(named.every((p) => p.state !== 'rejected')).toBe(true);
        // Every statement says which propositions it is about (an empty list when none).
        expect(document.extraction.statements.every((s) => Array.isArray(s.propositions))).toBe(true);
      });

      it('shows it unconfirmed as of 1 December 2024, with nothing said after that day', async () => {
        const then = await get<Page<Row>>('/propositions?asOf=2024-12-01&limit=500');
        const row = then.items.find((r) => r.id === troops.id);
        expect(row).toBeDefined();
        expect(row?.status).not.toBe('confirmed');
        const timeline = await get<Timeline>(`/propositions/${troops.id}/timeline?asOf=2024-12-01`);
        expect(timeline.asOf).toBe('2024-12-01');
        expect(timeline.status.map((s) => s.status)).not.toContain('confirmed');
        expect(timeline.entries.every((e) => (e.on ?? '') <= '2024-12-01')).toBe(true);
        expect(timeline.entries.length).toBeGreaterThan(0);
      });

      it('counts South Korean intelligence right on the troops, and pages through sources', async () => {
        const all = await get<Page<Source>>('/sources?limit=1000');
        const nis = all.items.find((s) => s.id === 'kr-nis');
        expect(nis).toMatchObject({ kind: 'actor' });
        expect(nis?.right).toBeGreaterThanOrEqual(1);
        const one = await get<Source>('/sources/kr-nis');
        expect(one.outcomes?.find((o) => o.propositionId === troops.id)?.outcome).toBe('right');

        const first = await get<Page<Source>>('/sources?limit=5');
        expect(first).toMatchObject({ limit: 5, offset: 0, next: 5 });
        expect(first.items.map((s) => s.id)).toEqual(all.items.slice(0, 5).map((s) => s.id));
        const second = await get<Page<Source>>('/sources?limit=5&offset=5');
        expect(second.items.map((s) => s.id)).toEqual(all.items.slice(5, 10).map((s) => s.id));
        const outlets = await get<Page<Source>>('/sources?kind=outlet&limit=1000');
        expect(outlets.items.length).toBeGreaterThan(0);
        expect(outlets.items.every((s) => s.kind === 'outlet')).toBe(true);
      });

      it('gives at most k similar propositions and statements', async () => {
        const similar = await get<{ propositions: { id: string }[]; statements: unknown[] }>(
          `/similar?q=${encodeURIComponent('North Korean soldiers fight for Russia in Kursk')}&k=2`,
        );
        expect(similar.propositions.length).toBeLessThanOrEqual(2);
        expect(similar.statements.length).toBeLessThanOrEqual(2);
        expect(similar.propositions.map((p) => p.id)).toContain(troops.id);
      });

      it('serves "who was first" as a proof the real CLI verifies offline with the key and the leaf', async () => {
        const first = await get<{
          proved: { documentId: string; logIndex: number } | null;
          checkpoint: { size: number } | null;
          proofHref: string | null;
          leafHref: string | null;
        }>(`/propositions/${troops.id}/first`);
        expect(first.proved).not.toBeNull();
        expect(first.proofHref).toBe(`/propositions/${troops.id}/first.tlog-proof`);
        const proof = await api.request(first.proofHref ?? '');
        expect(proof.status).toBe(200);
        expect(proof.headers.get('content-disposition')).toContain('.tlog-proof');
        const leaf = await api.request(first.leafHref ?? '');
        expect(leaf.status).toBe(200);
        expect(leaf.headers.get('content-type')).toBe('application/octet-stream');

        const work = await mkdtemp(join(tmpdir(), 'claimlog-api-proof-'));
        const proofFile = join(work, 'first.tlog-proof');
        const leafFile = join(work, 'first.leaf');
        await writeFile(proofFile, await proof.text());
        await writeFile(leafFile, new Uint8Array(await leaf.arrayBuffer()));
        // The key as /log/key serves it, the same that `claimlog log key` prints.
        const keyFile = join(work, 'log.key');
        const key = await api.request('/log/key');
        expect(key.status).toBe(200);
        const served = await key.text();
        const { verifierKey } = await test.claimlog.log.verifierKey();
        expect(served).toBe(`${verifierKey}\n`);
        await writeFile(keyFile, served);
        // Offline: a home with no store, only the proof, the log's verifier key and the leaf.
        const verified = await runCli(['log', 'verify', proofFile, '--key', keyFile, '--leaf', leafFile], {
          CLAIMLOG_HOME: join(work, 'nowhere'),
        });
        expect(verified.stderr).toBe('');
        expect(verified.code).toBe(0);
        expect(verified.stdout).toMatch(
          new RegExp(`^verified: leaf ${first.proved?.logIndex} in tree of size ${first.checkpoint?.size} `),
        );
      });

      it('exports the troops proposition as a ClaimReview rated with its status, and its history', async () => {
        const response = await api.request(`/propositions/${troops.id}/claimreview.jsonld`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
        const review = (await response.json()) as {
          '@type': string;
          claimReviewed: string;
          author: { name: string };
          datePublished: string;
          reviewRating: { alternateName: string };
          description: string;
          itemReviewed: { firstAppearance: { identifier: string; datePublished: string; url?: string } };
        };
        const { origin } = await test.claimlog.log.verifierKey();
        expect(review).toMatchObject({
          '@type': 'ClaimReview',
          claimReviewed: troops.text,
          author: { '@type': 'Organization', name: origin },
          datePublished: '2025-04-27',
          reviewRating: { '@type': 'Rating', alternateName: 'confirmed' },
        });
        expect(review.description).toMatch(/^Status history: (alleged|denied) from 2024-10/);
        expect(review.description).toContain('confirmed from 2025-04-27');
        // The claim first appeared in October 2024, in a document that supports it.
        const first = review.itemReviewed.firstAppearance;
        expect(first.datePublished.startsWith('2024-10')).toBe(true);
        const timeline = await get<Timeline>(`/propositions/${troops.id}/timeline`);
        const supporting = timeline.entries.filter((e) => e.polarity === 'supports');
        expect(supporting.map((e) => e.documentId)).toContain(first.identifier);

        const then = await get<{ reviewRating: { alternateName: string } }>(
          `/propositions/${troops.id}/claimreview.jsonld?asOf=2024-12-01`,
        );
        expect(then.reviewRating.alternateName).not.toBe('confirmed');
      });

      it('exports the timeline as CSV: one row per entry, the same fields as its JSON', async () => {
        const response = await api.request(`/propositions/${troops.id}/timeline.csv`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(response.headers.get('content-disposition')).toContain(`timeline-${troops.id}.csv`);
        const [header, ...records] = parseCsv(await response.text());
        const timeline = await get<{ entries: Record<string, unknown>[] }>(
          `/propositions/${troops.id}/timeline`,
        );
        const fields = Object.keys(timeline.entries[0] ?? {}).flatMap((k) =>
          k === 'speaker' ? ['speaker.text', 'speaker.actor'] : [k],
        );
        expect(header).toEqual(fields);
        expect(records).toHaveLength(timeline.entries.length);
        timeline.entries.forEach((entry, i) => {
          const record = records[i] ?? [];
          const speaker = entry.speaker as { text: string; actor: string | null };
          expect(record[header?.indexOf('linkId') ?? -1]).toBe(entry.linkId);
          expect(record[header?.indexOf('speaker.actor') ?? -1]).toBe(speaker.actor ?? '');
          expect(record[header?.indexOf('polarity') ?? -1]).toBe(entry.polarity);
          expect(record[header?.indexOf('logIndex') ?? -1]).toBe(
            entry.logIndex === null ? '' : String(entry.logIndex as number),
          );
        });
      });

      it('exports the track records as CSV, South Korean intelligence among them', async () => {
        const response = await api.request('/sources.csv?kind=actor');
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
        const [header, ...records] = parseCsv(await response.text());
        expect(header).toEqual([
          'id',
          'name',
          'kind',
          'statements',
          'right',
          'wrong',
          'reversed',
          'pending',
          'accuracy.mean',
          'accuracy.low',
          'accuracy.high',
          'medianLeadDays',
        ]);
        const json = await get<Page<Source>>('/sources?kind=actor&limit=1000');
        expect(records.map((r) => r[0])).toEqual(json.items.map((s) => s.id));
        const nis = records.find((r) => r[0] === 'kr-nis');
        expect(nis?.[2]).toBe('actor');
        expect(Number(nis?.[4])).toBe(json.items.find((s) => s.id === 'kr-nis')?.right);
        expect(Number(nis?.[4])).toBeGreaterThanOrEqual(1);
      });

      it("records an analyst's status decision over HTTP: stored, applied, and a public log leaf with who and why", async () => {
        const target = rows.find((r) => /taken prisoner/.test(r.text));
        expect(target).toBeDefined();
        const reason = 'both prisoners were shown to the press';
        const recorded = await post<Recorded>(`/propositions/${target?.id ?? ''}/status`, {
          status: 'confirmed',
          reason,
          by: 'A. Analyst',
        });
        expect(recorded.decision).toMatchObject({ kind: 'status-set', reason });
        expect(recorded.decision.by).toMatch(/^A\. Analyst \(token \w+\)$/);
        expect(await publicLeaf(recorded.logIndex)).toMatchObject({
          type: 'claimlog.decision/v1',
          action: 'status.set',
          subject: target?.id,
          by: recorded.decision.by,
          reason,
        });
        const timeline = await get<Timeline>(`/propositions/${target?.id ?? ''}/timeline`);
        expect(timeline.status.at(-1)).toMatchObject({ status: 'confirmed' });
        expect(timeline.status.at(-1)?.why).toContain(reason);
      });

      it('rejects a link over HTTP: its statement leaves the timeline, and the decision is a leaf', async () => {
        const target = rows.find((r) => /Kursk region has been fully retaken/.test(r.text));
        const before = await get<Timeline>(`/propositions/${target?.id ?? ''}/timeline`);
        const link = before.entries.find((e) => e.polarity === 'disputes');
        expect(link).toBeDefined();
        // The reader names the proposition beside the statement until the link is rejected.
        const namedInReader = async (): Promise<boolean> => {
          const statement = /:(\d+)(#embedded)?$/.exec(link?.claimId ?? '');
          const document = await get<{ extraction: { statements: { propositions?: { id: string }[] }[] } }>(
            `/documents/${link?.documentId ?? ''}`,
          );
          const propositions = document.extraction.statements[Number(statement?.[1])]?.propositions ?? [];
          return propositions.some((p) => p.id === target?.id);
        };
        expect(await namedInReader()).toBe(true);
        const recorded = await post<Recorded>(`/links/${link?.linkId ?? ''}/reject`, {
          reason: 'the statement is about another place',
        });
        expect(await publicLeaf(recorded.logIndex)).toMatchObject({
          type: 'claimlog.decision/v1',
          action: 'link.reject',
          subject: link?.linkId,
          reason: 'the statement is about another place',
        });
        const after = await get<Timeline>(`/propositions/${target?.id ?? ''}/timeline`);
        expect(after.entries.map((e) => e.linkId)).not.toContain(link?.linkId);
        expect(await namedInReader()).toBe(false);
      });
    },
  );
}
