// Options the assessment commands share: `--as-of DAY [--logged]` and an analyst's `--by NAME --reason TEXT`.

import type { Command } from 'commander';
import type { AsOf } from '../app/assessment-ports.js';
import type { Decider } from '../app/analyst-actions.js';
import { isoDate } from './options.js';

export interface AsOfFlags {
  asOf?: string;
  logged?: boolean;
}

/** Adds `--as-of DAY` and `--logged` to a read command. */
export function withAsOf(command: Command): Command {
  return command
    .option(
      '--as-of <day>',
      'answer from what was published by this day (YYYY-MM-DD), and decisions made by then',
      isoDate('--as-of'),
    )
    .option('--logged', 'with --as-of: count only documents the log also held by that day');
}

/** The view the flags ask for (null: now). `--logged` without `--as-of` means nothing and is ignored. */
export function asOfOf(flags: AsOfFlags): AsOf | null {
  return flags.asOf === undefined ? null : { day: flags.asOf, logged: flags.logged ?? false };
}

export interface DeciderFlags {
  by: string;
  reason: string;
}

/** Adds the required `--by NAME` and `--reason TEXT` of an analyst decision. */
export function withDecider(command: Command): Command {
  return command
    .requiredOption('--by <name>', 'who decides (recorded in the log)')
    .requiredOption('--reason <text>', 'why (recorded in the log)')
    .option('--json', 'print the decision as recorded');
}

export function deciderOf(flags: DeciderFlags): Decider {
  return { by: flags.by, reason: flags.reason };
}
