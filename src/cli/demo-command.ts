// `claimlog demo` (what `npm start` runs): analyse the bundled demo corpus into the store, then serve it.

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { Unavailable } from '../domain/errors.js';
import type { CliContext } from './cli-context.js';
import { port } from './options.js';
import { createProgressBar } from './progress-bar.js';
import { serveUntilStopped } from './serve-command.js';

export const DEMO_CORPUS = fileURLToPath(new URL('../../demo/corpus/', import.meta.url));

interface DemoFlags {
  port?: number;
  host?: string;
  serve: boolean;
}

export function registerDemo(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (Oct 2024 – May 2025) and serve it')
    .option('--port <n>', `port (default CLAIMLOG_PORT or ${context.config.port})`, port('--port'))
    .option('--host <host>', 'address to listen on')
    .option('--no-serve', 'ingest only')
    .action(async (flags: DemoFlags) => {
      if (!existsSync(DEMO_CORPUS))
        throw new Unavailable(`the demo corpus is missing: expected it at ${DEMO_CORPUS}`);
      const claimlog = await context.open();
      const bar = createProgressBar('demo', context.stderr);
      const report = await claimlog.ingest([DEMO_CORPUS], {
        onProgress: (p) => bar.update(p.filesDone, p.filesTotal, `${p.documents} documents`),
      });
      bar.done();
      const statements = report.ingested.reduce((sum, d) => sum + d.statements, 0);
      context.stdout.write(
        `demo corpus: ${report.ingested.length} documents ingested (${statements} statements), ${report.duplicates.length} already held, ${report.failures.length} failed; store: ${context.config.databaseUrl ? 'PostgreSQL' : context.config.home}\n`,
      );
      for (const failure of report.failures) context.stderr.write(`error: ${failure.message}\n`);
      if (!flags.serve) {
        await claimlog.close();
        return;
      }
      await serveUntilStopped(
        claimlog,
        context,
        flags.host ?? context.config.host,
        flags.port ?? context.config.port,
      );
    });
}
