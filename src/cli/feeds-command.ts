// `claimlog feeds add|list|remove`: the RSS, Atom and JSON feeds `claimlog watch` polls.

import type { Command } from 'commander';
import type { Feed } from '../app/live-ports.js';
import { writeJson, type CliContext } from './cli-context.js';

interface AddFlags {
  outlet?: string;
}

export function registerFeeds(program: Command, context: CliContext): void {
  const feeds = program
    .command('feeds')
    .description('follow RSS, Atom and JSON feeds: add, list, remove (claimlog watch polls them)');

  feeds
    .command('add')
    .description('follow a feed; nothing is fetched until claimlog watch')
    .argument('<url>', 'the feed URL (http or https)')
    .option('--outlet <name>', "the outlet its items are credited to (default: the feed's title)")
    .action(async (url: string, flags: AddFlags) => {
      const claimlog = await context.open();
      try {
        const feed = await claimlog.addFeed(url, flags.outlet ?? null);
        context.stdout.write(
          `following feed ${feed.id}: ${feed.url}${feed.outlet ? ` (outlet ${feed.outlet})` : ''}; claimlog watch polls it\n`,
        );
      } finally {
        await claimlog.close();
      }
    });

  feeds
    .command('list')
    .description('list followed feeds with their polling state')
    .option('--json', 'print a JSON array')
    .action(async (flags: { json?: boolean }) => {
      const claimlog = await context.open();
      try {
        const list = await claimlog.feeds();
        if (flags.json) {
          writeJson(context, list);
          return;
        }
        if (list.length === 0)
          context.stdout.write('no feeds followed; add one with claimlog feeds add URL\n');
        for (const feed of list) context.stdout.write(describeFeed(feed));
      } finally {
        await claimlog.close();
      }
    });

  feeds
    .command('remove')
    .description('stop following a feed (the documents taken from it stay)')
    .argument('<feed>', 'the feed id (from feeds list) or URL')
    .action(async (which: string) => {
      const claimlog = await context.open();
      try {
        const feed = await claimlog.removeFeed(which);
        context.stdout.write(
          `removed feed ${feed.id}: ${feed.url}; its ${feed.documents} document${feed.documents === 1 ? '' : 's'} stay in the store\n`,
        );
      } finally {
        await claimlog.close();
      }
    });
}

function describeFeed(feed: Feed): string {
  const name = feed.outlet ?? feed.title ?? '(untitled)';
  const { state } = feed;
  const polled =
    state.lastPolledAt === null
      ? 'never polled'
      : `last polled ${state.lastPolledAt} (${feed.lastOutcome ?? '?'}), next ${state.nextPollAt ?? 'now'}`;
  const lines = [
    `${feed.id}  ${feed.url}  ${name}`,
    `   ${feed.items} item${feed.items === 1 ? '' : 's'}, ${feed.documents} document${feed.documents === 1 ? '' : 's'}${feed.problems > 0 ? `, ${feed.problems} unreadable` : ''}; ${polled}`,
  ];
  if (state.lastError !== null) {
    lines.push(`   failing (${state.failures} in a row): ${state.lastError}`);
  }
  return `${lines.join('\n')}\n`;
}
