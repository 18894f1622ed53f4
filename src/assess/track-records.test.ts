import { describe, expect, it } from 'vitest';
import { outcomeOf, trackRecords, type Position, type Resolution } from './track-records.js';

const at = (source: string, propositionId: string, polarity: Position['polarity'], on: string): Position => ({
  source,
  kind: 'actor',
  propositionId,
  polarity,
  on,
});

const resolutions = new Map<string, Resolution>([
  ['troops', { status: 'confirmed', resolvedOn: '2025-04-27' }],
  ['hoax', { status: 'refuted', resolvedOn: '2025-02-01' }],
  ['open', { status: 'contested', resolvedOn: null }],
]);

describe('outcomeOf', () => {
  it('is right when every word agreed with what was established', () => {
    expect(outcomeOf([at('a', 'troops', 'supports', '2024-10-18')], resolutions.get('troops'))).toBe('right');
    expect(outcomeOf([at('a', 'hoax', 'disputes', '2024-12-01')], resolutions.get('hoax'))).toBe('right');
  });

  it('is reversed when the first word was wrong and the latest right (denied, then admitted)', () => {
    const positions = [
      at('kp', 'troops', 'disputes', '2024-10-21'),
      at('kp', 'troops', 'supports', '2025-04-27'),
    ];
    expect(outcomeOf(positions, resolutions.get('troops'))).toBe('reversed');
  });

  it('is wrong when the latest word is wrong, and pending while nothing is settled', () => {
    expect(outcomeOf([at('a', 'troops', 'disputes', '2024-10-21')], resolutions.get('troops'))).toBe('wrong');
    expect(outcomeOf([at('a', 'open', 'supports', '2025-04-26')], resolutions.get('open'))).toBe('pending');
  });
});

describe('trackRecords', () => {
  const positions = [
    at('kr-nis', 'troops', 'supports', '2024-10-18'),
    at('kr-nis', 'hoax', 'disputes', '2024-12-01'),
    at('kr-nis', 'open', 'supports', '2025-04-26'),
    at('kp', 'troops', 'disputes', '2024-10-21'),
    at('kp', 'troops', 'supports', '2025-04-27'),
  ];
  const statements = {
    actor: new Map([
      ['kr-nis', 7],
      ['kp', 4],
    ]),
  };
  const rows = trackRecords(positions, statements, resolutions, {
    'kr-nis': 'National Intelligence Service',
  });

  it('counts outcomes per source and names it', () => {
    expect(rows.find((r) => r.id === 'kr-nis')).toMatchObject({
      name: 'National Intelligence Service',
      statements: 7,
      right: 2,
      wrong: 0,
      reversed: 0,
      pending: 1,
    });
    expect(rows.find((r) => r.id === 'kp')).toMatchObject({ right: 0, reversed: 1, pending: 0 });
  });

  it('gives accuracy as a Beta posterior with an interval, counting a reversal against it', () => {
    expect(rows.find((r) => r.id === 'kr-nis')?.accuracy).toEqual({ mean: 0.75, low: 0.2924, high: 0.9916 });
    expect(rows.find((r) => r.id === 'kp')?.accuracy.mean).toBeCloseTo(1 / 3, 4);
  });

  it('measures the lead from the first supporting word to the confirmation', () => {
    expect(rows.find((r) => r.id === 'kr-nis')?.medianLeadDays).toBe(191);
    expect(rows.find((r) => r.id === 'kp')?.medianLeadDays).toBeNull();
  });
});
