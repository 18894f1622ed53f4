// The questions of issue 4, answered on the demo corpus plus the seed article, through the real pipeline:
// readers → extractor → evidence events → linking → status, track records and priority.

import { beforeAll, describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../../src/assess/assessment.js';
import { linkDocuments } from '../../src/link/link-documents.js';
import type { LinkDocument, LinkResult } from '../../src/link/proposition.js';
import { demoDocuments } from './demo-corpus.js';
import { seedArticlePath, seedDocument } from './seed-document.js';

let documents: LinkDocument[];
let linked: LinkResult;
let now: Assessment;

beforeAll(async () => {
  const demo = (await demoDocuments()).map((d) => d.link);
  const seed = seedArticlePath();
  documents = seed === null ? demo : [...demo, seedDocument(seed, demo.length)];
  linked = linkDocuments(documents);
  now = assess(linked);
});

/** The live proposition of a predicate about a party (and place), with the most links. */
function find(
  view: Assessment,
  predicate: string,
  party: string | null,
  place: string | null = null,
): string {
  const candidates = linked.propositions.filter(
    (p) => p.predicate === predicate && p.party === party && (place === null || p.place === place),
  );
  const ranked = candidates
    .map((p) => ({ id: p.id, links: view.linksOf(p.id).length }))
    .sort((a, b) => b.links - a.links);
  const best = ranked[0];
  if (!best) throw new Error(`no ${predicate} proposition about ${String(party)} ${String(place)}`);
  return best.id;
}

describe('S1: North Korea denied, then admitted, and both sit in one proposition', () => {
  it('holds the 2024 denial as a dispute and the April 2025 admission as a support', () => {
    const troops = find(now, 'deploy', 'kp');
    const entries = now.linksOf(troops);
    const northKorea = (actor: string | null): boolean => actor === 'kp' || (actor ?? '').startsWith('kp-');
    const denials = entries.filter(
      (e) => northKorea(e.claim.speaker.actor) && e.link.polarity === 'disputes',
    );
    const admissions = entries.filter(
      (e) => northKorea(e.claim.speaker.actor) && e.link.polarity === 'supports',
    );
    expect(denials.some((e) => (e.claim.on ?? '').startsWith('2024-10'))).toBe(true);
    expect(admissions.some((e) => e.claim.on === '2025-04-27')).toBe(true);
  });

  it('runs from alleged through corroborated to confirmed on 2025-04-27', () => {
    const history = now.statusHistory(find(now, 'deploy', 'kp'));
    const statuses = history.map((h) => h.status);
    expect(['alleged', 'denied']).toContain(statuses[0]);
    expect(statuses).toContain('corroborated');
    expect(history[history.length - 1]).toMatchObject({ from: '2025-04-27', status: 'confirmed' });
    expect(history[history.length - 1]?.why).toMatch(/accused party admits it/);
  });

  it("shows a reversal in North Korea's track record", () => {
    const northKorea = now.sources().find((s) => s.id === 'kp' && s.kind === 'actor');
    expect(northKorea?.reversed).toBeGreaterThanOrEqual(1);
    // A reversal counts against accuracy: the posterior is not a bare ratio and has an interval.
    expect(northKorea?.accuracy.low).toBeLessThan(northKorea?.accuracy.mean ?? 0);
    expect(northKorea?.accuracy.high).toBeGreaterThan(northKorea?.accuracy.mean ?? 1);
  });
});

describe('S2: South Korean intelligence was right, about six months early', () => {
  it('credits the NIS as right with a median lead of about six months', () => {
    const nis = now.sources().find((s) => s.id === 'kr-nis');
    expect(nis?.right).toBeGreaterThanOrEqual(1);
    expect(nis?.wrong).toBe(0);
    expect(nis?.medianLeadDays).toBeGreaterThanOrEqual(165);
    expect(nis?.medianLeadDays).toBeLessThanOrEqual(200);
  });
});

describe("S3 (pure part): SPRAVDI's claim to have released the first official footage", () => {
  it('is borne out by the earliest supporting document, its own post of 18 October 2024', () => {
    const claim = linked.propositions.find((p) => p.priority?.claimant === 'ua-spravdi');
    expect(claim).toBeDefined();
    const check = now.checkPriority(claim?.id ?? '');
    expect(check?.verdict).toBe('borne out');
    expect(check?.claimantEarliest?.publishedAt).toBe('2024-10-18');
    expect(check?.earlierByOthers).toEqual([]);
  });
});

describe("S4: Russia's full control of Kursk is contested", () => {
  it('is contested, with Russian support and Ukrainian disputes on record', () => {
    const kursk = find(now, 'control', null, 'kursk');
    expect(now.status(kursk)).toBe('contested');
    const timeline = now.timeline(kursk);
    const supporters =
      timeline?.entries.filter((e) => e.polarity === 'supports').map((e) => e.speaker.actor) ?? [];
    const disputers =
      timeline?.entries.filter((e) => e.polarity === 'disputes').map((e) => e.speaker.actor) ?? [];
    expect(supporters.some((a) => a === 'ru' || (a ?? '').startsWith('ru-'))).toBe(true);
    expect(disputers.some((a) => a === 'ua' || (a ?? '').startsWith('ua-'))).toBe(true);
  });

  it('keeps the look-alike claims apart: Sudzha, withdrawals and the return to the front', () => {
    const kursk = find(now, 'control', null, 'kursk');
    const separate = [
      find(now, 'withdraw', 'kp'),
      find(now, 'redeploy', 'kp'),
      find(now, 'withdraw', 'ua', 'sudzha'),
      find(now, 'control', 'ru', 'sudzha'),
      find(now, 'deploy', 'kp'),
    ];
    expect(new Set([kursk, ...separate]).size).toBe(6);
  });
});

describe('S6: the captured soldiers corroborate the troops proposition', () => {
  it('raises it to corroborated in January 2025, citing the capture', () => {
    const change = now.statusHistory(find(now, 'deploy', 'kp')).find((h) => h.status === 'corroborated');
    expect(change?.from.startsWith('2025-01')).toBe(true);
    expect(change?.why).toMatch(/captured/);
  });
});

describe('S7: every date comes from the text resolved against publication dates', () => {
  it('dates each timeline entry no later than its document and never invents one', () => {
    const timeline = now.timeline(find(now, 'deploy', 'kp'));
    const published = new Map(documents.map((d) => [d.id, d.publishedAt]));
    for (const entry of timeline?.entries ?? []) {
      expect(entry.on).not.toBeNull();
      expect((entry.on ?? '') <= (published.get(entry.documentId) ?? '')).toBe(true);
    }
    // Zelenskyy's "on Thursday" in a paper of Saturday 19 October 2024 is the 17th.
    expect(timeline?.entries.some((e) => e.speaker.actor === 'ua-zelenskyy' && e.on === '2024-10-17')).toBe(
      true,
    );
  });
});

describe('as of 2024-12-01', () => {
  it('shows the troops proposition as not yet confirmed, from what was published by then', () => {
    const then = assess(linked, { asOf: '2024-12-01' });
    const troops = find(now, 'deploy', 'kp');
    expect(then.status(troops)).not.toBe('confirmed');
    expect(then.statusHistory(troops).every((h) => h.from <= '2024-12-01')).toBe(true);
    expect(then.linksOf(troops).every((e) => (e.claim.publishedAt ?? '') <= '2024-12-01')).toBe(true);
  });
});

describe('output contracts', () => {
  it('lists propositions, a timeline and sources in the documented JSON shapes (extended, not renamed)', () => {
    const row = now.propositions()[0];
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ['disputes', 'firstSupportedOn', 'id', 'status', 'supports', 'text'].sort(),
    );
    const timeline = now.timeline(find(now, 'deploy', 'kp'));
    expect(Object.keys(timeline ?? {}).sort()).toEqual(['entries', 'evidence', 'proposition', 'status']);
    // Entries carry more than the contract (link id, state, the claim's words): extended, never renamed.
    expect(Object.keys(timeline?.entries[0] ?? {})).toEqual(
      expect.arrayContaining(['documentId', 'logIndex', 'on', 'outlet', 'polarity', 'speaker', 'stance']),
    );
    const source = now.sources()[0];
    expect(Object.keys(source ?? {}).sort()).toEqual(
      [
        'accuracy',
        'id',
        'kind',
        'medianLeadDays',
        'name',
        'pending',
        'reversed',
        'right',
        'statements',
        'wrong',
      ].sort(),
    );
  });

  it('gives the same propositions and ids when the documents come in another order', () => {
    const again = linkDocuments([...documents].reverse());
    expect(again.propositions.map((p) => p.id).sort()).toEqual(linked.propositions.map((p) => p.id).sort());
    expect(again.links.length).toBe(linked.links.length);
  });
});
