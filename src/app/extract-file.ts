// The extract use case: analyse the reports in one file without storing anything.

import type { DocumentInput } from '../domain/document.js';
import { InvalidInput } from '../domain/errors.js';
import type { Extraction } from '../domain/extraction.js';
import { identifyDocument } from '../ingest/document-identity.js';
import { readSource } from '../ingest/read-source.js';
import { listSourceFiles } from '../ingest/source-files.js';
import type { Extractor } from './ports.js';

export type ExtractOutcome =
  | {
      kind: 'report';
      document: DocumentInput & { id: string; contentHash: string };
      warnings: string[];
      extraction: Extraction;
    }
  | { kind: 'error'; message: string };

/**
 * Reads one `.txt`, `.html` or `.jsonl` file and extracts every report in it, in input order. Bad
 * reports (or a bad file) come back as error outcomes naming where; the others are still analysed.
 */
export async function extractFile(
  path: string,
  deps: { extract: Extractor; clock: () => Date },
  options: { maxBytes: number; publishedAt?: string },
): Promise<ExtractOutcome[]> {
  const { files, errors } = await listSourceFiles([path]);
  const [first] = errors;
  if (first) return [{ kind: 'error', message: first.message }];
  const [file] = files;
  if (!file)
    return [
      {
        kind: 'error',
        message: new InvalidInput('expected a file, found a folder', { where: { file: path } }).message,
      },
    ];
  return (await readSource(file, options, deps.clock())).map((outcome) => {
    if (outcome.kind === 'error') return { kind: 'error', message: outcome.error.message };
    const document = { ...outcome.input, ...identifyDocument(outcome.input.text) };
    return { kind: 'report', document, warnings: outcome.warnings, extraction: deps.extract(document) };
  });
}
