#!/usr/bin/env node
// The claimlog command line: one file per command, wired here; errors become exit codes in exit-codes.ts.

import { Command, CommanderError } from 'commander';
import { openClaimlog, createExtractor } from '../app/open-claimlog.js';
import { readConfig } from '../app/config.js';
import type { Extractor } from '../app/ports.js';
import type { CliContext } from './cli-context.js';
import { registerDemo } from './demo-command.js';
import { EXIT, reportError } from './exit-codes.js';
import { registerExtract } from './extract-command.js';
import { registerFeeds } from './feeds-command.js';
import { registerIngest } from './ingest-command.js';
import { registerFirst } from './first-command.js';
import { registerLink } from './link-command.js';
import { registerLog } from './log-command.js';
import { registerPropositions } from './propositions-command.js';
import { registerServe } from './serve-command.js';
import { registerSimilar } from './similar-command.js';
import { registerSources } from './sources-command.js';
import { registerStatements } from './statements-command.js';
import { registerStatus } from './status-command.js';
import { registerTimeline } from './timeline-command.js';
import { registerWatch } from './watch-command.js';
import { registerToken } from './token-command.js';

async function main(argv: string[]): Promise<number> {
  const config = readConfig();
  let extractor: Extractor | undefined;
  const context: CliContext = {
    config,
    open: () => openClaimlog(config),
    extractor: () => (extractor ??= createExtractor(config)),
    stdout: process.stdout,
    stderr: process.stderr,
    exitCode: EXIT.ok,
  };
  const program = new Command('claimlog')
    .description('a verifiable record of contested claims: who said what, when, and what became of it')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerIngest(program, context);
  registerExtract(program, context);
  registerStatements(program, context);
  registerServe(program, context);
  registerDemo(program, context);
  registerLog(program, context);
  registerPropositions(program, context);
  registerTimeline(program, context);
  registerSources(program, context);
  registerFirst(program, context);
  registerSimilar(program, context);
  registerLink(program, context);
  registerStatus(program, context);
  registerFeeds(program, context);
  registerWatch(program, context);
  registerToken(program, context);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return reportError(error);
  }
  return context.exitCode;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError(error);
  },
);
