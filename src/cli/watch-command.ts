// `claimlog watch`: poll the followed feeds on a schedule and ingest their new items, until Ctrl-C (or --once, --polls N).

import { InvalidArgumentError, type Command } from 'commander';
import type { FeedPollReport } from '../app/poll-feed-now.js';
import type { WatchSummary } from '../app/watch-feeds.js';
import { DEFAULT_SCHEDULE } from '../ingest/feeds/feed-state.js';
import type { CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { positiveInteger } from './options.js';

interface WatchFlags {
  interval?: number;
  once?: boolean;
  polls?: number;
  json?: boolean;
}

export function registerWatch(program: Command, context: CliContext): void {
  program
    .command('watch')
    .description('poll followed feeds on a schedule and ingest new and changed items (Ctrl-C stops)')
    .option(
      '--interval <seconds>',
      `seconds between polls of a healthy feed (default ${DEFAULT_SCHEDULE.intervalMs / 1000})`,
      seconds('--interval'),
    )
    .option('--once', 'poll every feed that is due now, then stop')
    .option(
      '--polls <n>',
      'stop after n rounds of polls (a round polls every feed then due)',
      positiveInteger('--polls'),
    )
    .option('--json', 'print one JSON object per poll, then a summary')
    .action(async (flags: WatchFlags) => {
      const intervalMs = flags.interval ?? DEFAULT_SCHEDULE.intervalMs;
      // Backoff after failures doubles the interval, up to 6 hours or the interval itself if longer.
      const schedule = { intervalMs, maxBackoffMs: Math.max(DEFAULT_SCHEDULE.maxBackoffMs, intervalMs) };
      const rounds = flags.once ? 1 : (flags.polls ?? null);
      const claimlog = await context.open();
      const stop = new AbortController();
      let signals = 0;
      const onSignal = (): void => {
        signals += 1;
        if (signals > 1) process.exit(130);
        context.stderr.write('stopping after the poll in progress (Ctrl-C again to quit at once)\n');
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const feeds = await claimlog.feeds();
        if (!flags.json) {
          context.stdout.write(
            `watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'}, polling each every ${intervalMs / 1000} s` +
              `${rounds === null ? '; Ctrl-C stops' : flags.once ? ', once' : `, for ${rounds} round${rounds === 1 ? '' : 's'}`}\n`,
          );
        }
        const summary = await claimlog.watch({
          schedule,
          rounds,
          wait: !flags.once,
          signal: stop.signal,
          onPoll: (report) => (flags.json ? printJson(context, report) : printPoll(context, report)),
          onWait: (next) => {
            if (context.stderr.isTTY)
              context.stderr.write(`\rwaiting: next poll at ${next.toISOString()}\x1b[K`);
          },
        });
        if (context.stderr.isTTY) context.stderr.write('\r\x1b[K');
        if (flags.json) context.stdout.write(`${JSON.stringify({ kind: 'summary', ...summary })}\n`);
        else context.stdout.write(describeSummary(summary));
        if (rounds !== null && (summary.failedPolls > 0 || summary.failedItems > 0))
          context.exitCode = EXIT.failed;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await claimlog.close();
      }
    });
}

function printJson(context: CliContext, report: FeedPollReport): void {
  context.stdout.write(`${JSON.stringify({ kind: 'poll', ...report })}\n`);
}

function printPoll(context: CliContext, report: FeedPollReport): void {
  const head = `${report.at.slice(0, 19)}Z feed ${report.feedId} (${report.name})`;
  const next = report.nextPollAt === null ? '' : `; next poll ${report.nextPollAt.slice(0, 19)}Z`;
  for (const problem of report.problems) context.stderr.write(`warning: ${problem}\n`);
  for (const warning of report.warnings)
    context.stderr.write(`note: ${warning.origin}: ${warning.message}\n`);
  switch (report.outcome) {
    case 'not-modified':
      context.stdout.write(`${head}: not modified${next}\n`);
      return;
    case 'failed':
      context.stdout.write(`${head}: poll failed (${report.failures} in a row)${next}\n`);
      context.stderr.write(`error: ${report.error ?? 'unknown error'}\n`);
      return;
    case 'removed':
      context.stdout.write(`${head}: removed while it was polled; nothing kept\n`);
      return;
    case 'fetched':
      break;
  }
  const count = (status: string) => report.items.filter((i) => i.status === status).length;
  const fresh = report.items.filter((i) => i.change === 'new').length;
  const statements = report.items.reduce((sum, i) => sum + i.statements, 0);
  context.stdout.write(
    `${head}: ${fresh} new, ${report.items.length - fresh} changed item${report.items.length - fresh === 1 ? '' : 's'}; ` +
      `${count('ingested')} ingested (${statements} statements), ${count('held')} already held, ${count('failed')} failed${next}\n`,
  );
  for (const item of report.items) {
    const title = item.title ?? item.origin;
    if (item.status === 'failed') {
      context.stderr.write(`error: ${item.message ?? item.origin}\n`);
    } else if (item.change === 'changed') {
      context.stdout.write(
        `  changed: ${title}: version ${item.version} is document ${item.documentId ?? '?'}` +
          `${item.revisionOf ? `, revising ${item.revisionOf}` : ''}${item.status === 'held' ? ' (already held)' : ''}\n`,
      );
    } else {
      context.stdout.write(
        `  ${item.status === 'held' ? 'already held' : 'new'}: ${title}: document ${item.documentId ?? '?'}\n`,
      );
    }
  }
}

function describeSummary(summary: WatchSummary): string {
  const why =
    summary.stoppedBy === 'signal'
      ? 'stopped on request'
      : summary.stoppedBy === 'idle'
        ? 'no feed due'
        : 'done';
  return (
    `${why}: ${summary.polls} poll${summary.polls === 1 ? '' : 's'} (${summary.failedPolls} failed); ` +
    `${summary.ingested} document${summary.ingested === 1 ? '' : 's'} ingested, ${summary.held} already held, ${summary.failedItems} item${summary.failedItems === 1 ? '' : 's'} failed\n`
  );
}

function seconds(name: string) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || value < 0.05) {
      throw new InvalidArgumentError(`${name}: expected a number of seconds such as 900, found "${raw}"`);
    }
    return Math.round(value * 1000);
  };
}
