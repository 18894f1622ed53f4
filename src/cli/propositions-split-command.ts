// `claimlog propositions split ID --claims C…`: the listed claims become a proposition of their own.

import type { Command } from 'commander';
import { deciderOf, withDecider, type DeciderFlags } from './assessment-options.js';
import type { CliContext } from './cli-context.js';
import { jsonFlag, printDecision } from './decision-output.js';
import { withClaimlog } from './log-command.js';

interface SplitFlags extends DeciderFlags {
  claims: string[];
  text?: string;
  json?: boolean;
}

export function registerPropositionsSplit(propositions: Command, context: CliContext): void {
  withDecider(
    propositions
      .command('split')
      .description('split claims off a proposition into a new one')
      .argument('<id>', 'the proposition (a unique prefix is enough)')
      .requiredOption(
        '--claims <ids...>',
        'the claims to move (ids from `timeline ID --json`, or unique prefixes)',
      )
      .option('--text <text>', 'what the new proposition says (default: the original text, marked split)'),
  ).action(async (id: string, flags: SplitFlags, command: Command) => {
    await withClaimlog(context, async (claimlog) => {
      const recorded = await claimlog.assessment.actions.split(
        id,
        flags.claims,
        deciderOf(flags),
        flags.text,
      );
      // `--json` after the subcommand is read by `propositions` itself: look there too.
      await printDecision(context, claimlog, recorded, jsonFlag(flags, command));
    });
  });
}
