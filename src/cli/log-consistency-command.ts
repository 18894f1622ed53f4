// `claimlog log consistency OLD NEW`: prints the consistency proof between two checkpoints of this log, or checks a given one offline.

import type { Command } from 'commander';
import { parseProofHashes, verifyConsistencyOffline } from '../app/verify-offline.js';
import { encodeBase64 } from '../log/strict-base64.js';
import { writeJson, type CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { readFileArgument, readKeyArgument } from './key-argument.js';
import { withClaimlog } from './log-command.js';

interface ConsistencyFlags {
  proof?: string;
  key?: string;
  json?: boolean;
}

export function registerLogConsistency(log: Command, context: CliContext): void {
  log
    .command('consistency')
    .description(
      'prove that checkpoint NEW extends checkpoint OLD (prints the proof, one Base64 hash a line); ' +
        'with --proof and --key, check such a proof offline',
    )
    .argument('<old>', 'the older signed checkpoint file')
    .argument('<new>', 'the newer signed checkpoint file')
    .option('--proof <file>', 'a consistency proof to check offline instead (needs --key)')
    .option('--key <vkey>', "the log's verifier key, or a file holding it (for --proof)")
    .option('--json', 'print {ok, oldSize, newSize, proof} or {ok, reason}')
    .action(async (oldPath: string, newPath: string, flags: ConsistencyFlags) => {
      const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
      const oldNote = decode(await readFileArgument(oldPath, 'OLD'));
      const newNote = decode(await readFileArgument(newPath, 'NEW'));
      if (flags.proof !== undefined) {
        if (flags.key === undefined) {
          context.stderr.write('claimlog: --proof needs --key (the log key to check the checkpoints with)\n');
          context.exitCode = EXIT.usage;
          return;
        }
        const result = verifyConsistencyOffline({
          oldNote,
          newNote,
          proof: parseProofHashes(decode(await readFileArgument(flags.proof, '--proof')), flags.proof),
          logKey: await readKeyArgument(flags.key, '--key'),
        });
        report(context, flags, result.ok ? { ...result, proof: null } : result);
        return;
      }
      await withClaimlog(context, async (claimlog) => {
        const check = await claimlog.log.consistency(oldNote, newNote);
        const { oldSize, newSize } = check;
        report(
          context,
          flags,
          check.verification.ok
            ? { ok: true, oldSize, newSize, proof: check.proof.map(encodeBase64) }
            : check.verification,
        );
      });
    });
}

function report(
  context: CliContext,
  flags: ConsistencyFlags,
  result:
    { ok: true; oldSize: number; newSize: number; proof: string[] | null } | { ok: false; reason: string },
): void {
  if (!result.ok) context.exitCode = EXIT.failed;
  if (flags.json) {
    writeJson(context, result);
    return;
  }
  if (!result.ok) {
    context.stderr.write(`not consistent: ${result.reason}\n`);
    return;
  }
  if (result.proof === null) {
    context.stdout.write(
      `consistent: the tree of size ${result.newSize} extends the tree of size ${result.oldSize}\n`,
    );
    return;
  }
  context.stdout.write(result.proof.map((line) => `${line}\n`).join(''));
  context.stderr.write(
    `consistent: the tree of size ${result.newSize} extends the tree of size ${result.oldSize} (${result.proof.length} hashes)\n`,
  );
}
