// `claimlog first ID [--proof FILE]`: the earliest logged document supporting a proposition, with its
// log index, checkpoint and a tlog-proof; for a priority claim, whether the log bears it out.

import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { FirstAnswer } from '../app/first-support.js';
import type { SupportingDocument } from '../assess/priority.js';
import { encodeBase64 } from '../log/strict-base64.js';
import { asOfOf, withAsOf, type AsOfFlags } from './assessment-options.js';
import { writeJson, type CliContext } from './cli-context.js';
import { withClaimlog } from './log-command.js';

interface FirstFlags extends AsOfFlags {
  proof?: string;
  json?: boolean;
}

export function registerFirst(program: Command, context: CliContext): void {
  withAsOf(
    program
      .command('first')
      .description('who was first: the earliest logged document supporting a proposition, with a proof')
      .argument('<id>', 'a proposition id (a unique prefix is enough); a priority claim is checked'),
  )
    .option(
      '--proof <file>',
      'write a c2sp.org/tlog-proof@v1 for that document to FILE, and its exact leaf to FILE.leaf',
    )
    .option('--json', 'print {proposition, earliest, priority, proved, checkpoint, proof}')
    .action(async (id: string, flags: FirstFlags) => {
      await withClaimlog(context, async (claimlog) => {
        const answer = await claimlog.assessment.first(id, asOfOf(flags));
        const files = flags.proof === undefined || answer.proof === null ? null : flags.proof;
        if (files !== null && answer.proof !== null) {
          await writeFile(files, answer.proof.text);
          await writeFile(`${files}.leaf`, answer.proof.leaf);
        }
        const { verifierKey } = await claimlog.log.verifierKey();
        if (flags.json) {
          writeJson(context, {
            ...answer,
            proof:
              answer.proof === null
                ? null
                : {
                    text: answer.proof.text,
                    leaf: encodeBase64(answer.proof.leaf),
                    file: files,
                    leafFile: files === null ? null : `${files}.leaf`,
                    verifierKey,
                  },
          });
          return;
        }
        context.stdout.write(firstText(answer, files, verifierKey));
      });
    });
}

function firstText(a: FirstAnswer, file: string | null, key: string): string {
  const lines = [`${a.proposition.id}  ${a.proposition.text}`];
  if (a.priority) {
    const p = a.priority;
    lines.push(`priority claim by ${p.claimant}: ${p.verdict}`, `  ${p.why}`);
    if (p.claimantEarliest) lines.push(`  the claimant's earliest: ${describe(p.claimantEarliest)}`);
    for (const d of p.earlierByOthers.slice(0, 5)) lines.push(`  earlier, by another: ${describe(d)}`);
  }
  lines.push(
    a.earliest === null
      ? 'no logged document supports it'
      : `earliest logged supporting document: ${describe(a.earliest)}`,
  );
  if (a.proved && a.checkpoint) {
    lines.push(
      `proof for document ${a.proved.documentId} at log index ${a.proved.logIndex ?? '?'} in the checkpoint of tree size ${a.checkpoint.size} (root ${a.checkpoint.rootHash})`,
    );
    if (file !== null) {
      lines.push(
        `proof written to ${file}, leaf to ${file}.leaf; check it offline with:`,
        `  claimlog log verify ${file} --key ${key} --leaf ${file}.leaf`,
      );
    } else {
      lines.push('add --proof FILE to write the proof and its leaf');
    }
  }
  return `${lines.join('\n')}\n`;
}

function describe(d: SupportingDocument): string {
  const logged = d.logIndex === null ? 'not logged' : `log index ${d.logIndex}`;
  return `document ${d.documentId} by ${d.source ?? d.outlet ?? 'unknown'}, published ${d.publishedAt ?? 'undated'}, ${logged}`;
}
