// How a recorded analyst decision is shown: its id, the log leaf it became, and what it changed.

import type { Command } from 'commander';
import type { RecordedDecision } from '../app/analyst-actions.js';
import type { Claimlog } from '../app/claimlog.js';
import { writeJson, type CliContext } from './cli-context.js';

/** Prints the decision (JSON with `--json`) and the new status of each proposition it changed. */
export async function printDecision(
  context: CliContext,
  claimlog: Claimlog,
  recorded: RecordedDecision,
  json: boolean | undefined,
): Promise<void> {
  const rows = await claimlog.assessment.propositions(null);
  const now = recorded.propositions.map((id) => {
    const row = rows.find((r) => r.id === id);
    return { id, status: row?.status ?? null, text: row?.text ?? null };
  });
  if (json) {
    writeJson(context, { ...recorded, now });
    return;
  }
  const d = recorded.decision;
  context.stdout.write(
    `recorded ${d.kind} by ${d.by} as decision ${recorded.id}, log leaf ${recorded.logIndex} (tree size ${recorded.treeSize})\n`,
  );
  for (const p of now) {
    context.stdout.write(
      `  ${p.id}  ${p.status ?? (p.text === null ? 'merged away' : 'no status')}  ${p.text ?? ''}\n`,
    );
  }
}

/** `--json` of a subcommand whose parent has its own `--json` (commander gives the flag to the parent). */
export function jsonFlag(flags: { json?: boolean }, command: Command): boolean {
  return flags.json === true || command.parent?.opts<{ json?: boolean }>().json === true;
}
