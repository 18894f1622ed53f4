import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { contentId } from '../link/content-id.js';
import type { Claim, LinkResult } from '../link/proposition.js';
import { applyDecisions, type AnalystDecision } from './analyst-decisions.js';

function claim(id: string): Claim {
  return {
    id,
    kind: 'statement',
    documentId: 'd',
    logIndex: 0,
    publishedAt: '2025-01-01',
    knownOn: '2025-01-01',
    on: '2025-01-01',
    speaker: { text: 'x', actor: 'ua' },
    outlet: null,
    stance: 'assert',
    evidenceKind: null,
    hedged: false,
    text: id,
    start: 0,
    end: 1,
    parent: null,
  };
}

const base: LinkResult = {
  claims: [claim('c1'), claim('c2'), claim('c3')],
  propositions: ['p1', 'p2'].map((id) => ({
    id,
    text: `text of ${id}`,
    predicate: 'other' as const,
    party: null,
    place: null,
    foundedBy: id === 'p1' ? 'c1' : 'c3',
    mergedInto: null,
    priority: null,
  })),
  links: (
    [
      ['c1', 'p1', 'new', 1],
      ['c2', 'p1', 'match', 0.6],
      ['c3', 'p2', 'new', 1],
    ] as const
  ).map(([claimId, propositionId, basis, score]) => ({
    id: contentId('l', claimId, propositionId),
    claimId,
    propositionId,
    polarity: 'supports' as const,
    state: 'suggested' as const,
    basis,
    score,
  })),
};
const by = { by: 'ana', reason: 'checked the source', on: '2025-02-01' };

describe('applyDecisions', () => {
  it('confirms, rejects and adds links, leaving the input untouched', () => {
    const decisions: AnalystDecision[] = [
      { kind: 'link-reject', claimId: 'c2', propositionId: 'p1', ...by },
      { kind: 'link-confirm', claimId: 'c3', propositionId: 'p1', polarity: 'disputes', ...by },
    ];
    const { result } = applyDecisions(base, decisions);
    expect(result.links.find((l) => l.claimId === 'c2')?.state).toBe('rejected');
    expect(result.links.find((l) => l.claimId === 'c3' && l.propositionId === 'p1')).toMatchObject({
      state: 'confirmed',
      polarity: 'disputes',
      basis: 'analyst',
    });
    expect(base.links.every((l) => l.state === 'suggested')).toBe(true);
  });

  it('merges one proposition into another and splits claims out into a new one', () => {
    const merged = applyDecisions(base, [
      { kind: 'merge', propositionIds: ['p2'], into: 'p1', ...by },
    ]).result;
    expect(merged.propositions.find((p) => p.id === 'p2')?.mergedInto).toBe('p1');
    expect(
      merged.links
        .filter((l) => l.propositionId === 'p1')
        .map((l) => l.claimId)
        .sort(),
    ).toEqual(['c1', 'c2', 'c3']);

    const split = applyDecisions(base, [
      { kind: 'split', propositionId: 'p1', claimIds: ['c2'], text: 'a narrower claim', ...by },
    ]).result;
    const created = split.propositions.find((p) => p.text === 'a narrower claim');
    expect(split.links.find((l) => l.claimId === 'c2')).toMatchObject({
      propositionId: created?.id,
      state: 'confirmed',
    });
  });

  it('turns a status decision into an override, and applies only decisions made by the as-of day', () => {
    const decision: AnalystDecision = {
      kind: 'status-set',
      propositionId: 'p1',
      status: 'refuted',
      from: '2025-01-20',
      ...by,
    };
    expect(applyDecisions(base, [decision]).overrides.get('p1')).toEqual([
      { from: '2025-01-20', status: 'refuted', by: 'ana', reason: 'checked the source' },
    ]);
    expect(applyDecisions(base, [decision], '2025-01-31').overrides.size).toBe(0);
  });

  it('names the decision that refers to something unknown', () => {
    expect(() =>
      applyDecisions(base, [{ kind: 'merge', propositionIds: ['nope'], into: 'p1', ...by }]),
    ).toThrow(InvalidInput);
    expect(() =>
      applyDecisions(base, [{ kind: 'link-reject', claimId: 'c9', propositionId: 'p1', ...by }]),
    ).toThrow(/decision 1 \(link-reject by ana\): expected an existing claim id, found "c9"/);
  });
});
