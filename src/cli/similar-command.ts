// `claimlog similar TEXT`: has this been claimed or checked before? The most similar earlier
// propositions (with their status) and statements.

import type { Command } from 'commander';
import { asOfOf, withAsOf, type AsOfFlags } from './assessment-options.js';
import { writeJson, type CliContext } from './cli-context.js';
import { withClaimlog } from './log-command.js';
import { positiveInteger } from './options.js';

interface SimilarFlags extends AsOfFlags {
  k: number;
  json?: boolean;
}

export function registerSimilar(program: Command, context: CliContext): void {
  withAsOf(
    program
      .command('similar')
      .description('the earlier propositions and statements most similar to a text')
      .argument('<text...>', 'a statement, claim or post to look up'),
  )
    .option('--k <n>', 'how many of each to show', positiveInteger('--k'), 5)
    .option('--json', 'print {query, propositions: [...], statements: [...]}')
    .action(async (words: string[], flags: SimilarFlags) => {
      await withClaimlog(context, async (claimlog) => {
        const answer = await claimlog.assessment.similar(words.join(' '), flags.k, asOfOf(flags));
        if (flags.json) {
          writeJson(context, answer);
          return;
        }
        const lines = ['propositions:'];
        if (answer.propositions.length === 0) lines.push('  none');
        for (const p of answer.propositions) {
          lines.push(
            `  ${p.score.toFixed(2).padStart(6)}  ${p.id}  ${(p.status ?? '–').padEnd(13)} ${p.firstSupportedOn ?? '????'}  ${p.text}`,
          );
        }
        lines.push('statements:');
        if (answer.statements.length === 0) lines.push('  none');
        for (const s of answer.statements) {
          const speaker = s.speaker.actor ?? s.speaker.text;
          const into = s.propositionIds.length > 0 ? `  → ${s.propositionIds.join(', ')}` : '';
          lines.push(
            `  ${s.score.toFixed(2).padStart(6)}  ${(s.on ?? '????').padEnd(10)}  ${speaker}: ${s.text.replace(/\s+/g, ' ').slice(0, 120)}${into}`,
          );
        }
        context.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
