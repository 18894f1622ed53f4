import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, propositionRow } from '../assess/assessment.js';
import type { LinkResult } from '../link/proposition.js';
import type { AssessmentParts } from './assessment-parts.js';
import { DEMO_CORPUS } from '../cli/demo-command.js';
import type { Store } from './ports.js';
import { openTestClaimlog, type TestClaimlog } from '../../test/support/test-claimlog.js';
import { testDialects } from '../../test/support/databases.js';

/** A subset in a fixed order, so two answers compare by content. */
function sorted(result: LinkResult): LinkResult {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return { claims: byId(result.claims), propositions: byId(result.propositions), links: byId(result.links) };
}

describe.each(testDialects())('PropositionSubsetCache (%s)', (dialect) => {
  let test: TestClaimlog;
  beforeAll(async () => {
    test = await openTestClaimlog(dialect);
    // Small batches: later batches link to propositions the cache already holds.
    await test.claimlog.ingest([DEMO_CORPUS], { batchSize: 7 });
  }, 120_000);
  afterAll(() => test.drop());

  const answers = async (): Promise<{ cached: LinkResult; stored: LinkResult; ids: string[] }> => {
    const { assessment } = test.claimlog;
    const ids = (await assessment.propositions(null)).map((r) => r.id);
    const store = (assessment as unknown as { deps: { store: Store } }).deps.store;
    const cached = await assessment.session.subsets.subset(store, ids);
    const stored = await store.assessment.linked.subset(ids, null);
    return { cached: sorted(cached), stored: sorted(stored), ids };
  };

  it('answers what the store holds after batches were linked', async () => {
    const { cached, stored, ids } = await answers();
    expect(ids.length).toBeGreaterThan(5);
    expect(stored.links.length).toBeGreaterThan(ids.length);
    expect(cached).toEqual(stored);
    // Read again: now every proposition comes from memory.
    expect((await answers()).cached).toEqual(stored);
  });

  it('keeps digests that, folded batch by batch, give what assessing the stored links gives', async () => {
    const { assessment } = test.claimlog;
    const ids = (await assessment.propositions(null)).map((r) => r.id);
    const { store, parts } = (assessment as unknown as { deps: { store: Store; parts: AssessmentParts } })
      .deps;
    const digested = (await assessment.session.subsets.digests(store, ids, parts.sides)) ?? [];
    const view = assess(await store.assessment.linked.subset(ids, null), { sides: parts.sides });
    expect(digested.map((d) => d.id)).toEqual(ids);
    for (const { id, proposition, digest } of digested) {
      const history = digest.statusHistory(proposition?.party ?? null, []);
      expect(history).toEqual(view.statusHistory(id));
      expect(digest.outcomes(view.resolution(id))).toEqual(view.outcomes(id));
      expect(proposition && propositionRow(proposition, digest, history)).toEqual(
        view.propositions().find((r) => r.id === id),
      );
    }
    expect(digested.some((d) => d.digest.supports + d.digest.disputes > 7)).toBe(true);
  });

  it('does not serve what a decision changed', async () => {
    const { assessment } = test.claimlog;
    const [first, second] = await assessment.propositions(null);
    await assessment.actions.merge([first?.id ?? '', second?.id ?? ''], {
      by: 'tester',
      reason: 'same event',
    });
    const { cached, stored } = await answers();
    expect(cached).toEqual(stored);
  });
});
