// `claimlog log prove TARGET` (a c2sp.org/tlog-proof@v1 on stdout) and `claimlog log verify PROOF` (offline: no store is opened).

import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { verifyLogProof } from '../app/verify-offline.js';
import { encodeBase64 } from '../log/strict-base64.js';
import { writeJson, type CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { readFileArgument, readKeyArgument } from './key-argument.js';
import { withClaimlog } from './log-command.js';
import { nonNegativeInteger } from './options.js';

interface ProveFlags {
  leafOut?: string;
  json?: boolean;
}

export function registerLogProve(log: Command, context: CliContext): void {
  log
    .command('prove')
    .description(
      'print a c2sp.org/tlog-proof@v1 that a leaf (an index, or a document id) is in the newest checkpoint',
    )
    .argument('<target>', 'a leaf index or a document id')
    .option('--leaf-out <file>', 'also write the exact leaf bytes to this file (what verify --leaf needs)')
    .option('--json', 'print {index, size, kind, ref, proof, leaf (base64)}')
    .action(async (target: string, flags: ProveFlags) => {
      await withClaimlog(context, async (claimlog) => {
        const { proof, leaf, size } = await claimlog.log.prove(target);
        if (flags.leafOut !== undefined) await writeFile(flags.leafOut, leaf.data);
        if (flags.json) {
          writeJson(context, {
            index: leaf.index,
            size,
            kind: leaf.kind,
            ref: leaf.ref,
            proof,
            leaf: encodeBase64(leaf.data),
          });
          return;
        }
        context.stdout.write(proof);
      });
    });
}

interface VerifyFlags {
  key: string;
  leaf: string;
  witness: string[];
  quorum?: number;
  json?: boolean;
}

export function registerLogVerify(log: Command, context: CliContext): void {
  log
    .command('verify')
    .description(
      'check a tlog-proof offline against the exact leaf bytes and the log key (no store is opened)',
    )
    .argument('<proof>', 'the c2sp.org/tlog-proof@v1 file')
    .requiredOption('--key <vkey>', "the log's verifier key, or a file holding it")
    .requiredOption('--leaf <file>', 'the exact leaf bytes (claimlog log leaf / prove --leaf-out)')
    .option(
      '--witness <vkey>',
      'a witness verifier key (or file) whose cosignature counts; repeatable (default CLAIMLOG_WITNESS_KEYS)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option('--quorum <n>', 'how many of the witnesses must have cosigned', nonNegativeInteger('--quorum'))
    .option('--json', 'print {ok, index, size, origin, witnesses} or {ok, reason}')
    .action(async (proofPath: string, flags: VerifyFlags) => {
      const proof = new TextDecoder().decode(await readFileArgument(proofPath, 'PROOF'));
      const leaf = await readFileArgument(flags.leaf, '--leaf');
      const logKey = await readKeyArgument(flags.key, '--key');
      const witnessKeys =
        flags.witness.length > 0
          ? await Promise.all(flags.witness.map((w) => readKeyArgument(w, '--witness')))
          : context.config.witnessKeys;
      const result = verifyLogProof({
        proof,
        leaf,
        logKey,
        witnessKeys,
        quorum: flags.quorum ?? (flags.witness.length > 0 ? 0 : context.config.witnessQuorum),
      });
      if (!result.ok) context.exitCode = EXIT.failed;
      if (flags.json) {
        writeJson(context, result);
        return;
      }
      if (!result.ok) {
        context.stderr.write(`not verified: ${result.reason}\n`);
        return;
      }
      const cosigned = result.witnesses.length > 0 ? `, cosigned by ${result.witnesses.join(', ')}` : '';
      context.stdout.write(
        `verified: leaf ${result.index} in tree of size ${result.size} of origin ${result.origin}${cosigned}\n`,
      );
    });
}
