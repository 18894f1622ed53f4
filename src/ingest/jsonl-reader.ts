// JSONL report files: one report per line, each checked on its own so one bad line spoils nothing else.

import { z } from 'zod';
import type { DocumentInput } from '../domain/document.js';
import { ClaimlogError, InvalidInput } from '../domain/errors.js';
import { decodeText } from './decode-text.js';
import { readHtmlDocument } from './html-reader.js';
import { detectLanguage } from './language.js';
import { parsePublicationDate } from './publication-date.js';
import { NO_DATE_WARNING, type ReadContext, type ReadOutcome } from './read-context.js';

const optionalText = z.string().trim().min(1).nullish();

/** One line of a `.jsonl` report file. Keys beyond these are allowed and ignored. */
export const JsonlReport = z
  .object({
    id: z.union([z.string().min(1), z.number()]).nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
    publishedAt: z.unknown().optional(),
    outlet: optionalText,
    url: z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }).nullish(),
    title: optionalText,
    author: optionalText,
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected an ISO 639 code such as "en"')
      .nullish(),
  })
  .refine((report) => (report.text?.trim() ?? '') !== '' || (report.html?.trim() ?? '') !== '', {
    message: 'expected a non-empty "text" or "html"',
  });

/**
 * Reads every line of a JSONL file. Blank lines are skipped; a line that is not valid JSON, not an
 * object of the expected shape, or has an impossible date becomes a failure naming the file and line;
 * the other lines are read as usual. Throws InvalidInput only when the file as a whole is not text.
 */
export function readJsonlDocuments(bytes: Uint8Array, context: ReadContext, now: Date): ReadOutcome[] {
  const file = context.origin;
  const lines = decodeText(bytes, { file }).split('\n');
  const encoder = new TextEncoder();
  const outcomes: ReadOutcome[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = { file, line: index + 1 };
    try {
      outcomes.push(
        readLine(line, encoder.encode(line), { ...context, origin: `${file}:${index + 1}` }, where, now),
      );
    } catch (error) {
      if (!(error instanceof ClaimlogError)) throw error;
      outcomes.push({
        kind: 'error',
        error:
          error instanceof InvalidInput && error.where?.line !== undefined
            ? error
            : new InvalidInput(stripLocation(error.message, file), { where, cause: error }),
      });
    }
  });
  return outcomes;
}

function readLine(
  line: string,
  bytes: Uint8Array,
  context: ReadContext,
  where: { file: string; line: number },
  now: Date,
): ReadOutcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw new InvalidInput(`malformed JSON: ${(cause as Error).message}`, { where, cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInput(
      `expected a JSON object, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`,
      { where },
    );
  }
  const parsed = JsonlReport.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'report';
    throw new InvalidInput(`${field}: ${issue?.message ?? 'invalid'}`, { where });
  }
  const report = parsed.data;
  const publishedAt =
    context.publishedAt !== undefined
      ? parsePublicationDate(context.publishedAt, where, now)
      : parsePublicationDate(report.publishedAt, where, now);
  const fromHtml = report.text?.trim()
    ? null
    : readHtmlDocument(encoderOf(report.html ?? ''), { ...context, publishedAt }, now).input;
  const text = fromHtml?.text ?? (report.text ?? '').replace(/\r\n?/g, '\n').normalize('NFC');
  const input: DocumentInput = {
    externalId: report.id === null || report.id === undefined ? null : String(report.id),
    kind: 'article',
    format: 'jsonl',
    text,
    bytes,
    title: report.title ?? fromHtml?.title ?? null,
    author: report.author ?? fromHtml?.author ?? null,
    outlet: report.outlet ?? fromHtml?.outlet ?? null,
    url: report.url ?? fromHtml?.url ?? null,
    publishedAt,
    retrievedAt: context.retrievedAt,
    language: report.language ?? fromHtml?.language ?? detectLanguage(text),
    origin: context.origin,
  };
  return { kind: 'document', input, warnings: publishedAt === null ? [NO_DATE_WARNING] : [] };
}

function encoderOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function stripLocation(message: string, file: string): string {
  return message.startsWith(`${file}:`) ? message.replace(/^[^:]+(:\d+)?: /, '') : message;
}
