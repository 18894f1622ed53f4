// Analyst decisions through the CLI: each one is stored, appended to the log as a claimlog.decision/v1
// leaf, applied to what `propositions`, `timeline` and `sources` answer — and left out of views as of a
// day before it was made.

import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CORPUS } from '../propositions/demo-corpus.js';
import { freshHome, runCli } from '../support/cli.js';

interface Row {
  id: string;
  text: string;
  status: string | null;
  supports: number;
  disputes: number;
}
interface Timeline {
  status: { from: string; status: string; why: string }[];
  entries: {
    linkId: string;
    claimId: string;
    state: string;
    polarity: string;
    speaker: { actor: string | null };
  }[];
}
interface Recorded {
  id: string;
  logIndex: number;
  treeSize: number;
  decision: { kind: string; by: string; reason: string };
  propositions: string[];
}

describe('analyst decisions through the CLI', () => {
  let env: Record<string, string>;
  let rows: Row[];

  const cli = async (...args: string[]) => {
    const result = await runCli(args, env);
    expect(result.stderr, `claimlog ${args.join(' ')}`).toBe('');
    expect(result.code, `claimlog ${args.join(' ')}`).toBe(0);
    return result.stdout;
  };
  const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await cli(...args, '--json')) as T;
  const leaf = async (index: number) =>
    JSON.parse(await cli('log', 'leaf', String(index))) as {
      type: string;
      action: string;
      subject: string;
      by: string;
      reason: string;
      details: Record<string, unknown>;
    };
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const byText = (pattern: RegExp): Row => {
    const found = rows.filter((r) => pattern.test(r.text)).sort((a, b) => b.supports - a.supports)[0];
    if (!found) throw new Error(`no proposition matches ${String(pattern)}`);
    return found;
  };

  beforeAll(async () => {
    env = { CLAIMLOG_HOME: await freshHome() };
    await cli('ingest', DEMO_CORPUS);
    rows = await json<Row[]>('propositions');
  });

  it('sets a status with a reason: a log leaf, the current status, and not before the day it was set', async () => {
    const target = byText(/taken prisoner/);
    const recorded = await json<Recorded>(
      'status',
      'set',
      target.id.slice(0, 9),
      'confirmed',
      '--by',
      'A. Analyst',
      '--reason',
      'both prisoners were shown to the press',
    );
    expect(recorded.decision).toMatchObject({ kind: 'status-set', by: 'A. Analyst' });
    expect(await leaf(recorded.logIndex)).toMatchObject({
      type: 'claimlog.decision/v1',
      action: 'status.set',
      subject: target.id,
      by: 'A. Analyst',
      reason: 'both prisoners were shown to the press',
      details: { status: 'confirmed', from: today },
    });
    const now = await json<Timeline>('timeline', target.id);
    expect(now.status[now.status.length - 1]).toMatchObject({
      from: today,
      status: 'confirmed',
      why: 'set by A. Analyst: both prisoners were shown to the press',
    });
    expect((await json<Row[]>('propositions')).find((r) => r.id === target.id)?.status).toBe('confirmed');
    const before = await json<Timeline>('timeline', target.id, '--as-of', yesterday);
    expect(before.status.map((s) => s.status)).not.toContain('confirmed');
  });

  it('rejects a link: its claim stops counting, and the decision is a leaf', async () => {
    const target = byText(/Kursk region has been fully retaken/);
    const before = await json<Timeline>('timeline', target.id);
    const link = before.entries.find((e) => e.polarity === 'disputes');
    expect(link).toBeDefined();
    const recorded = await json<Recorded>(
      'link',
      'reject',
      link?.linkId.slice(0, 10) ?? '',
      '--by',
      'B. Checker',
      '--reason',
      'the statement is about another place',
    );
    expect(await leaf(recorded.logIndex)).toMatchObject({ action: 'link.reject', subject: link?.linkId });
    const after = await json<Timeline>('timeline', target.id);
    expect(after.entries.map((e) => e.linkId)).not.toContain(link?.linkId);
    expect(after.entries.length).toBe(before.entries.length - 1);
  });

  it('confirms a link: it is marked confirmed', async () => {
    const target = byText(/Kursk region has been fully retaken/);
    const [entry] = (await json<Timeline>('timeline', target.id)).entries;
    const recorded = await json<Recorded>(
      'link',
      'confirm',
      entry?.linkId ?? '',
      '--by',
      'B. Checker',
      '--reason',
      'checked against the original post',
    );
    expect(await leaf(recorded.logIndex)).toMatchObject({ action: 'link.confirm', subject: entry?.linkId });
    const after = await json<Timeline>('timeline', target.id);
    expect(after.entries.find((e) => e.linkId === entry?.linkId)?.state).toBe('confirmed');
  });

  it('merges propositions: the merged one is gone from the listing and points at the one kept', async () => {
    const kept = byText(/^North Korean troops have suffered casualties/);
    const merged = byText(/^Russian troops have suffered casualties/);
    const recorded = await json<Recorded>(
      'propositions',
      'merge',
      kept.id,
      merged.id,
      '--by',
      'C. Editor',
      '--reason',
      'the same losses, reported twice',
    );
    expect(await leaf(recorded.logIndex)).toMatchObject({
      action: 'propositions.merge',
      subject: kept.id,
      details: { propositionIds: [merged.id] },
    });
    const listed = await json<Row[]>('propositions');
    expect(listed.map((r) => r.id)).not.toContain(merged.id);
    expect(listed.find((r) => r.id === kept.id)?.supports).toBe(kept.supports + merged.supports);
    const gone = await runCli(['timeline', merged.id], env);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe(`claimlog: proposition ${merged.id} was merged into ${kept.id}\n`);
  });

  it('splits claims off into a proposition of their own', async () => {
    const source = byText(/^North Korean troops are (deployed|fighting)/);
    const [first] = (await json<Timeline>('timeline', source.id)).entries.filter(
      (e) => e.polarity === 'supports',
    );
    const recorded = await json<Recorded>(
      'propositions',
      'split',
      source.id,
      '--claims',
      first?.claimId ?? '',
      '--text',
      'North Korean troops are training in Russia',
      '--by',
      'C. Editor',
      '--reason',
      'this report is about training, not combat',
    );
    const [, created] = recorded.propositions;
    expect(await leaf(recorded.logIndex)).toMatchObject({ action: 'propositions.split', subject: source.id });
    const listed = await json<Row[]>('propositions');
    expect(listed.find((r) => r.id === created)).toMatchObject({
      text: 'North Korean troops are training in Russia',
      supports: 1,
    });
  });

  it('refuses a decision without who and why, and names what is missing', async () => {
    const target = byText(/taken prisoner/);
    const missing = await runCli(['status', 'set', target.id, 'refuted', '--reason', 'x'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required option '--by <name>' not specified/);
    const badStatus = await runCli(['status', 'set', target.id, 'maybe', '--by', 'x', '--reason', 'y'], env);
    expect(badStatus.code).toBe(1);
    expect(badStatus.stderr).toMatch(/expected a status \(alleged, denied, .*or none\), found "maybe"/);
  });

  it('keeps every decision in the log: the audit passes', async () => {
    const audit = await runCli(['log', 'audit'], env);
    expect(audit.code).toBe(0);
  });
});
