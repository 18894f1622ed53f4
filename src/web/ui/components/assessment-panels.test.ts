import { beforeEach, describe, expect, it } from 'vitest';
import { installDocument } from '../../../../test/support/dom.js';
import { ApiProblem } from '../api-client.js';
import { accuracyIntervals } from './accuracy-interval.js';
import { framingProfile } from './framing-profile.js';
import { problemView } from './problem-view.js';
import { firstPanel } from './first-panel.js';
import { FIRST, SOURCES, TROOPS_TIMELINE } from './fixtures.test-data.js';
import { sourceRecord } from './source-record.js';
import { statusHistory } from './status-history.js';

describe('track record components', () => {
  beforeEach(() => {
    installDocument();
  });

  it('plots each accuracy as an interval with its mean inside it, never as a bare ratio', () => {
    const figure = accuracyIntervals(SOURCES, 'Accuracy');
    const rows = [...figure.querySelectorAll('g.source-row')];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const line = row.querySelector('line.interval');
      const mean = Number(row.querySelector('circle.mean')?.getAttribute('cx'));
      expect(Number(line?.getAttribute('x1'))).toBeLessThanOrEqual(mean);
      expect(Number(line?.getAttribute('x2'))).toBeGreaterThanOrEqual(mean);
    }
    expect(rows[1]?.querySelector('title')?.textContent).toBe(
      'North Korea: accuracy 33% (interval 1%–84%) from 0 right, 0 wrong, 1 reversed; 2 pending',
    );
  });

  it('shows a source page with its outcomes and lead time', () => {
    const section = sourceRecord(SOURCES[0] ?? SOURCES[1]!);
    expect([...section.querySelectorAll('.counts li')].map((li) => li.textContent)).toEqual([
      '4right',
      '0wrong',
      '0reversed (e.g. denied, then admitted)',
      '2pending',
    ]);
    expect(section.textContent).toContain('Median lead before confirmation: 186 days.');
  });

  it('lists the status history, marking what came after the as-of date', () => {
    const list = statusHistory(TROOPS_TIMELINE.status, '2024-12-01');
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.badge')?.textContent)).toEqual([
      'alleged',
      'contested',
      'corroborated',
      'confirmed',
    ]);
    expect(items.map((li) => li.classList.contains('after-as-of'))).toEqual([false, false, true, true]);
  });

  it('offers the earliest supporter and its proof as a download', () => {
    const panel = firstPanel(FIRST);
    expect(panel.querySelector('p')?.textContent).toBe(
      'kr-nis supported it first, on 18 Oct 2024 in Yonhap, logged as leaf #3.',
    );
    const link = panel.querySelector('a[download]');
    expect(link?.getAttribute('href')).toBe('/documents/0a94d15281fcfe76/proof');
    expect(link?.getAttribute('download')).toBe('0a94d15281fcfe76.tlog-proof');
    const unsafe = firstPanel({ ...FIRST, proofHref: 'javascript:alert(1)' });
    expect(unsafe.querySelector('a[download]')).toBeNull();
  });

  it('lists, under each status, the first denial or admission by each speaker while it held', () => {
    const list = statusHistory(TROOPS_TIMELINE.status, null, TROOPS_TIMELINE.entries);
    const turns = [...list.querySelectorAll(':scope > li')].map((li) =>
      [...li.querySelectorAll('.turning-points li')].map((t) => t.textContent),
    );
    expect(turns).toEqual([
      [],
      ['denies North Korea [kp], 24 Oct 2024'],
      ['confirms Valery Gerasimov [ru], 26 Apr 2025'],
      ['confirms North Korea [kp], 27 Apr 2025'],
    ]);
  });

  it('offers the leaf beside the proof, and the command that verifies them', () => {
    const panel = firstPanel(FIRST);
    expect([...panel.querySelectorAll('a[download]')].map((a) => a.getAttribute('download'))).toEqual([
      '0a94d15281fcfe76.tlog-proof',
      '0a94d15281fcfe76.leaf',
      'log.key',
    ]);
    expect(panel.querySelector('pre.command')?.textContent).toBe(
      'claimlog log verify 0a94d15281fcfe76.tlog-proof --key log.key --leaf 0a94d15281fcfe76.leaf',
    );
  });

  it('shows a framing profile as rates per 1,000 words, or says there is none', () => {
    expect(framingProfile(null).textContent).toContain('no framing profile');
    const profile = framingProfile({
      speaker: 'kp',
      words: 2000,
      spans: 6,
      per1000Words: 3,
      techniques: [{ technique: 'name calling', count: 6, per1000Words: 3 }],
      byMonth: [],
      change: -1.5,
    });
    expect(profile.querySelector('p')?.textContent).toBe(
      '6 framing spans in 2,000 words it said: 3.0 per 1,000 words (-1.5 from its first month to its latest).',
    );
    expect(profile.querySelector('tbody tr')?.textContent).toBe('name calling63.0');
  });

  it('names each parameter a refusal names', () => {
    const view = problemView(
      new ApiProblem({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'body: reason is required',
        'invalid-params': [{ name: 'reason', in: 'body', reason: 'expected a text of 1 to 2000 characters' }],
      }),
    );
    expect(view.getAttribute('role')).toBe('alert');
    expect(view.querySelector('strong')?.textContent).toBe('400 Bad Request');
    expect(view.querySelector('.invalid-params li')?.textContent).toBe(
      'reason (body): expected a text of 1 to 2000 characters',
    );
  });
});
