// Extraction on worker threads gives what extraction on the main thread gives, before, while and after
// the workers run, and nothing is lost when they stop mid-batch.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CORPUS } from '../cli/demo-command.js';
import { createAssessmentParts } from './assessment-parts.js';
import { createExtractor, loadGazetteer } from './create-extractor.js';
import { ExtractionPool } from './extraction-pool.js';
import type { AnalyzeInput } from './ports.js';
import { prepareAssessment } from './prepare-assessment.js';

const reports: AnalyzeInput[] = readFileSync(join(DEMO_CORPUS, 'reports.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line, i) => {
    const r = JSON.parse(line) as { text: string; publishedAt?: string; outlet?: string };
    const kind = 'article' as const;
    return {
      id: `r${i}`,
      text: r.text,
      kind,
      publishedAt: r.publishedAt ?? null,
      outlet: r.outlet ?? null,
      author: null,
    };
  });
const extract = createExtractor({ gazetteerFile: null });
const parts = createAssessmentParts(loadGazetteer({ gazetteerFile: null }), () => new Date(0));
/** What this thread extracts: no reading ahead. */
const expected = reports.map((r) => ({ extraction: extract(r) }));
/** What a worker gives: the same extraction, and assessment's reading ahead as this thread would do it. */
const fromWorker = reports.map((r) => {
  const extraction = extract(r);
  return { extraction, preparation: prepareAssessment(r, extraction, parts) };
});

async function ready(pool: ExtractionPool, workers: number): Promise<void> {
  const until = Date.now() + 60_000;
  while (pool.readyWorkers < workers) {
    if (Date.now() > until) throw new Error('the extraction workers did not start within a minute');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('ExtractionPool', () => {
  let pool: ExtractionPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('extracts on this thread until started, with the same results', async () => {
    pool = new ExtractionPool(extract, { gazetteerFile: null, workers: 2 });
    expect(pool.readyWorkers).toBe(0);
    expect(await pool.extractAll(reports)).toEqual(expected);
  });

  it('gives each document the same extraction on two worker threads, in input order', async () => {
    pool = new ExtractionPool(extract, { gazetteerFile: null, workers: 2 });
    pool.start();
    await ready(pool, 2);
    expect(reports.length).toBeGreaterThan(20);
    expect(await pool.extractAll(reports)).toEqual(fromWorker);
    expect(await pool.extractAll(reports.slice(3, 4))).toEqual(fromWorker.slice(3, 4));
    expect(await pool.extractAll([])).toEqual([]);
  });

  it('extracts what stopped workers still owed on this thread', async () => {
    pool = new ExtractionPool(extract, { gazetteerFile: null, workers: 1 });
    pool.start();
    await ready(pool, 1);
    const answer = pool.extractAll(reports);
    await pool.close();
    expect(await answer).toEqual(expected);
    expect(pool.readyWorkers).toBe(0);
    expect(await pool.extractAll(reports.slice(0, 2))).toEqual(expected.slice(0, 2));
  });

  it('builds its workers with the configured gazetteer file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlog-pool-'));
    const file = join(dir, 'actors.json');
    writeFileSync(
      file,
      JSON.stringify({
        actors: [{ id: 'x-harbour', name: 'Harbour Watch', kind: 'account', aliases: ['Harbour Watch'] }],
      }),
    );
    const report: AnalyzeInput = {
      id: 'h1',
      text: 'Harbour Watch said on Monday that three ships had left the port.',
      kind: 'article',
      publishedAt: '2025-03-05',
      outlet: null,
      author: null,
    };
    const withFile = createExtractor({ gazetteerFile: file });
    pool = new ExtractionPool(withFile, { gazetteerFile: file, workers: 1 });
    pool.start();
    await ready(pool, 1);
    const [analyzed] = await pool.extractAll([report]);
    expect(analyzed?.extraction.statements.map((s) => s.speaker.actor)).toEqual(['x-harbour']);
    expect(analyzed?.extraction).toEqual(withFile(report));
    rmSync(dir, { recursive: true, force: true });
  });

  it('extracts one batch at a time on this thread while its worker starts', async () => {
    const order: string[] = [];
    const recording = (input: Parameters<typeof extract>[0]) => {
      order.push(input.text);
      return extract(input);
    };
    pool = new ExtractionPool(recording, { gazetteerFile: null, workers: 1 });
    pool.start();
    const first = reports.slice(0, 12);
    const second = reports.slice(12, 24);
    const [a, b] = await Promise.all([pool.extractAll(first), pool.extractAll(second)]);
    expect(a).toEqual(expected.slice(0, 12));
    // The second batch went to the worker once it was ready, or waited for the first: never interleaved.
    expect(b?.map((d) => d.extraction)).toEqual(expected.slice(12, 24).map((d) => d.extraction));
    expect(order.slice(0, 12)).toEqual(first.map((r) => r.text));
    expect(order.slice(12)).toEqual(order.length > 12 ? second.map((r) => r.text) : []);
  });

  it('extracts on this thread when its workers cannot start', async () => {
    pool = new ExtractionPool(extract, { gazetteerFile: '/nonexistent/actors.json', workers: 1 });
    pool.start();
    const answers = await pool.extractAll(reports.slice(0, 3));
    expect(answers).toEqual(expected.slice(0, 3));
    expect(pool.readyWorkers).toBe(0);
  });
});
