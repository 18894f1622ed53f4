// `claimlog sources`: each actor's and outlet's track record (outcomes, accuracy as a Beta posterior,
// median lead) and framing profile (techniques, rate per 1,000 words, change over time).

import type { Command } from 'commander';
import type { SourceRow } from '../app/assessment-use-cases.js';
import type { FramingProfile } from '../extract/framing/framing-profile.js';
import { sourcesCsv } from '../api/exports/sources-csv.js';
import { asOfOf, withAsOf, type AsOfFlags } from './assessment-options.js';
import { writeJson, type CliContext } from './cli-context.js';
import { withClaimlog } from './log-command.js';

interface SourcesFlags extends AsOfFlags {
  json?: boolean;
  csv?: boolean;
  kind?: 'actor' | 'outlet';
}

export function registerSources(program: Command, context: CliContext): void {
  withAsOf(
    program
      .command('sources')
      .description('track records of actors and outlets, with their framing profiles')
      .argument(
        '[id]',
        'one source (an actor id such as kp, or an outlet), with its outcome on each proposition',
      ),
  )
    .option('--kind <kind>', 'only actors or only outlets (actor | outlet)')
    .option(
      '--json',
      'print a JSON array of {id, name, kind, statements, right, wrong, reversed, pending, accuracy, medianLeadDays, framing}',
    )
    .option('--csv', 'print the track records as CSV, one row per source (framing left out)')
    .action(async (id: string | undefined, flags: SourcesFlags) => {
      await withClaimlog(context, async (claimlog) => {
        const asOf = asOfOf(flags);
        const rows = (await claimlog.assessment.sources(asOf, id)).filter(
          (r) => flags.kind === undefined || r.kind === flags.kind,
        );
        if (flags.json) {
          writeJson(context, rows);
          return;
        }
        if (flags.csv) {
          context.stdout.write(sourcesCsv(rows));
          return;
        }
        if (rows.length === 0) context.stdout.write('no sources\n');
        for (const row of rows) context.stdout.write(sourceText(row));
      });
    });
}

function sourceText(r: SourceRow): string {
  const name = r.name === r.id ? r.id : `${r.id} (${r.name})`;
  const a = r.accuracy;
  const lead = r.medianLeadDays === null ? '' : `, median lead ${r.medianLeadDays} days`;
  const lines = [
    `${r.kind.padEnd(6)}  ${name}`,
    `        ${r.statements} statements; right ${r.right}, wrong ${r.wrong}, reversed ${r.reversed}, pending ${r.pending}; accuracy ${a.mean.toFixed(2)} (95% ${a.low.toFixed(2)}–${a.high.toFixed(2)})${lead}`,
  ];
  if (r.framing) lines.push(`        framing: ${framingText(r.framing)}`);
  for (const o of r.outcomes ?? []) {
    const lead = o.leadDays === null ? '' : `, ${o.leadDays} days ahead`;
    lines.push(`        ${o.outcome.padEnd(8)}  ${o.propositionId}  ${o.text}${lead}`);
  }
  return `${lines.join('\n')}\n`;
}

function framingText(f: FramingProfile): string {
  const top = f.techniques
    .slice(0, 3)
    .map((t) => `${t.technique} ${t.count}`)
    .join(', ');
  const months = f.byMonth;
  const first = months[0];
  const last = months[months.length - 1];
  const change =
    f.change === null || first === undefined || last === undefined
      ? ''
      : `; ${f.change >= 0 ? '+' : ''}${f.change} per 1,000 words from ${first.month} to ${last.month}`;
  return `${f.spans} spans in ${f.words} words (${f.per1000Words} per 1,000)${top ? `: ${top}` : ''}${change}`;
}
