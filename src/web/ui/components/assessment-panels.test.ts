import { beforeEach, describe, expect, it } from 'vitest';
import { installDocument } from '../../../../test/support/dom.js';
import { accuracyIntervals } from './accuracy-interval.js';
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
});
