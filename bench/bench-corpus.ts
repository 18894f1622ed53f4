// The ingest benchmarks' corpus and baseline: the demo corpus repeated as distinct JSONL reports, and bare
// wink-nlp tokenization of the same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { cpuSeconds } from './measures.js';
import { benchDir } from './bench-dir.js';
import { demoReports } from './demo-reports.js';

export interface BenchCorpus {
  /** A temporary folder holding `sources`, removed at process exit. */
  dir: string;
  /** The folder of JSONL files to ingest, 1,000 reports per file. */
  sources: string;
  texts: string[];
  megabytes: number;
}

/** `wanted` distinct copies of the demo corpus's reports (a numbered line keeps each one's content hash its own). */
export function writeBenchCorpus(wanted: number, prefix: string): BenchCorpus {
  const base = demoReports(new Date());
  const dir = benchDir(prefix);
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  const texts: string[] = [];
  let lines: string[] = [];
  for (let i = 0; i < wanted; i++) {
    const report = base[i % base.length];
    if (!report) throw new Error('the demo corpus is empty');
    const text = `${report.text}\n\n(Bench copy ${i}.)`;
    texts.push(text);
    lines.push(
      JSON.stringify({
        id: `bench-${i}`,
        text,
        publishedAt: report.publishedAt,
        outlet: report.outlet,
        title: report.title,
        language: 'en',
      }),
    );
    if (lines.length === 1000 || i === wanted - 1) {
      writeFileSync(join(sources, `part-${String(i).padStart(6, '0')}.jsonl`), `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  return { dir, sources, texts, megabytes };
}

/** Bare tokenization of `texts`, one pass: wall and CPU seconds. */
export interface TokenizePass {
  seconds: number;
  cpu: number;
}

/**
 * What wink-nlp alone does with `texts`, `passes` times. One pass moves by 10-25 % from run to run (its
 * first pass also warms the JIT up), so the median pass is the one to count.
 */
export function tokenize(
  texts: readonly string[],
  passes: number,
): {
  passes: TokenizePass[];
  median: TokenizePass;
  tokens: number;
} {
  const nlp = winkNLP(model);
  const timed: TokenizePass[] = [];
  let tokens = 0;
  for (let pass = 0; pass < passes; pass++) {
    const from = performance.now();
    const fromCpu = process.cpuUsage();
    tokens = 0;
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
    timed.push({ seconds: (performance.now() - from) / 1000, cpu: cpuSeconds(fromCpu) });
  }
  const median = [...timed].sort((a, b) => a.seconds - b.seconds)[Math.floor(timed.length / 2)];
  if (median === undefined) throw new Error('TOKENIZE_PASSES must be at least 1');
  return { passes: timed, median, tokens };
}
