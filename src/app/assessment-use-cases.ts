// The assessment use cases the CLI and the HTTP API call: propositions, timelines, sources, priority,
// similar claims — each answered now or as of a day — and assessment at ingest.

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PropositionRow, Timeline } from '../assess/assessment.js';
import type { SourceOutcome, SourceRecord } from '../assess/track-records.js';
import { InvalidInput, NotFound } from '../domain/errors.js';
import type { FramingProfile } from '../extract/framing/framing-profile.js';
import { ensureAsOfView } from './as-of-view.js';
import { assessBatch, type BatchDocument } from './assess-batch.js';
import { viewKey, type AsOf } from './assessment-ports.js';
import type { AssessmentParts } from './assessment-parts.js';
import { AnalystActions } from './analyst-actions.js';
import { firstSupport, type FirstAnswer } from './first-support.js';
import { LinkingSession } from './linking-session.js';
import type { LogUseCases } from './log-use-cases.js';
import { assessSubset, readDecidedSubset } from './materialize-propositions.js';
import type { Store } from './ports.js';
import { resolveId } from './resolve-id.js';
import {
  buildSimilarityIndex,
  similarClaims,
  type SimilarAnswer,
  type SimilarityIndex,
} from './similar-claims.js';

/** A source's record with its framing profile, and with `--id`, its outcome on each proposition. */
export interface SourceRow extends SourceRecord {
  framing: FramingProfile | null;
  outcomes?: (Omit<SourceOutcome, 'kind' | 'source'> & { text: string })[];
}

/** `timeline ID`: the contract's fields, and the view's day. */
export interface TimelineAnswer extends Timeline {
  asOf: string | null;
}

export interface AssessmentDeps {
  store: Store;
  parts: AssessmentParts;
  /** The log: decisions become leaves, and `first` proves documents. */
  log: LogUseCases;
  /**
   * Only when this process is the store's sole writer (the embedded database, locked to it) and every
   * write that changes assessment runs in a transaction of `store`: how many of those transactions have
   * ended. The version is then re-read only after one ended, so a read that finds its answer cached
   * does not wait behind a transaction in progress.
   */
  transactionsEnded?: () => number;
  /**
   * Only for the sole writer (as `transactionsEnded`): the version its last committed transaction left
   * (null before the first), so answering a cached read needs no query at all.
   */
  committedVersion?: () => number | null;
}

/** Documents assessed per transaction when catching up on documents stored before assessment existed. */
const CATCH_UP_BATCH = 100;
/** Timelines kept for repeated requests (the most recently asked). */
const TIMELINES_HELD = 64;
/** Of those, how many are read again as soon as a commit moves the version (see refreshTimelines). */
const TIMELINES_REFRESHED = 8;

/** A timeline answered at a store version: what was asked, and the answer (shared by concurrent askers). */
interface HeldTimeline {
  version: number;
  id: string;
  asOf: AsOf | null;
  answer: Promise<TimelineAnswer>;
}

export class AssessmentUseCases {
  readonly session: LinkingSession;
  /** Analyst decisions: confirm or reject links, set statuses, merge and split propositions. */
  readonly actions: AnalystActions;
  private caughtUp: Promise<void> | null = null;
  private similarity: { version: number; index: Promise<SimilarityIndex> } | null = null;
  /** Timelines answered at a store version, by proposition and view; concurrent askers share one read. */
  private readonly timelines = new Map<string, HeldTimeline>();
  /** Full proposition ids already asked for: they name themselves forever (propositions are never deleted). */
  private readonly knownIds = new Set<string>();
  private readonly versionListeners: ((version: number) => Promise<void>)[] = [];
  private caughtUpAll = false;
  /** The version last read, with the count of ended transactions before it (see transactionsEnded). */
  private lastVersion: { ended: number; version: number } | null = null;

  constructor(private readonly deps: AssessmentDeps) {
    this.session = new LinkingSession(deps.parts);
    this.actions = new AnalystActions(deps);
  }

  get parts(): AssessmentParts {
    return this.deps.parts;
  }

  /**
   * The ingest hook (IngestDeps.assessBatch): assesses a batch in its transaction. Call `catchUp` before
   * ingesting (it runs its own transactions, which must not wait on the batch's).
   */
  async assessStored(store: Store, batch: readonly BatchDocument[]): Promise<void> {
    await assessBatch(store, batch, this.session, this.deps.parts);
  }

  /** Assesses documents just stored in `store`'s transaction, reading them back by id (feed polls). */
  async assessIds(store: Store, ids: readonly string[]): Promise<void> {
    await assessBatch(store, await readBatch(store, ids), this.session, this.deps.parts);
  }

  /**
   * Assesses documents stored before assessment existed (or by a process without it), once per
   * process: in batches, each in its own transaction.
   */
  catchUp(): Promise<void> {
    this.caughtUp ??= (async () => {
      const { store } = this.deps;
      for (;;) {
        const ids = await store.assessment.linker.unassessedDocuments(CATCH_UP_BATCH);
        if (ids.length === 0) {
          this.caughtUpAll = true;
          return;
        }
        await store.transaction(async (tx) =>
          assessBatch(tx, await readBatch(tx, ids), this.session, this.deps.parts),
        );
      }
    })();
    this.caughtUp.catch(() => (this.caughtUp = null));
    return this.caughtUp;
  }

  /**
   * The store's assessment version once documents stored without assessment are assessed: every write
   * that can change a proposition, timeline or track record (a linked batch, an analyst decision) moves
   * it, so an answer read at this version, or later, stays right until it moves.
   */
  async version(): Promise<number> {
    await this.catchUp();
    const committed = this.deps.committedVersion?.();
    if (committed !== undefined && committed !== null) return committed;
    // Counted before the read: a transaction ending during the read makes the next call read again.
    const ended = this.deps.transactionsEnded?.();
    if (ended !== undefined && this.lastVersion?.ended === ended) return this.lastVersion.version;
    const version = await this.deps.store.assessment.linker.version();
    if (ended !== undefined) this.lastVersion = { ended, version };
    return version;
  }

  /** Every live proposition with its status, first support and counts, by first support then id. */
  async propositions(asOf: AsOf | null): Promise<PropositionRow[]> {
    await this.view(asOf);
    return this.deps.store.assessment.views.listPropositions(asOf);
  }

  /**
   * A proposition's status history, statements (in date order) and evidence, as of a day or now. `id`
   * may be a unique prefix. Throws NotFound when it names no proposition, or one merged into another or
   * not yet known by that day (the message says which).
   */
  async timeline(id: string, asOf: AsOf | null): Promise<TimelineAnswer> {
    await this.catchUp();
    const full = this.knownIds.has(id)
      ? id
      : await resolveId(this.deps.store.assessment.linked, 'proposition', id);
    // Every write that can change a timeline (a linked batch, a decision) moves the store's version, so
    // an answer read at this version, or later, stays right until it moves.
    const version = await this.version();
    const key = `${full} ${viewKey(asOf)}`;
    const held = this.timelines.get(key);
    if (held && held.version >= version) return held.answer;
    const answer = this.hold(key, {
      version,
      id: full,
      asOf,
      answer: this.readTimeline(this.deps.store, full, asOf),
    });
    if (full === id && this.knownIds.size < TIMELINES_HELD * 16) this.knownIds.add(full);
    return answer;
  }

  /**
   * For the sole writer, after a commit of this process moved the version and before readers are told
   * of it: reads the most recently asked timelines again at `version`, in one transaction, then runs
   * the steps added by `onVersionCommitted`. Requests at the new version then find their answers read,
   * instead of waiting for the next write transaction to end before they can read.
   */
  async versionCommitted(version: number): Promise<void> {
    // Catching up commits too, and answers wait for it to finish: nothing is held, or refreshable, before.
    if (!this.caughtUpAll) return;
    await this.refreshTimelines(version);
    for (const listener of this.versionListeners) await listener(version).catch(() => undefined);
  }

  /** Adds a step to `versionCommitted` (an HTTP answer cache making its answers again). */
  onVersionCommitted(listener: (version: number) => Promise<void>): void {
    this.versionListeners.push(listener);
  }

  private async refreshTimelines(version: number): Promise<void> {
    const stale = [...this.timelines]
      .slice(-TIMELINES_REFRESHED)
      .filter(([, held]) => held.version < version);
    if (stale.length === 0) return;
    const read = await this.deps.store
      .transaction(async (tx) => {
        const answers = new Map<string, TimelineAnswer>();
        for (const [key, held] of stale) {
          await nextTurn();
          // One that fails now (merged away meanwhile) is read again, and fails, when asked.
          const answer = await this.readTimeline(tx, held.id, held.asOf).catch(() => null);
          if (answer !== null) answers.set(key, answer);
        }
        return answers;
      })
      .catch(() => new Map<string, TimelineAnswer>());
    // The held answers served requests meanwhile; a request that read a newer version holds a newer one.
    for (const [key, held] of stale) {
      const answer = read.get(key);
      if (answer !== undefined && this.timelines.get(key) === held)
        void this.hold(key, { ...held, version, answer: Promise.resolve(answer) });
    }
  }

  /** Holds `entry` as the most recently asked under `key` (forgotten if it fails); returns its answer. */
  private hold(key: string, entry: HeldTimeline): Promise<TimelineAnswer> {
    this.timelines.delete(key);
    this.timelines.set(key, entry);
    if (this.timelines.size > TIMELINES_HELD) {
      const oldest = this.timelines.keys().next().value;
      if (oldest !== undefined) this.timelines.delete(oldest);
    }
    entry.answer.catch(() => {
      if (this.timelines.get(key) === entry) this.timelines.delete(key);
    });
    return entry.answer;
  }

  private async readTimeline(store: Store, full: string, asOf: AsOf | null): Promise<TimelineAnswer> {
    const subset = await readDecidedSubset(store, [full], asOf, undefined, this.session.subsets);
    const view = assessSubset(subset, this.deps.parts, asOf);
    const timeline = view.timeline(full);
    if (timeline === null) throw await this.notLive(store, full, asOf);
    // The current history is materialized at ingest; an as-of history is derived from what was known then.
    const status = asOf === null ? await store.assessment.views.statusHistory(full) : timeline.status;
    return { ...timeline, status, asOf: asOf?.day ?? null };
  }

  /**
   * Every source's track record with its framing profile, as of a day or now; with `id` (an actor id or
   * outlet), that source alone with its outcome on each proposition (current view only).
   */
  async sources(asOf: AsOf | null, id?: string): Promise<SourceRow[]> {
    await this.view(asOf);
    const rows: SourceRow[] = await this.deps.store.assessment.views.listSources(asOf, id);
    if (id === undefined) return rows;
    if (rows.length === 0) throw new NotFound(`no source "${id}" has statements or outcomes`);
    if (asOf !== null) return rows;
    for (const row of rows) {
      const outcomes = await this.deps.store.assessment.views.outcomesOf(row.kind, row.id);
      const texts = new Map(
        (await this.deps.store.assessment.linked.propositions(outcomes.map((o) => o.propositionId))).map(
          (p) => [p.id, p.text],
        ),
      );
      row.outcomes = outcomes.map(({ propositionId, outcome, leadDays }) => ({
        propositionId,
        text: texts.get(propositionId) ?? '',
        outcome,
        leadDays,
      }));
    }
    return rows;
  }

  /** See firstSupport: the earliest logged supporting document, a priority verdict, and a proof. */
  async first(id: string, asOf: AsOf | null): Promise<FirstAnswer> {
    await this.catchUp();
    return firstSupport(this.deps.store, this.deps.log, this.deps.parts, id, asOf);
  }

  /**
   * The `k` earlier propositions and statements most similar to `text` (see similarClaims). The current
   * index is built once per process and rebuilt when the store has moved on; an as-of one each time.
   */
  async similar(text: string, k: number, asOf: AsOf | null): Promise<SimilarAnswer> {
    if (text.trim() === '') throw new InvalidInput('expected a text to compare, found an empty one');
    await this.catchUp();
    const { store } = this.deps;
    let index: Promise<SimilarityIndex>;
    if (asOf === null) {
      const version = await store.assessment.linker.version();
      if (this.similarity?.version !== version) {
        this.similarity = { version, index: buildSimilarityIndex(store, null) };
        this.similarity.index.catch(() => (this.similarity = null));
      }
      index = this.similarity.index;
    } else {
      index = buildSimilarityIndex(store, asOf);
    }
    const rows = await this.propositions(asOf);
    const statuses = new Map(rows.map((r) => [r.id, r]));
    return similarClaims(store, await index, text, k, statuses, asOf);
  }

  /** Makes sure a view exists: the current one is kept at ingest; an as-of one is computed once. */
  private async view(asOf: AsOf | null): Promise<void> {
    await this.catchUp();
    if (asOf !== null) await ensureAsOfView(this.deps.store, asOf, this.deps.parts);
  }

  private async notLive(store: Store, id: string, asOf: AsOf | null): Promise<NotFound> {
    const [p] = await store.assessment.linked.propositions([id]);
    if (p?.mergedInto) return new NotFound(`proposition ${id} was merged into ${p.mergedInto}`);
    if (asOf !== null) return new NotFound(`proposition ${id} was not yet known on ${asOf.day}`);
    return new NotFound(`proposition ${id} has no live statements or evidence`);
  }
}

/** Stored documents with what was extracted from them, in the order of `ids` (those stored). */
async function readBatch(store: Store, ids: readonly string[]): Promise<BatchDocument[]> {
  const batch: BatchDocument[] = [];
  for (const id of ids) {
    const document = await store.documents.getDocument(id);
    const extraction = await store.documents.getExtraction(id);
    if (document && extraction) batch.push({ document, extraction });
  }
  return batch;
}
