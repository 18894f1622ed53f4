// The watch use case: poll every followed feed when it is due, round after round, until told to stop.

import { InvalidInput } from '../domain/errors.js';
import { dueAt, type Schedule } from '../ingest/feeds/feed-state.js';
import { pollFeedNow, type FeedPollDeps, type FeedPollReport } from './poll-feed-now.js';

export interface WatchDeps extends FeedPollDeps {
  /** Waits `ms`, or less when `signal` aborts; never rejects. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called after each poll is committed (the log publishes its tiles here). */
  afterPoll?: () => Promise<void>;
}

export interface WatchOptions {
  schedule: Schedule;
  /** Stop after this many rounds (a round polls every feed then due); null to go on until `signal`. */
  rounds: number | null;
  /** When no feed is due: wait for the next one (true), or stop (false: `--once`). */
  wait: boolean;
  /** Aborting stops the watch after the poll in progress, which is kept whole. */
  signal: AbortSignal;
  onPoll?: (report: FeedPollReport) => void;
  /** Called before waiting, with when the next feed is due. */
  onWait?: (next: Date) => void;
}

export interface WatchSummary {
  rounds: number;
  polls: number;
  failedPolls: number;
  /** New documents. */
  ingested: number;
  /** Items whose text was already a stored document. */
  held: number;
  failedItems: number;
  stoppedBy: 'signal' | 'rounds' | 'idle';
}

/** Longest sleep before looking at the feed list again (feeds may be added or removed meanwhile). */
const RECHECK_MS = 60_000;

/**
 * Polls each followed feed when due (see `dueAt`: the schedule, or the backoff after failures), one
 * after another, each poll committed on its own (see `pollFeedNow`), and sleeps until the next is due.
 * Stops after `rounds`, when `signal` aborts (finishing the poll in progress), or, with `wait` false,
 * when no feed is due. Throws InvalidInput when no feed is followed at the start.
 */
export async function watchFeeds(deps: WatchDeps, options: WatchOptions): Promise<WatchSummary> {
  const summary: WatchSummary = {
    rounds: 0,
    polls: 0,
    failedPolls: 0,
    ingested: 0,
    held: 0,
    failedItems: 0,
    stoppedBy: 'rounds',
  };
  const { schedule, signal } = options;
  let first = true;
  while (options.rounds === null || summary.rounds < options.rounds) {
    if (signal.aborted) {
      summary.stoppedBy = 'signal';
      break;
    }
    const feeds = await deps.store.feeds.listFeeds();
    if (feeds.length === 0 && first) {
      throw new InvalidInput('no feeds to watch: follow one first with claimlog feeds add URL');
    }
    first = false;
    const now = deps.clock().getTime();
    const due = feeds.filter((feed) => dueAt(feed.state, schedule) <= now);
    if (due.length === 0) {
      if (!options.wait) {
        summary.stoppedBy = 'idle';
        break;
      }
      const next = Math.min(...feeds.map((feed) => dueAt(feed.state, schedule)), now + RECHECK_MS);
      options.onWait?.(new Date(next));
      await deps.sleep(Math.max(0, next - now), signal);
      continue;
    }
    for (const feed of due) {
      if (signal.aborted) break;
      const report = await pollFeedNow(feed, deps, schedule);
      await deps.afterPoll?.();
      summary.polls += 1;
      if (report.outcome === 'failed') summary.failedPolls += 1;
      for (const item of report.items) {
        if (item.status === 'ingested') summary.ingested += 1;
        else if (item.status === 'held') summary.held += 1;
        else summary.failedItems += 1;
      }
      options.onPoll?.(report);
    }
    summary.rounds += 1;
  }
  return summary;
}
