// Reads one source file into reports with the reader its format calls for.

import { InvalidInput } from '../domain/errors.js';
import { readHtmlDocument } from './html-reader.js';
import { readJsonlDocuments } from './jsonl-reader.js';
import type { ReadContext, ReadOutcome } from './read-context.js';
import { readSourceFile, type SourceFile } from './source-files.js';
import { readTextDocument } from './text-reader.js';

/**
 * Reads `file` (within `maxBytes`) at instant `now`. Every problem with the input, whole-file or
 * per-line, comes back as a failure outcome naming where; only unexpected faults throw.
 */
export async function readSource(
  file: SourceFile,
  options: { maxBytes: number; publishedAt?: string },
  now: Date,
): Promise<ReadOutcome[]> {
  const context: ReadContext = { origin: file.path, retrievedAt: now.toISOString() };
  if (options.publishedAt !== undefined) context.publishedAt = options.publishedAt;
  try {
    const bytes = await readSourceFile(file, options.maxBytes);
    if (file.format === 'jsonl') return readJsonlDocuments(bytes, context, now);
    if (file.format === 'html') return [readHtmlDocument(bytes, context, now)];
    return [readTextDocument(bytes, context, now)];
  } catch (error) {
    if (error instanceof InvalidInput) return [{ kind: 'error', error }];
    throw error;
  }
}
