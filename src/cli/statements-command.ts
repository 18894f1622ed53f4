// `claimlog statements`: list stored statements, optionally by speaker.

import type { Command } from 'commander';
import { writeJson, type CliContext } from './cli-context.js';
import { positiveInteger } from './options.js';

interface StatementsFlags {
  speaker?: string;
  document?: string;
  limit: number;
  offset?: number;
  json?: boolean;
}

export function registerStatements(program: Command, context: CliContext): void {
  program
    .command('statements')
    .description('list stored statements: who said what, when, with which stance')
    .option('--speaker <actor>', 'an actor id (e.g. kp) or part of the speaker text')
    .option('--document <id>', 'only statements of this document')
    .option('--limit <n>', 'at most this many', positiveInteger('--limit'), 100)
    .option('--offset <n>', 'skip this many first', positiveInteger('--offset'))
    .option('--json', 'print a JSON array')
    .action(async (flags: StatementsFlags) => {
      const claimlog = await context.open();
      try {
        const statements = await claimlog.statements(
          {
            ...(flags.speaker ? { speaker: flags.speaker } : {}),
            ...(flags.document ? { documentId: flags.document } : {}),
          },
          { limit: flags.limit, offset: flags.offset ?? 0 },
        );
        if (flags.json) {
          writeJson(context, statements);
          return;
        }
        if (statements.length === 0) context.stdout.write('no statements\n');
        for (const s of statements) {
          const speaker = s.speaker.actor ? `${s.speaker.text} [${s.speaker.actor}]` : s.speaker.text;
          const content = s.direct ? `“${s.content.text}”` : s.content.text;
          context.stdout.write(
            `${s.saidOn ?? '????-??-??'}  ${s.stance.padEnd(7)}${s.hedged ? '~' : ' '} ${speaker} — ${s.cue.text}: ${content}  (${s.documentId})\n`,
          );
        }
      } finally {
        await claimlog.close();
      }
    });
}
