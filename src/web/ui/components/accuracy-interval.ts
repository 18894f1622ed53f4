// Track records as an interval plot: each source's accuracy posterior, its mean and interval on 0–100 %.

import type { SourceRecord } from '../assessment-contracts.js';
import { h, s } from '../dom.js';

const WIDTH = 720;
const LEFT = 200;
const RIGHT = 24;
const ROW = 26;
const TOP = 10;

/**
 * One row per source: a line from the interval's low to high end and a dot at the mean, so a source
 * judged on three outcomes shows a wide line, not a bare ratio. Labels carry the numbers too.
 */
export function accuracyIntervals(sources: readonly SourceRecord[], caption: string): HTMLElement {
  const axisY = TOP + sources.length * ROW + 6;
  const x = (p: number) => LEFT + Math.min(1, Math.max(0, p)) * (WIDTH - LEFT - RIGHT);
  const percent = (p: number) => `${Math.round(p * 100)}%`;
  const rows = sources.map((source, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const { mean, low, high } = source.accuracy;
    return s(
      'g',
      { class: 'source-row' },
      s(
        'text',
        { class: 'lane-label', attrs: { x: LEFT - 10, y: y + 4, 'text-anchor': 'end' } },
        source.name,
      ),
      s('line', { class: 'interval', attrs: { x1: x(low), x2: x(high), y1: y, y2: y } }),
      s('circle', { class: 'mean', attrs: { cx: x(mean), cy: y, r: 5 } }),
      s(
        'title',
        {},
        `${source.name}: accuracy ${percent(mean)} (interval ${percent(low)}–${percent(high)}) from ${source.right} right, ${source.wrong} wrong, ${source.reversed} reversed; ${source.pending} pending`,
      ),
    );
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((p) =>
    s(
      'g',
      { class: 'axis' },
      s('line', { class: 'gridline', attrs: { x1: x(p), x2: x(p), y1: TOP, y2: axisY } }),
      s('text', { attrs: { x: x(p), y: axisY + 16, 'text-anchor': 'middle' } }, percent(p)),
    ),
  );
  return h(
    'figure',
    { class: 'chart interval-chart' },
    s(
      'svg',
      { attrs: { viewBox: `0 0 ${WIDTH} ${axisY + 24}`, role: 'img', 'aria-label': caption } },
      ticks,
      rows,
    ),
    h('figcaption', { class: 'meta' }, caption, ': the dot is the mean accuracy, the line its 95% interval.'),
  );
}
