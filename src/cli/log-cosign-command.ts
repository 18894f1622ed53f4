// `claimlog log cosign-add FILE`: accept a checkpoint cosigned by configured witnesses, verify it and keep the cosignatures.

import type { Command } from 'commander';
import { writeJson, type CliContext } from './cli-context.js';
import { readFileArgument } from './key-argument.js';
import { withClaimlog } from './log-command.js';

export function registerLogCosign(log: Command, context: CliContext): void {
  log
    .command('cosign-add')
    .description(
      'keep the witness cosignatures on a checkpoint of this log (witness keys from CLAIMLOG_WITNESS_KEYS)',
    )
    .argument('<file>', 'the cosigned checkpoint note')
    .option('--json', 'print {size, added, known, ignored}')
    .action(async (file: string, flags: { json?: boolean }) => {
      const note = new TextDecoder().decode(await readFileArgument(file, 'FILE'));
      await withClaimlog(context, async (claimlog) => {
        const result = await claimlog.log.addCosignatures(note);
        if (flags.json) {
          writeJson(context, result);
          return;
        }
        const parts = [
          `checkpoint of size ${result.size}: kept cosignatures by ${result.added.join(', ') || 'no new witness'}`,
        ];
        if (result.known.length > 0) parts.push(`already kept: ${result.known.join(', ')}`);
        if (result.ignored.length > 0) parts.push(`ignored (not configured): ${result.ignored.join(', ')}`);
        context.stdout.write(`${parts.join('; ')}\n`);
      });
    });
}
