// `claimlog extract FILE`: analyse reports without storing them; `--json` prints one object per report.

import type { Command } from 'commander';
import { extractFile, type ExtractOutcome } from '../app/extract-file.js';
import { toExtractionRecord } from '../extract/extraction-record.js';
import type { CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { isoDate, megabytes } from './options.js';

interface ExtractFlags {
  published?: string;
  maxSize?: number;
  json?: boolean;
}

export function registerExtract(program: Command, context: CliContext): void {
  program
    .command('extract')
    .description(
      'find statements, dates and framing in a .txt, .html or .jsonl file, without storing anything',
    )
    .argument('<file>', 'the file to analyse')
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD) that relative dates resolve against',
      isoDate('--published'),
    )
    .option('--max-size <MB>', 'largest file to read, in MB', megabytes('--max-size'))
    .option('--json', 'one JSON object per report, one per line')
    .action(async (file: string, flags: ExtractFlags) => {
      const outcomes = await extractFile(
        file,
        { extract: context.extractor(), clock: () => new Date() },
        {
          maxBytes: flags.maxSize ?? context.config.maxBytes,
          ...(flags.published ? { publishedAt: flags.published } : {}),
        },
      );
      for (const outcome of outcomes) {
        if (outcome.kind === 'error') {
          context.stderr.write(`error: ${outcome.message}\n`);
          context.exitCode = EXIT.failed;
          continue;
        }
        for (const warning of outcome.warnings)
          context.stderr.write(`note: ${outcome.document.origin}: ${warning}\n`);
        context.stdout.write(flags.json ? `${JSON.stringify(toJson(outcome))}\n` : toText(outcome));
      }
    });
}

type Report = Extract<ExtractOutcome, { kind: 'report' }>;

/** The `extract --json` contract (issue 2), shared with the quality benchmarks. */
function toJson({ document: d, extraction }: Report) {
  return toExtractionRecord(
    d.externalId,
    {
      id: d.id,
      contentHash: d.contentHash,
      publishedAt: d.publishedAt,
      language: d.language,
      kind: d.kind,
      title: d.title,
      outlet: d.outlet,
      author: d.author,
      url: d.url,
      origin: d.origin,
    },
    extraction,
  );
}

function toText({ document: d, extraction: x }: Report): string {
  const lines = [
    `${d.origin}: ${d.title ?? '(untitled)'} — ${d.outlet ?? 'unknown outlet'}, ${d.publishedAt ?? 'no date'}`,
  ];
  for (const s of x.statements) {
    const speaker = s.speaker.actor ? `${s.speaker.text} [${s.speaker.actor}]` : s.speaker.text;
    lines.push(
      `  ${s.saidOn ?? '????'}  ${s.stance}${s.hedged ? ' (hedged)' : ''}  ${speaker} — ${s.cue.text}: ${s.direct ? `“${s.content.text}”` : s.content.text}`,
    );
  }
  if (x.statements.length === 0) lines.push('  no statements found');
  return `${lines.join('\n')}\n`;
}
