// `claimlog status set ID STATUS --by NAME --reason TEXT`: an analyst sets a proposition's status (logged).

import type { Command } from 'commander';
import { STATUSES } from '../assess/status-rules.js';
import { deciderOf, withDecider, type DeciderFlags } from './assessment-options.js';
import type { CliContext } from './cli-context.js';
import { printDecision } from './decision-output.js';
import { withClaimlog } from './log-command.js';
import { isoDate } from './options.js';

export function registerStatus(program: Command, context: CliContext): void {
  const status = program.command('status').description("set a proposition's status by hand (logged)");
  withDecider(
    status
      .command('set')
      .description(`set a status (${STATUSES.join(', ')}), or "none" to hand it back to the rules`)
      .argument('<id>', 'a proposition id (a unique prefix is enough)')
      .argument('<status>', 'the status')
      .option('--from <day>', 'in force from this day (YYYY-MM-DD; default: today)', isoDate('--from')),
  ).action(async (id: string, value: string, flags: DeciderFlags & { from?: string; json?: boolean }) => {
    await withClaimlog(context, async (claimlog) => {
      const recorded = await claimlog.assessment.actions.setStatus(id, value, deciderOf(flags), flags.from);
      await printDecision(context, claimlog, recorded, flags.json);
    });
  });
}
