// `claimlog timeline ID`: a proposition's status over time, its statements in date order, its evidence.

import type { Command } from 'commander';
import type { TimelineAnswer } from '../app/assessment-use-cases.js';
import { timelineCsv } from '../api/exports/timeline-csv.js';
import { asOfOf, withAsOf, type AsOfFlags } from './assessment-options.js';
import { writeJson, type CliContext } from './cli-context.js';
import { withClaimlog } from './log-command.js';

export function registerTimeline(program: Command, context: CliContext): void {
  withAsOf(
    program
      .command('timeline')
      .description("a proposition's status history, who said what for or against it, and its evidence")
      .argument('<id>', 'a proposition id (a unique prefix is enough)'),
  )
    .option('--json', 'print {proposition, status, entries, evidence}')
    .option('--csv', 'print the statements as CSV, one row per entry (the fields of --json entries)')
    .action(async (id: string, flags: AsOfFlags & { json?: boolean; csv?: boolean }) => {
      await withClaimlog(context, async (claimlog) => {
        const timeline = await claimlog.assessment.timeline(id, asOfOf(flags));
        if (flags.json) writeJson(context, timeline);
        else if (flags.csv) context.stdout.write(timelineCsv(timeline));
        else context.stdout.write(timelineText(timeline));
      });
    });
}

function timelineText(t: TimelineAnswer): string {
  const lines = [`${t.proposition.id}  ${t.proposition.text}`, ''];
  lines.push(`status${t.asOf ? ` as of ${t.asOf}` : ''}:`);
  if (t.status.length === 0) lines.push('  (none yet)');
  for (const s of t.status) lines.push(`  ${s.from.padEnd(10)}  ${s.status.padEnd(13)} ${s.why}`);
  lines.push('', `statements (${t.entries.length}):`);
  for (const e of t.entries) {
    const speaker = e.speaker.actor ? `${e.speaker.text} [${e.speaker.actor}]` : e.speaker.text;
    const outlet = e.outlet === null || e.outlet === e.speaker.actor ? '' : ` in ${e.outlet}`;
    const logged = e.logIndex === null ? 'not logged' : `log ${e.logIndex}`;
    const state = e.state === 'suggested' ? '' : ` ${e.state}`;
    lines.push(
      `  ${(e.on ?? '????').padEnd(10)}  ${e.polarity.padEnd(8)}  ${e.stance.padEnd(7)}  ${speaker}${outlet}: ${clip(e.text, 110)}`,
      `  ${' '.repeat(10)}  link ${e.linkId}${state}, doc ${e.documentId.slice(0, 12)}, ${logged}`,
    );
  }
  lines.push('', `evidence (${t.evidence.length}):`);
  for (const e of t.evidence) {
    lines.push(
      `  ${(e.on ?? '????').padEnd(10)}  ${(e.kind ?? 'evidence').padEnd(17)}  ${clip(e.what, 100)}  (doc ${e.documentId.slice(0, 12)})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
