// `claimlog log …`: the Merkle log's commands (key, checkpoint, leaf, tiles here; proofs, consistency, audit and cosignatures beside).

import type { Command } from 'commander';
import { encodeBase64 } from '../log/strict-base64.js';
import { writeJson, type CliContext } from './cli-context.js';
import { registerLogAudit } from './log-audit-command.js';
import { registerLogConsistency } from './log-consistency-command.js';
import { registerLogCosign } from './log-cosign-command.js';
import { registerLogProve, registerLogVerify } from './log-proof-commands.js';
import { nonNegativeInteger } from './options.js';

interface JsonFlag {
  json?: boolean;
}

export function registerLog(program: Command, context: CliContext): void {
  const log = program
    .command('log')
    .description('the tamper-evident Merkle log: keys, checkpoints, leaves, proofs, audit');

  log
    .command('key')
    .description("print the log's verifier key (what anyone needs to check proofs offline)")
    .option('--json', 'print {origin, verifierKey}')
    .action(async (flags: JsonFlag) => {
      await withClaimlog(context, async (claimlog) => {
        const key = await claimlog.log.verifierKey();
        if (flags.json) writeJson(context, key);
        else context.stdout.write(`${key.verifierKey}\n`);
      });
    });

  log
    .command('checkpoint')
    .description('print the newest signed checkpoint, with the witness cosignatures kept for it')
    .option(
      '--quorum <n>',
      'the newest checkpoint cosigned by at least n configured witnesses',
      nonNegativeInteger('--quorum'),
    )
    .option('--json', 'print {size, witnesses, note}')
    .action(async (flags: JsonFlag & { quorum?: number }) => {
      await withClaimlog(context, async (claimlog) => {
        const checkpoint = await claimlog.log.checkpoint({
          quorum: flags.quorum ?? context.config.witnessQuorum,
        });
        if (flags.json) writeJson(context, checkpoint);
        else context.stdout.write(checkpoint.note);
      });
    });

  log
    .command('leaf')
    .description('write the exact bytes of leaf INDEX to stdout')
    .argument('<index>', 'the leaf index', nonNegativeInteger('INDEX'))
    .option('--json', 'print {index, kind, ref, base64}')
    .action(async (index: number, flags: JsonFlag) => {
      await withClaimlog(context, async (claimlog) => {
        const leaf = await claimlog.log.leaf(index);
        if (flags.json) {
          writeJson(context, {
            index: leaf.index,
            kind: leaf.kind,
            ref: leaf.ref,
            base64: encodeBase64(leaf.data),
          });
        } else {
          context.stdout.write(leaf.data);
        }
      });
    });

  log
    .command('tiles')
    .description('bring the public tiles folder (served under /log/) up to date, rebuilding it if missing')
    .option('--json', 'print {folder, size, written, rebuilt}')
    .action(async (flags: JsonFlag) => {
      await withClaimlog(context, async (claimlog) => {
        const published = await claimlog.log.publishTiles();
        const folder = claimlog.log.tilesFolder;
        if (flags.json) writeJson(context, { folder, ...published });
        else
          context.stdout.write(
            `tiles of the tree of ${published.size} leaves in ${folder} (${published.written} files written${published.rebuilt ? ', rebuilt' : ''})\n`,
          );
      });
    });

  registerLogProve(log, context);
  registerLogVerify(log, context);
  registerLogConsistency(log, context);
  registerLogAudit(log, context);
  registerLogCosign(log, context);
}

/** Opens the store, runs `work`, and closes the store whatever happens. */
export async function withClaimlog(
  context: CliContext,
  work: (claimlog: Awaited<ReturnType<CliContext['open']>>) => Promise<void>,
): Promise<void> {
  const claimlog = await context.open();
  try {
    await work(claimlog);
  } finally {
    await claimlog.close();
  }
}
