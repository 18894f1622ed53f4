// The demo corpus as reports (text and metadata), read with claimlog's own readers: what the speed
// benchmarks copy to any size.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_CORPUS } from '../src/cli/demo-command.js';
import { readHtmlDocument } from '../src/ingest/html-reader.js';
import { readJsonlDocuments } from '../src/ingest/jsonl-reader.js';
import { readTextDocument } from '../src/ingest/text-reader.js';

export interface DemoReport {
  text: string;
  publishedAt: string | null;
  outlet: string | null;
  title: string | null;
}

/** Every report of the demo corpus: the JSONL file's, then the HTML pages', then the posts'. */
export function demoReports(now: Date): DemoReport[] {
  const context = (origin: string) => ({ origin, retrievedAt: now.toISOString() });
  const reports: DemoReport[] = [];
  const jsonl = readJsonlDocuments(
    readFileSync(join(DEMO_CORPUS, 'reports.jsonl')),
    context('reports.jsonl'),
    now,
  );
  for (const outcome of jsonl) if (outcome.kind === 'document') reports.push(outcome.input);
  for (const name of readdirSync(join(DEMO_CORPUS, 'html')))
    reports.push(readHtmlDocument(readFileSync(join(DEMO_CORPUS, 'html', name)), context(name), now).input);
  for (const name of readdirSync(join(DEMO_CORPUS, 'posts')))
    reports.push(readTextDocument(readFileSync(join(DEMO_CORPUS, 'posts', name)), context(name), now).input);
  return reports;
}
