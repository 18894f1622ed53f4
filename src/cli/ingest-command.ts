// `claimlog ingest PATH|URL…`: read report files, folders and web pages into the store, with progress and a summary.

import type { Command } from 'commander';
import { formatBytes } from '../ingest/source-files.js';
import { writeJson, type CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { isoDate, megabytes, positiveInteger } from './options.js';
import { createProgressBar } from './progress-bar.js';

interface IngestFlags {
  published?: string;
  maxSize?: number;
  batch?: number;
  json?: boolean;
  verbose?: boolean;
}

export function registerIngest(program: Command, context: CliContext): void {
  program
    .command('ingest')
    .description(
      'ingest .txt, .html and .jsonl reports (files or folders) and web pages (http(s) URLs) into the store',
    )
    .argument('<paths...>', 'files, folders or URLs to read')
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD) for reports that give none',
      isoDate('--published'),
    )
    .option(
      '--max-size <MB>',
      'largest file to read, in MB (default 20, or CLAIMLOG_MAX_SIZE)',
      megabytes('--max-size'),
    )
    .option('--batch <n>', 'documents per transaction', positiveInteger('--batch'))
    .option('--json', 'print the report as JSON')
    .option('--verbose', 'print each document with its log index as soon as its batch is committed')
    .action(async (paths: string[], flags: IngestFlags) => {
      const claimlog = await context.open();
      const bar = createProgressBar('ingest', context.stderr);
      try {
        const report = await claimlog.ingest(paths, {
          ...(flags.published ? { publishedAt: flags.published } : {}),
          ...(flags.maxSize ? { maxBytes: flags.maxSize } : {}),
          ...(flags.batch ? { batchSize: flags.batch } : {}),
          ...(flags.verbose
            ? {
                onLogged: (logged: readonly { id: string; logIndex: number }[]) => {
                  for (const { id, logIndex } of logged)
                    context.stdout.write(`logged ${id} at ${logIndex}\n`);
                },
              }
            : {}),
          onProgress: (p) =>
            bar.update(
              p.bytesDone,
              p.bytesTotal,
              `${p.filesDone}/${p.filesTotal} files, ${formatBytes(p.bytesDone)}, ${p.documents} documents`,
            ),
        });
        bar.done();
        if (report.failures.length > 0) context.exitCode = EXIT.failed;
        if (flags.json) {
          writeJson(context, report);
          return;
        }
        for (const failure of report.failures) context.stderr.write(`error: ${failure.message}\n`);
        for (const warning of report.warnings)
          context.stderr.write(`note: ${warning.origin}: ${warning.message}\n`);
        for (const duplicate of report.duplicates) {
          context.stdout.write(
            `already held: ${duplicate.origin} is document ${duplicate.id}; nothing added\n`,
          );
        }
        const statements = report.ingested.reduce((sum, d) => sum + d.statements, 0);
        context.stdout.write(
          `ingested ${report.ingested.length} document${report.ingested.length === 1 ? '' : 's'} (${statements} statements) from ${report.files} file${report.files === 1 ? '' : 's'}${report.urls > 0 ? ` and ${report.urls} URL${report.urls === 1 ? '' : 's'}` : ''}; ` +
            `${report.duplicates.length} already held; ${report.failures.length} failed\n`,
        );
      } finally {
        await claimlog.close();
      }
    });
}
