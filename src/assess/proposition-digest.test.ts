import { describe, expect, it } from 'vitest';
import { createSideMap } from '../link/actor-sides.js';
import type { Claim, Link, Polarity, Proposition } from '../link/proposition.js';
import { firstActorIn } from '../link/concept-spans.js';
import { compareDates } from '../link/partial-date.js';
import { propositionRow, resolutionFrom } from './assessment.js';
import { PropositionDigest, speakerOrigins } from './proposition-digest.js';
import { positionsOf } from './source-positions.js';
import { statusHistory, type StatusInput } from './status-history.js';
import { sourceOutcomes } from './track-records.js';

const sides = createSideMap();

const proposition: Proposition = {
  id: 'p-troops',
  text: 'North Korean troops are in Kursk',
  predicate: 'deploy',
  party: 'kp',
  place: null,
  foundedBy: 'c0',
  mergedInto: null,
  priority: null,
};

function said(n: number, on: string | null, actor: string, polarity: Polarity, outlet: string | null = null) {
  const claim: Claim = {
    id: `c${n}`,
    kind: 'statement',
    documentId: `d${n}`,
    logIndex: n,
    publishedAt: on,
    knownOn: on ?? '2025-05-01',
    on,
    speaker: { text: actor, actor },
    outlet,
    stance: polarity === 'supports' ? 'assert' : 'deny',
    evidenceKind: null,
    hedged: false,
    text: `words of ${actor}`,
    start: 0,
    end: 10,
    parent: null,
  };
  const link: Link = {
    id: `l${n}`,
    claimId: claim.id,
    propositionId: proposition.id,
    polarity,
    state: 'suggested',
    basis: n === 3 ? 'contradiction' : 'match',
    score: 0.9,
  };
  return { claim, link };
}

// Repeats, an undated word, a contradiction dated before the first support, an outlet's own voice, and
// later batches reporting earlier words.
const batches = [
  [said(0, '2024-10-18', 'kr-nis', 'supports'), said(1, '2024-10-21', 'kp', 'disputes')],
  [
    said(2, '2024-10-18', 'kr-nis', 'supports'),
    said(3, '2024-10-01', 'ru', 'disputes'),
    said(4, null, 'ua', 'supports'),
  ],
  [
    said(5, '2024-10', 'yonhap', 'supports', 'yonhap'),
    said(6, '2025-04-27', 'kp', 'supports'),
    said(7, '2024-10-18', 'kr-nis', 'supports'),
  ],
  [said(8, '2024-10-20', 'kp', 'disputes'), said(9, '2025-04-26', 'ru', 'supports')],
];

/** The history, row and outcomes straight from all the links: every link replayed in claim date order. */
function reference(entries: readonly { link: Link; claim: Claim }[]) {
  const ordered = [...entries].sort((a, b) => compareDates(a.claim.on, b.claim.on));
  const supports = ordered.filter((e) => e.link.polarity === 'supports');
  const firstSupport = supports[0]?.claim.on ?? null;
  const inputs: StatusInput[] = ordered.flatMap(({ link, claim }) => {
    let on = claim.on ?? claim.knownOn;
    if (on === null) return [];
    if (link.basis === 'contradiction' && firstSupport !== null && compareDates(on, firstSupport) < 0)
      on = firstSupport;
    const origin = sides.origin(claim.speaker.actor) ?? firstActorIn(claim.speaker.text);
    const side = origin === null ? 'unknown' : sides.side(origin);
    const name = claim.speaker.actor ?? claim.speaker.text;
    return [{ on, polarity: link.polarity, origin, side, name, evidenceKind: null, what: claim.text }];
  });
  const history = statusHistory(inputs, { origin: 'kp', side: sides.side('kp') });
  const row = {
    id: proposition.id,
    text: proposition.text,
    status: history.at(-1)?.status ?? null,
    firstSupportedOn: supports.map((e) => e.claim.on).sort(compareDates)[0] ?? null,
    supports: supports.length,
    disputes: entries.length - supports.length,
  };
  const outcomes = sourceOutcomes(positionsOf(proposition.id, ordered, sides), resolutionFrom(history));
  return { history, row, outcomes };
}

describe('PropositionDigest', () => {
  it('folded batch by batch, gives the history, row and outcomes of replaying all the links', () => {
    const digest = new PropositionDigest(proposition.id, sides, speakerOrigins(sides));
    const seen: { link: Link; claim: Claim }[] = [];
    for (const batch of batches) {
      for (const { link, claim } of batch) digest.add(link, claim);
      seen.push(...batch);
      const expected = reference(seen);
      const history = digest.statusHistory(proposition.party, []);
      expect(history).toEqual(expected.history);
      expect(propositionRow(proposition, digest, history)).toEqual(expected.row);
      expect(digest.outcomes(resolutionFrom(history))).toEqual(expected.outcomes);
    }
    const history = digest.statusHistory(proposition.party, []);
    expect(history.at(-1)?.status).toBe('confirmed');
    expect(digest.outcomes(resolutionFrom(history)).map((o) => `${o.source} ${o.outcome}`)).toContain(
      'kp reversed',
    );
  });
});
