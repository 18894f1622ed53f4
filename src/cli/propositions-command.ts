// `claimlog propositions`: every proposition with its status, first support and counts; `merge` and
// `split` (beside) are its analyst actions.

import type { Command } from 'commander';
import { shortIds } from '../app/resolve-id.js';
import { asOfOf, withAsOf, type AsOfFlags } from './assessment-options.js';
import { writeJson, type CliContext } from './cli-context.js';
import { withClaimlog } from './log-command.js';
import { registerPropositionsMerge } from './propositions-merge-command.js';
import { registerPropositionsSplit } from './propositions-split-command.js';

interface PropositionsFlags extends AsOfFlags {
  json?: boolean;
  status?: string;
}

export function registerPropositions(program: Command, context: CliContext): void {
  const command = withAsOf(
    program
      .command('propositions')
      .description(
        'list propositions: what is claimed, its status, when first supported, supports and disputes',
      ),
  )
    .option('--status <status>', 'only propositions with this status')
    .option('--json', 'print a JSON array of {id, text, status, firstSupportedOn, supports, disputes}')
    .action(async (flags: PropositionsFlags) => {
      await withClaimlog(context, async (claimlog) => {
        const asOf = asOfOf(flags);
        const rows = (await claimlog.assessment.propositions(asOf)).filter(
          (r) => flags.status === undefined || r.status === flags.status,
        );
        if (flags.json) {
          writeJson(context, rows);
          return;
        }
        if (rows.length === 0) {
          context.stdout.write(`no propositions${asOf ? ` as of ${asOf.day}` : ''}\n`);
          return;
        }
        const short = shortIds(rows.map((r) => r.id));
        const width = Math.max(...[...short.values()].map((s) => s.length));
        context.stdout.write(
          `${'ID'.padEnd(width)}  ${'STATUS'.padEnd(13)}  ${'FIRST'.padEnd(10)}  ${'+'.padStart(4)} ${'−'.padStart(3)}  TEXT\n`,
        );
        for (const r of rows) {
          context.stdout.write(
            `${(short.get(r.id) ?? r.id).padEnd(width)}  ${(r.status ?? '–').padEnd(13)}  ${(r.firstSupportedOn ?? '–').padEnd(10)}  ${String(r.supports).padStart(4)} ${String(r.disputes).padStart(3)}  ${r.text}\n`,
          );
        }
        context.stdout.write(
          `${rows.length} proposition${rows.length === 1 ? '' : 's'}${asOf ? ` as of ${asOf.day}${asOf.logged ? ' (logged by then)' : ''}` : ''}; \`claimlog timeline ID\` shows one\n`,
        );
      });
    });
  registerPropositionsMerge(command, context);
  registerPropositionsSplit(command, context);
}
