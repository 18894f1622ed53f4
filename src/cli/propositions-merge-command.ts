// `claimlog propositions merge ID ID…`: the others are merged into the first (an analyst decision, logged).

import type { Command } from 'commander';
import { deciderOf, withDecider, type DeciderFlags } from './assessment-options.js';
import type { CliContext } from './cli-context.js';
import { jsonFlag, printDecision } from './decision-output.js';
import { withClaimlog } from './log-command.js';

export function registerPropositionsMerge(propositions: Command, context: CliContext): void {
  withDecider(
    propositions
      .command('merge')
      .description('merge propositions: the second and later are merged into the first')
      .argument('<ids...>', 'proposition ids (unique prefixes are enough), the one to keep first'),
  ).action(async (ids: string[], flags: DeciderFlags & { json?: boolean }, command: Command) => {
    await withClaimlog(context, async (claimlog) => {
      const recorded = await claimlog.assessment.actions.merge(ids, deciderOf(flags));
      // `--json` after the subcommand is read by `propositions` itself: look there too.
      await printDecision(context, claimlog, recorded, jsonFlag(flags, command));
    });
  });
}
