// `claimlog link confirm|reject LINK-ID --by NAME --reason TEXT`: an analyst's word on a suggested link.

import { InvalidArgumentError, type Command } from 'commander';
import type { Polarity } from '../link/proposition.js';
import { deciderOf, withDecider, type DeciderFlags } from './assessment-options.js';
import type { CliContext } from './cli-context.js';
import { printDecision } from './decision-output.js';
import { withClaimlog } from './log-command.js';

export function registerLink(program: Command, context: CliContext): void {
  const link = program
    .command('link')
    .description('confirm or reject a suggested link between a claim and a proposition (logged)');
  withDecider(
    link
      .command('confirm')
      .description('confirm a link (its id from `timeline ID`; a unique prefix is enough)')
      .argument('<link-id>', 'the link')
      .option('--polarity <polarity>', 'correct its polarity: supports | disputes', polarity),
  ).action(async (id: string, flags: DeciderFlags & { polarity?: Polarity; json?: boolean }) => {
    await withClaimlog(context, async (claimlog) => {
      const recorded = await claimlog.assessment.actions.confirmLink(id, deciderOf(flags), flags.polarity);
      await printDecision(context, claimlog, recorded, flags.json);
    });
  });
  withDecider(
    link
      .command('reject')
      .description('reject a link: its claim no longer counts for or against the proposition')
      .argument('<link-id>', 'the link'),
  ).action(async (id: string, flags: DeciderFlags & { json?: boolean }) => {
    await withClaimlog(context, async (claimlog) => {
      const recorded = await claimlog.assessment.actions.rejectLink(id, deciderOf(flags));
      await printDecision(context, claimlog, recorded, flags.json);
    });
  });
}

function polarity(raw: string): Polarity {
  if (raw !== 'supports' && raw !== 'disputes')
    throw new InvalidArgumentError(`--polarity: expected supports or disputes, found "${raw}"`);
  return raw;
}
