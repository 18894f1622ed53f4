import { describe, expect, it } from 'vitest';
import { createSideMap } from '../link/actor-sides.js';
import type { Polarity } from '../link/proposition.js';
import type { EvidenceKind } from '../extract/evidence/evidence-event.js';
import { statusHistory, type StatusInput, type StatusSubject } from './status-history.js';

const sides = createSideMap();

function word(
  on: string,
  actor: string,
  polarity: Polarity,
  evidenceKind: EvidenceKind | null = null,
): StatusInput {
  const origin = sides.origin(actor);
  return {
    on,
    polarity,
    origin,
    side: sides.side(actor),
    name: actor,
    evidenceKind,
    what: `${actor} on ${on}`,
  };
}

const about = (origin: string | null): StatusSubject => ({ origin, side: sides.side(origin) });
const path = (history: ReturnType<typeof statusHistory>): string[] =>
  history.map((h) => `${h.from} ${h.status}`);

describe('statusHistory: an allegation against a party', () => {
  const inputs = [
    word('2024-10-18', 'kr-nis', 'supports'),
    word('2024-10-21', 'kp', 'disputes'),
    word('2024-11-02', 'us-pentagon', 'supports'),
    word('2025-01-11', 'ua-sbu', 'supports', 'physical evidence'),
    word('2025-04-26', 'ru-gerasimov', 'supports'),
    word('2025-04-27', 'kp-wpk-cmc', 'supports'),
  ];

  it('is alleged while one side says it and the accused denies it, however many on that side repeat it', () => {
    expect(path(statusHistory(inputs.slice(0, 3), about('kp')))).toEqual(['2024-10-18 alleged']);
  });

  it('is corroborated by physical evidence, and confirmed by the accused party’s own admission', () => {
    expect(path(statusHistory(inputs, about('kp')))).toEqual([
      '2024-10-18 alleged',
      '2025-01-11 corroborated',
      '2025-04-27 confirmed',
    ]);
  });

  it('is confirmed by an ally’s acknowledgement only when the accused does not deny it', () => {
    const allyOnly = [
      word('2024-10-18', 'kr-nis', 'supports'),
      word('2025-04-26', 'ru-gerasimov', 'supports'),
    ];
    expect(path(statusHistory(allyOnly, about('kp')))).toEqual([
      '2024-10-18 alleged',
      '2025-04-26 confirmed',
    ]);
    const denied = [word('2024-10-21', 'kp', 'disputes'), ...allyOnly];
    expect(path(statusHistory(denied, about('kp'))).pop()).toBe('2025-04-26 corroborated');
  });

  it('counts a month-precise word from the end of its month, so a dated one in that month comes first', () => {
    const history = statusHistory(
      [
        word('2024-10-18', 'kr-nis', 'supports'),
        word('2025-01', 'ua', 'supports', 'physical evidence'),
        word('2025-01-11', 'ua-sbu', 'supports', 'physical evidence'),
        word('2025-04', 'kp', 'supports'),
      ],
      about('kp'),
    );
    expect(path(history)).toEqual(['2024-10-18 alleged', '2025-01-11 corroborated', '2025-04 confirmed']);
  });

  it('reads an admission and a reported old denial dated the same day as an admission', () => {
    const history = statusHistory(
      [
        word('2024-10-18', 'kr-nis', 'supports'),
        word('2025-04-27', 'kp', 'supports'),
        word('2025-04-27', 'kp', 'disputes'),
      ],
      about('kp'),
    );
    expect(history.pop()?.status).toBe('confirmed');
  });
});

describe('statusHistory: repeated words', () => {
  it('reads the same, reasons included, however often each word is repeated in between', () => {
    const inputs = [
      word('2024-10-18', 'kr-nis', 'supports'),
      word('2024-10-21', 'kp', 'disputes'),
      word('2024-10-21', 'ru-kremlin', 'disputes'),
      word('2025-01-11', 'ua-sbu', 'supports', 'physical evidence'),
      word('2025-04-27', 'kp', 'supports'),
    ];
    const repeated = [...inputs, ...inputs.slice().reverse(), ...inputs].map((i) => ({ ...i }));
    expect(statusHistory(repeated, about('kp'))).toEqual(statusHistory(inputs, about('kp')));
  });
});

describe('statusHistory: a party’s claim about itself', () => {
  it('is single-source while only its side says it, contested once the other side disputes it', () => {
    const history = statusHistory(
      [
        word('2025-04-26', 'ru-gerasimov', 'supports'),
        word('2025-04-26', 'kp', 'supports'),
        word('2025-04-27', 'ua-general-staff', 'disputes'),
      ],
      about(null),
    );
    expect(path(history)).toEqual(['2025-04-26 single-source', '2025-04-27 contested']);
    expect(history[1]?.why).toMatch(/disputed by ua-general-staff/);
  });

  it('is corroborated when another side confirms it, confirmed by three sides', () => {
    const history = statusHistory(
      [
        word('2025-01-01', 'ua', 'supports'),
        word('2025-01-02', 'ru', 'supports'),
        word('2025-01-03', 'un', 'supports'),
      ],
      about(null),
    );
    expect(path(history)).toEqual([
      '2025-01-01 single-source',
      '2025-01-02 corroborated',
      '2025-01-03 confirmed',
    ]);
  });

  it('is refuted when the only side that asserted it retracts', () => {
    const history = statusHistory(
      [word('2025-03-01', 'ua', 'supports'), word('2025-03-09', 'ua', 'disputes')],
      about(null),
    );
    expect(path(history)).toEqual(['2025-03-01 single-source', '2025-03-09 refuted']);
  });

  it('is denied when nobody asserts it', () => {
    expect(path(statusHistory([word('2025-03-01', 'kp', 'disputes')], about('kp')))).toEqual([
      '2025-03-01 denied',
    ]);
  });

  it('ignores speakers of unknown side for corroboration and contest', () => {
    const history = statusHistory(
      [
        word('2025-01-01', 'ru', 'supports'),
        { ...word('2025-01-02', 'someone', 'disputes'), origin: null, side: 'unknown' },
      ],
      about(null),
    );
    expect(path(history)).toEqual(['2025-01-01 single-source']);
  });
});

describe('statusHistory: analyst overrides', () => {
  it('wins from its day, with the analyst’s reason, until handed back to the rules', () => {
    const inputs = [word('2025-01-01', 'ua', 'supports'), word('2025-02-01', 'ru', 'supports')];
    const history = statusHistory(inputs, about(null), [
      { from: '2025-01-15', status: 'refuted', by: 'ana', reason: 'the footage was staged' },
      { from: '2025-03-01', status: null, by: 'ana', reason: 'new evidence' },
    ]);
    expect(path(history)).toEqual([
      '2025-01-01 single-source',
      '2025-01-15 refuted',
      '2025-03-01 corroborated',
    ]);
    expect(history[1]?.why).toBe('set by ana: the footage was staged');
  });
});
