// Syndication on the demo corpus: its relayed reports are recognised as copies, credited, and counted once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { independentOrigins, type OriginInput } from '../../src/ingest/syndication/independent-origins.js';
import { NearDuplicateIndex } from '../../src/ingest/syndication/near-duplicate-index.js';
import { relayedOutlets } from '../../src/ingest/syndication/stated-relays.js';

interface Report {
  id: string;
  publishedAt: string;
  outlet: string;
  text: string;
}

const reports = readFileSync(new URL('../../demo/corpus/reports.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Report)
  .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));

describe('syndication on the demo corpus', () => {
  const index = new NearDuplicateIndex();
  const records: OriginInput[] = reports.map((r) => {
    const copy = index.findCopyOf(r.text);
    index.add(r.id, r.text);
    return { id: r.id, outlet: r.outlet, copyOf: copy?.id ?? null, relayedFrom: relayedOutlets(r.text) };
  });
  const copies = Object.fromEntries(records.filter((r) => r.copyOf !== null).map((r) => [r.id, r.copyOf]));

  it('marks each relayed report, and only those, as a copy of its original', () => {
    expect(copies).toEqual({
      'pacific-ledger-2024-10-18-nis-relay': 'yonhap-2024-10-18-nis-special-forces',
      'nordic-observer-2025-01-13-afp-relay': 'afp-2025-01-12-sbu-interrogation',
      'pacific-ledger-2025-04-28-reuters-relay': 'reuters-2025-04-28-north-korea-confirms',
    });
  });

  it('credits the agency each relay names', () => {
    const credited = (id: string): readonly string[] => records.find((r) => r.id === id)?.relayedFrom ?? [];
    expect(credited('pacific-ledger-2024-10-18-nis-relay')).toContain('Yonhap');
    expect(credited('nordic-observer-2025-01-13-afp-relay')).toEqual(['AFP']);
    expect(credited('pacific-ledger-2025-04-28-reuters-relay')).toContain('Reuters');
  });

  it('counts a wire report and its relay as one origin', () => {
    const pair = records.filter(
      (r) => r.id.startsWith('afp-2025-01-12') || r.id.startsWith('nordic-observer-2025-01-13'),
    );
    expect(independentOrigins(pair)).toEqual({
      count: 1,
      origins: [{ key: 'outlet:AFP', documentIds: pair.map((r) => r.id) }],
    });
  });
});
