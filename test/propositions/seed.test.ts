// The seed article alone: its statements (located by short phrases, dated from the text) linked and
// assessed as the hand annotation describes.

import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assessment.js';
import { linkDocuments } from '../../src/link/link-documents.js';
import { seedArticlePath, seedDocument } from './seed-document.js';

const path = seedArticlePath();

describe.skipIf(path === null)('the seed article', () => {
  const document = seedDocument(path ?? '');
  const linked = linkDocuments([document]);
  const view = assess(linked);
  const troops = linked.propositions.find((p) => p.predicate === 'deploy' && p.party === 'kp');

  it('dates the South Korean report and the denial to October 2024 and the capture to January 2025', () => {
    const said = (actor: string): (string | null)[] =>
      document.statements.filter((s) => s.speaker.actor === actor).map((s) => s.saidOn);
    expect(said('kr-intelligence')).toEqual(['2024-10']);
    expect(said('kp')).toContain('2024-10');
    expect(document.evidence?.find((e) => e.kind === 'physical evidence')?.on).toBe('2025-01');
  });

  it('joins the report and the denial that only says "a claim … groundless rumors" in one proposition', () => {
    const entries = view.linksOf(troops?.id ?? '');
    const denial = entries.find((e) => e.claim.speaker.actor === 'kp' && e.link.polarity === 'disputes');
    expect(denial?.link.basis).toBe('reference');
    expect(
      entries.some((e) => e.claim.speaker.actor === 'kr-intelligence' && e.link.polarity === 'supports'),
    ).toBe(true);
  });

  it('goes alleged (2024-10) → corroborated (2025-01) → confirmed (2025-04-27)', () => {
    expect(view.statusHistory(troops?.id ?? '').map((h) => [h.from, h.status])).toEqual([
      ['2024-10', 'alleged'],
      ['2025-01', 'corroborated'],
      ['2025-04-27', 'confirmed'],
    ]);
  });

  it('records the contest of full control: Russia asserts it, Ukraine disputes it', () => {
    const kursk = linked.propositions.find((p) => p.predicate === 'control' && p.place === 'kursk');
    expect(view.status(kursk?.id ?? '')).toBe('contested');
    const entries = view.linksOf(kursk?.id ?? '');
    expect(entries.some((e) => e.claim.kind === 'embedded' && e.claim.speaker.actor === 'ru')).toBe(true);
    expect(entries.filter((e) => e.link.polarity === 'disputes').map((e) => e.claim.speaker.actor)).toEqual(
      expect.arrayContaining(['ua-officials', 'ua-zelenskyy']),
    );
  });

  it('keeps the order under Article 4 as a single-source proposition of its own', () => {
    const order = linked.propositions.find((p) => p.predicate === 'order');
    expect(view.status(order?.id ?? '')).toBe('single-source');
  });

  it('credits South Korean intelligence as right about six months ahead and North Korea with a reversal', () => {
    const sources = view.sources();
    const intelligence = sources.find((s) => s.id === 'kr-intelligence');
    expect(intelligence).toMatchObject({ right: 1, wrong: 0 });
    expect(intelligence?.medianLeadDays).toBeGreaterThan(160);
    expect(intelligence?.medianLeadDays).toBeLessThan(210);
    expect(sources.find((s) => s.id === 'kp')?.reversed).toBe(1);
  });

  it('cannot settle the stratcom centre\'s "first" from this article alone', () => {
    const priority = linked.propositions.find((p) => p.priority !== null);
    expect(view.checkPriority(priority?.id ?? '')?.verdict).toBe('undetermined');
  });
});
