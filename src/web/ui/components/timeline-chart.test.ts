import { beforeEach, describe, expect, it } from 'vitest';
import { installDocument } from '../../../../test/support/dom.js';
import { TROOPS_TIMELINE } from './fixtures.test-data.js';
import { timelineChart } from './timeline-chart.js';

describe('timelineChart', () => {
  let body: HTMLElement;
  beforeEach(() => {
    body = installDocument();
  });

  it('draws one marker per dated statement, coloured by stance, hollow when it disputes', () => {
    const chart = timelineChart(TROOPS_TIMELINE);
    const markers = [...chart.querySelectorAll('circle.marker')].filter((c) => !c.closest('.chart-legend'));
    expect(markers).toHaveLength(5);
    expect(markers.map((m) => m.getAttribute('class'))).toEqual([
      'marker marker-assert polarity-supports',
      'marker marker-deny polarity-disputes',
      'marker marker-assert polarity-supports',
      'marker marker-confirm polarity-supports',
      'marker marker-confirm polarity-supports',
    ]);
    // Later statements sit further right.
    const xs = markers.map((m) => Number(m.getAttribute('cx')));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('gives each source its own lane, in the order they first spoke', () => {
    const labels = [...timelineChart(TROOPS_TIMELINE).querySelectorAll('svg > text.lane-label')].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual([
      'South Korean intelligence',
      'North Korea (kp)',
      'a Pentagon spokesman',
      'Valery Gerasimov (ru)',
      'Evidence',
    ]);
  });

  it('lays the status history along the top as adjacent bands, and evidence as diamonds', () => {
    const chart = timelineChart(TROOPS_TIMELINE);
    const bands = [...chart.querySelectorAll('g.band rect')];
    expect(bands.map((b) => b.getAttribute('class'))).toEqual([
      'status-alleged',
      'status-contested',
      'status-corroborated',
      'status-confirmed',
    ]);
    for (let i = 1; i < bands.length; i++) {
      const previous = bands[i - 1];
      const end = Number(previous?.getAttribute('x')) + Number(previous?.getAttribute('width'));
      expect(Number(bands[i]?.getAttribute('x'))).toBeCloseTo(end, 6);
    }
    expect(chart.querySelectorAll('polygon.evidence-marker')).toHaveLength(1);
  });

  it('fades what came after the as-of day as the slider moves, and reports the day it settles on', () => {
    const settled: string[] = [];
    const chart = timelineChart(TROOPS_TIMELINE, { onAsOf: (date) => settled.push(date) });
    body.append(chart);
    const slider = chart.querySelector('input[type="range"]') as HTMLInputElement;
    expect(chart.querySelector('label')?.textContent).toBe('As of');
    const december = Date.UTC(2024, 11, 1) / 86_400_000;
    slider.value = String(december);
    slider.dispatchEvent(new Event('input'));
    const faded = [...chart.querySelectorAll('g.entry.after-as-of')].length;
    // The Pentagon's "December 2024" counts from the end of December; then Gerasimov, North Korea's
    // admission and the captured soldiers.
    expect(faded).toBe(4);
    expect(chart.querySelector('output')?.textContent).toBe('1 Dec 2024');
    slider.dispatchEvent(new Event('change'));
    expect(settled).toEqual(['2024-12-01']);
  });

  it('lists every statement in its table, undated ones too, with markup as plain text', () => {
    const chart = timelineChart(TROOPS_TIMELINE);
    const rows = chart.querySelectorAll('details tbody tr');
    expect(rows).toHaveLength(7);
    expect(chart.querySelector('img')).toBeNull();
    expect(chart.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(chart.querySelector('figcaption')?.textContent).toContain('1 undated statement(s)');
  });
});
