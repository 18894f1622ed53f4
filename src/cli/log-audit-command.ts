// `claimlog log audit`: recompute every leaf from the stored records and the tree from the leaves; name whatever no longer matches.

import type { Command } from 'commander';
import { writeJson, type CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { withClaimlog } from './log-command.js';
import { createProgressBar } from './progress-bar.js';

export function registerLogAudit(log: Command, context: CliContext): void {
  log
    .command('audit')
    .description(
      'check that every stored document still matches its leaf and every checkpoint the recomputed tree (exit 1 on any problem)',
    )
    .option('--json', 'print {documents, leaves, checkpoints, verifiedSize, problems}')
    .action(async (flags: { json?: boolean }) => {
      await withClaimlog(context, async (claimlog) => {
        const bar = createProgressBar('audit', context.stderr);
        const report = await claimlog.log.audit((p) =>
          bar.update(p.leaves, p.treeSize, `${p.documents} documents, ${p.leaves} leaves`),
        );
        bar.done();
        if (report.problems.length > 0) context.exitCode = EXIT.failed;
        if (flags.json) {
          writeJson(context, report);
          return;
        }
        for (const problem of report.problems) context.stdout.write(`problem: ${problem.message}\n`);
        const checked = `${report.documents} documents, ${report.leaves} leaves and ${report.checkpoints} checkpoints`;
        context.stdout.write(
          report.problems.length === 0
            ? `audit: ${checked} checked; the store matches the log (tree of size ${report.verifiedSize})\n`
            : `audit: ${checked} checked; ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}\n`,
        );
      });
    });
}
