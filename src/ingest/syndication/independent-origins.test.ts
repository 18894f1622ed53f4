import { describe, expect, it } from 'vitest';
import { independentOrigins, type OriginInput } from './independent-origins.js';

const doc = (
  id: string,
  outlet: string | null,
  copyOf: string | null = null,
  relayedFrom: string[] = [],
): OriginInput => ({
  id,
  outlet,
  copyOf,
  relayedFrom,
});

describe('independentOrigins', () => {
  it('counts a wire story and its relays and copies as one origin', () => {
    const result = independentOrigins([
      doc('w', 'Reuters'),
      doc('r1', 'Daily A', null, ['Reuters']),
      doc('r2', 'Daily B', 'w'),
      doc('r3', 'Daily C', 'r2'),
      doc('own', 'Daily D'),
    ]);
    expect(result.count).toBe(2);
    expect(result.origins).toEqual([
      { key: 'outlet:Reuters', documentIds: ['w', 'r1', 'r2', 'r3'] },
      { key: 'outlet:Daily D', documentIds: ['own'] },
    ]);
  });

  it('treats aliases of one agency, an outlet crediting itself and two reports by one outlet as one origin', () => {
    const result = independentOrigins([
      doc('a', 'Yonhap News Agency'),
      doc('b', 'Herald', null, ['Yonhap']),
      doc('c', 'Yonhap', null, ['Yonhap']),
    ]);
    expect(result.count).toBe(1);
  });

  it('puts a document relaying two outlets under both, and handles unknown outlets and copy cycles', () => {
    const result = independentOrigins([
      doc('x', 'Paper', null, ['TASS', 'AFP']),
      doc('y', null),
      doc('z', null, 'missing'),
      doc('c1', 'P1', 'c2'),
      doc('c2', 'P2', 'c1'),
    ]);
    expect(result.origins.map((o) => o.key)).toEqual([
      'outlet:TASS',
      'outlet:AFP',
      'document:y',
      'document:missing',
      'outlet:P1',
    ]);
  });
});
