// Issue 4's questions, asked the way a user asks them: ingest the demo corpus and the seed article
// (published 2025-04-28) with the real command line, then read propositions, timelines, sources,
// "who was first" with a proof checked offline, and retrieval. Analyst actions are in analyst.test.ts.

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedArticlePath } from '../propositions/seed-document.js';
import { DEMO_CORPUS } from '../propositions/demo-corpus.js';
import { freshHome, runCli } from '../support/cli.js';

interface Row {
  id: string;
  text: string;
  status: string | null;
  firstSupportedOn: string | null;
  supports: number;
  disputes: number;
}
interface Entry {
  on: string | null;
  speaker: { text: string; actor: string | null };
  outlet: string | null;
  stance: string;
  polarity: 'supports' | 'disputes';
  documentId: string;
  logIndex: number | null;
}
interface Timeline {
  proposition: { id: string; text: string };
  status: { from: string; status: string; why: string }[];
  entries: Entry[];
  evidence: { on: string | null; what: string; documentId: string }[];
}
interface Source {
  id: string;
  kind: string;
  statements: number;
  right: number;
  wrong: number;
  reversed: number;
  pending: number;
  accuracy: { mean: number; low: number; high: number };
  medianLeadDays: number | null;
  framing: { per1000Words: number; techniques: { technique: string }[]; byMonth: unknown[] } | null;
  outcomes?: { propositionId: string; outcome: string; leadDays: number | null }[];
}

const seed = seedArticlePath();
const northKorea = (actor: string | null): boolean => actor === 'kp' || (actor ?? '').startsWith('kp-');
const russia = (actor: string | null): boolean => actor === 'ru' || (actor ?? '').startsWith('ru-');
const ukraine = (actor: string | null): boolean => actor === 'ua' || (actor ?? '').startsWith('ua-');

describe.skipIf(seed === null)('assessment through the CLI: the seed article and the demo corpus', () => {
  let env: Record<string, string>;
  let rows: Row[];
  let troops: Row;
  let published: Map<string, string | null>;

  const cli = async (...args: string[]) => {
    const result = await runCli(args, env);
    expect(result.stderr, `claimlog ${args.join(' ')}`).toBe('');
    expect(result.code, `claimlog ${args.join(' ')}`).toBe(0);
    return result.stdout;
  };
  const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await cli(...args, '--json')) as T;

  beforeAll(async () => {
    env = { CLAIMLOG_HOME: await freshHome() };
    await cli('ingest', DEMO_CORPUS);
    await cli('ingest', seed ?? '', '--published', '2025-04-28');
    rows = await json<Row[]>('propositions');
    // The proposition that North Korean troops fight for Russia: the one most statements support.
    const candidates = rows.filter((r) => /^North Korean troops are (deployed|fighting)/.test(r.text));
    troops = [...candidates].sort((a, b) => b.supports - a.supports)[0] as Row;
    const statements = await json<{ documentId: string; publishedAt: string | null }[]>(
      'statements',
      '--limit',
      '10000',
    );
    published = new Map(statements.map((s) => [s.documentId, s.publishedAt]));
  });

  it('lists propositions in the documented shape', async () => {
    expect(troops).toBeDefined();
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        ['disputes', 'firstSupportedOn', 'id', 'status', 'supports', 'text'].sort(),
      );
    }
    const human = await cli('propositions');
    expect(human).toContain(troops.text);
    expect(human).toMatch(/\d+ propositions; `claimlog timeline ID` shows one/);
  });

  describe('S1: North Korea denied, then admitted, and both sit in one proposition', () => {
    it('holds the October 2024 denial as a dispute and the 27 April 2025 admission as a support', async () => {
      const timeline = await json<Timeline>('timeline', troops.id.slice(0, 7));
      const denials = timeline.entries.filter(
        (e) => northKorea(e.speaker.actor) && e.polarity === 'disputes',
      );
      const admissions = timeline.entries.filter(
        (e) => northKorea(e.speaker.actor) && e.polarity === 'supports',
      );
      expect(denials.some((e) => (e.on ?? '').startsWith('2024-10'))).toBe(true);
      expect(admissions.some((e) => e.on === '2025-04-27')).toBe(true);
      // Entries come in date order.
      const days = timeline.entries.map((e) => e.on ?? '');
      expect(days).toEqual([...days].sort());
    });

    it('runs from alleged (or denied) through corroborated to confirmed on 2025-04-27', async () => {
      const { status } = await json<Timeline>('timeline', troops.id);
      expect(['alleged', 'denied']).toContain(status[0]?.status);
      expect(status.map((s) => s.status)).toContain('corroborated');
      expect(status[status.length - 1]).toMatchObject({ from: '2025-04-27', status: 'confirmed' });
      expect(status[status.length - 1]?.why).toMatch(/accused party admits it/);
    });

    it("shows a reversal in North Korea's record, with an interval around its accuracy", async () => {
      const [kp] = await json<Source[]>('sources', 'kp');
      expect(kp?.reversed).toBeGreaterThanOrEqual(1);
      expect(kp?.outcomes).toContainEqual(
        expect.objectContaining({ propositionId: troops.id, outcome: 'reversed' }),
      );
      expect(kp?.accuracy.low).toBeLessThan(kp?.accuracy.mean ?? 0);
      expect(kp?.accuracy.high).toBeGreaterThan(kp?.accuracy.mean ?? 1);
    });
  });

  describe('S2: South Korean intelligence was right, about six months ahead', () => {
    it('is right on the troops proposition with a lead of about six months, and its median says so', async () => {
      const [nis] = await json<Source[]>('sources', 'kr-nis');
      expect(nis?.wrong).toBe(0);
      const onTroops = nis?.outcomes?.find((o) => o.propositionId === troops.id);
      expect(onTroops?.outcome).toBe('right');
      // Its first word (October 2024, counted from mid-month) to the admission of 27 April 2025.
      expect(onTroops?.leadDays).toBeGreaterThanOrEqual(165);
      expect(onTroops?.leadDays).toBeLessThanOrEqual(200);
      // Other propositions (a misread party, a side claim) do not pull the median away from it.
      expect(nis?.medianLeadDays).toBeGreaterThanOrEqual(165);
      expect(nis?.medianLeadDays).toBeLessThanOrEqual(200);
    });
  });

  describe("S3: the stratcom centre's claim to have released the first official footage", () => {
    it('is checked against the log, and its proof verifies offline with only the key and the leaf', async () => {
      const claim = rows.find((r) => / was the first/.test(r.text) && /SPRAVDI|Stratcom/i.test(r.text));
      expect(claim, 'a priority proposition for the stratcom centre').toBeDefined();
      const work = await mkdtemp(join(tmpdir(), 'claimlog-first-'));
      const proofFile = join(work, 'first.proof');
      const first = await json<{
        priority: {
          claimant: string;
          verdict: string;
          claimantEarliest: { publishedAt: string; logIndex: number } | null;
          earlierByOthers: unknown[];
        };
        proved: { documentId: string; logIndex: number; publishedAt: string };
        checkpoint: { size: number };
        proof: { file: string; leafFile: string; verifierKey: string };
      }>('first', claim?.id.slice(0, 8) ?? '', '--proof', proofFile);
      expect(first.priority).toMatchObject({
        claimant: 'ua-spravdi',
        verdict: 'borne out',
        earlierByOthers: [],
      });
      expect(first.priority.claimantEarliest?.publishedAt).toBe('2024-10-18');
      expect(first.proved.logIndex).toBe(first.priority.claimantEarliest?.logIndex);
      expect(first.checkpoint.size).toBeGreaterThan(first.proved.logIndex);

      // The leaf is the stratcom centre's own post of 18 October 2024, as logged.
      const leaf = JSON.parse(await readFile(first.proof.leafFile, 'utf8')) as {
        type: string;
        publishedAt: string;
      };
      expect(leaf).toMatchObject({ type: 'claimlog.document/v1', publishedAt: '2024-10-18' });

      // Offline: no store, only the proof, the log's verifier key and the leaf.
      const offline = { CLAIMLOG_HOME: join(work, 'nowhere') };
      const verified = await runCli(
        ['log', 'verify', proofFile, '--key', first.proof.verifierKey, '--leaf', first.proof.leafFile],
        offline,
      );
      expect(verified.stderr).toBe('');
      expect(verified.code).toBe(0);
      expect(verified.stdout).toMatch(
        new RegExp(`^verified: leaf ${first.proved.logIndex} in tree of size ${first.checkpoint.size} `),
      );

      const human = await cli('first', claim?.id ?? '');
      expect(human).toMatch(/priority claim by ua-spravdi: borne out/);
      expect(human).toContain('add --proof FILE');
    });
  });

  describe("S4: Russia's full control of the Kursk region is contested", () => {
    it('is contested, with Russian statements for it and Ukrainian ones against it', async () => {
      const kursk = rows.find((r) =>
        /Kursk region has been fully retaken|full control of the Kursk/.test(r.text),
      );
      expect(kursk?.status).toBe('contested');
      const timeline = await json<Timeline>('timeline', kursk?.id ?? '');
      const supporters = timeline.entries
        .filter((e) => e.polarity === 'supports')
        .map((e) => e.speaker.actor);
      const disputers = timeline.entries.filter((e) => e.polarity === 'disputes').map((e) => e.speaker.actor);
      expect(supporters.some(russia)).toBe(true);
      expect(disputers.some(ukraine)).toBe(true);
    });
  });

  describe('S6: the captured soldiers corroborate the troops proposition', () => {
    it('raises it to corroborated in January 2025, citing the capture', async () => {
      const { status, evidence } = await json<Timeline>('timeline', troops.id);
      const corroborated = status.find((s) => s.status === 'corroborated');
      expect(corroborated?.from.startsWith('2025-01')).toBe(true);
      expect(corroborated?.why).toMatch(/captured/);
      expect(evidence.some((e) => (e.on ?? '').startsWith('2025-01') && /captured/.test(e.what))).toBe(true);
    });
  });

  describe('S7: every date comes from the text, resolved against publication dates', () => {
    it("dates every statement no later than its document, and reads the seed article's own dates", async () => {
      const { entries, evidence } = await json<Timeline>('timeline', troops.id);
      for (const e of [...entries, ...evidence]) {
        expect(e.on).not.toBeNull();
        expect((e.on ?? '') <= (published.get(e.documentId) ?? '9999')).toBe(true);
      }
      // Zelenskyy's "on Thursday", in a paper of Saturday 19 October 2024, is the 17th.
      expect(entries.some((e) => e.speaker.actor === 'ua-zelenskyy' && e.on === '2024-10-17')).toBe(true);
      // The seed article (published 2025-04-28) reports October 2024, January 2025 and 27 April 2025.
      const fromSeed = [...entries, ...evidence].filter((e) => published.get(e.documentId) === '2025-04-28');
      const days = new Set(fromSeed.map((e) => e.on));
      expect(days).toContain('2024-10');
      expect(days).toContain('2025-04-27');
      expect([...days].some((d) => (d ?? '').startsWith('2025-01'))).toBe(true);
    });
  });

  describe('as of 2024-12-01', () => {
    it('shows the troops proposition as not yet confirmed, from what was published by then', async () => {
      const then = await json<Timeline>('timeline', troops.id, '--as-of', '2024-12-01');
      expect(then.status.length).toBeGreaterThan(0);
      expect(then.status[then.status.length - 1]?.status).not.toBe('confirmed');
      expect(then.status.every((s) => s.from <= '2024-12-01')).toBe(true);
      for (const e of then.entries) expect((published.get(e.documentId) ?? '') <= '2024-12-01').toBe(true);
      const listed = await json<Row[]>('propositions', '--as-of', '2024-12-01');
      const row = listed.find((r) => r.id === troops.id);
      expect(row?.status).toBeDefined();
      expect(row?.status).not.toBe('confirmed');
      expect(listed.length).toBeLessThan(rows.length);
    });

    it('gives track records from then: no one was yet right about the troops', async () => {
      const sources = await json<Source[]>('sources', '--as-of', '2024-12-01');
      expect(sources.find((s) => s.id === 'kr-nis')?.right).toBe(0);
      expect(sources.find((s) => s.id === 'kp')?.reversed).toBe(0);
    });
  });

  describe('sources: track records and framing profiles', () => {
    it('gives every source the documented fields, with its framing profile', async () => {
      const sources = await json<Source[]>('sources');
      for (const s of sources) {
        expect(Object.keys(s)).toEqual(
          expect.arrayContaining([
            'id',
            'name',
            'kind',
            'statements',
            'right',
            'wrong',
            'reversed',
            'pending',
            'accuracy',
            'medianLeadDays',
          ]),
        );
        expect(['actor', 'outlet']).toContain(s.kind);
      }
      const kp = sources.find((s) => s.id === 'kp' && s.kind === 'actor');
      expect(kp?.framing?.per1000Words).toBeGreaterThan(0);
      expect(kp?.framing?.techniques.map((t) => t.technique)).toEqual(expect.arrayContaining(['dismissal']));
      expect(kp?.framing?.byMonth.length).toBeGreaterThanOrEqual(2);
      const human = await cli('sources', 'kp');
      expect(human).toMatch(/framing: \d+ spans in \d+ words \([\d.]+ per 1,000\)/);
      expect(human).toMatch(/per 1,000 words from 2024-\d\d to 2025-\d\d/);
    });
  });

  describe('exports: --csv', () => {
    it('prints the timeline and the track records as CSV with the fields of --json', async () => {
      const { entries } = await json<Timeline>('timeline', troops.id);
      const timeline = (await cli('timeline', troops.id, '--csv')).split('\r\n');
      expect(timeline[0]).toBe(
        'on,speaker.text,speaker.actor,outlet,stance,polarity,documentId,logIndex,linkId,claimId,state,basis,text',
      );
      // Claim texts may hold quoted line breaks; every entry's link id starts a field of its own.
      const csv = timeline.join('\r\n');
      for (const e of entries) expect(csv).toContain(`,${e.documentId},${e.logIndex ?? ''},`);
      expect(timeline.at(-1)).toBe('');

      const sources = (await cli('sources', '--csv', '--kind', 'actor')).split('\r\n');
      expect(sources[0]).toBe(
        'id,name,kind,statements,right,wrong,reversed,pending,accuracy.mean,accuracy.low,accuracy.high,medianLeadDays',
      );
      const [nis] = await json<Source[]>('sources', 'kr-nis');
      expect(sources.find((line) => line.startsWith('kr-nis,'))).toMatch(
        new RegExp(`^kr-nis,[^,]*,actor,${nis?.statements},${nis?.right},`),
      );
    });
  });

  describe('similar: has this been claimed before?', () => {
    it('finds the troops proposition and earlier statements for a new wording of the claim', async () => {
      const answer = await json<{
        propositions: { id: string; status: string | null }[];
        statements: { id: string; propositionIds: string[] }[];
      }>('similar', 'Pyongyang has sent its soldiers to fight for Moscow', '--k', '5');
      expect(answer.propositions.map((p) => p.id)).toContain(troops.id);
      expect(answer.propositions.find((p) => p.id === troops.id)?.status).toBe('confirmed');
      expect(answer.statements.length).toBe(5);
      expect(answer.statements.some((s) => s.propositionIds.includes(troops.id))).toBe(true);
    });
  });

  describe('ids', () => {
    it('accepts a unique prefix, and says which ids an ambiguous one could mean', async () => {
      const ambiguous = await runCli(['timeline', 'p'], env);
      expect(ambiguous.code).toBe(1);
      expect(ambiguous.stderr).toMatch(/^claimlog: "p" is ambiguous: it starts several proposition ids \(p/);
      const unknown = await runCli(['timeline', 'pzzzz'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('claimlog: no proposition id starts with "pzzzz"\n');
    });
  });
});
