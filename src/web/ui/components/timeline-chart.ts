// A proposition's timeline as an SVG chart built with DOM calls: one lane per source, each statement a
// marker coloured by stance (filled when it supports, hollow when it disputes), the status history as
// bands along the top, evidence as diamonds, and an as-of slider; with the same data as a table.

import { h, s } from '../dom.js';
import { formatDate, STANCE_LABEL } from '../format.js';
import type { EvidenceEntry, Timeline, TimelineEntry } from '../assessment-contracts.js';
import { dateMiddle, dateRange, dayToDate, timeScale } from './time-scale.js';

export interface TimelineChartOptions {
  /** The date the view is "as of" (YYYY-MM-DD); null or absent shows everything known. */
  asOf?: string | null;
  /** Called when the reader settles the slider on a day, e.g. to fetch the timeline as of then. */
  onAsOf?: (date: string) => void;
}

const WIDTH = 960;
const LEFT = 190;
const RIGHT = 24;
const BAND_Y = 6;
const BAND_HEIGHT = 24;
const LANE_TOP = 44;
const LANE = 28;
// About 6.5 viewBox units a character at 11px: 26 characters fit in the LEFT margin before the lanes.
const LABEL_CHARS = 26;
let chartCount = 0;

/** The chart, its slider, its legend and its table; nothing here fetches. */
export function timelineChart(timeline: Timeline, options: TimelineChartOptions = {}): HTMLElement {
  const id = `timeline-${(chartCount += 1)}`;
  const dated = timeline.entries.filter(
    (e): e is TimelineEntry & { on: string } => e.on !== null && dateRange(e.on) !== null,
  );
  const evidence = timeline.evidence.filter(
    (e): e is EvidenceEntry & { on: string } => e.on !== null && dateRange(e.on) !== null,
  );
  const days = [
    ...dated.flatMap((e) => bounds(e.on)),
    ...evidence.flatMap((e) => bounds(e.on)),
    ...timeline.status.flatMap((c) => bounds(c.from)),
    ...(options.asOf ? bounds(options.asOf) : []),
  ];
  if (days.length === 0) return h('p', { class: 'chart-empty' }, 'No dated statements to plot yet.');
  const first = Math.min(...days);
  const last = Math.max(...days);
  const pad = Math.max(7, Math.round((last - first) * 0.03));
  const scale = timeScale(first - pad, last + pad, LEFT, WIDTH - RIGHT);

  const lanes = laneOrder(dated);
  const evidenceY = LANE_TOP + lanes.length * LANE + (evidence.length > 0 ? LANE / 2 : 0);
  const axisY = evidenceY + (evidence.length > 0 ? LANE / 2 + 8 : 0) + 8;
  const height = axisY + 28;

  const bands = timeline.status.map((change, i) => {
    const start = dateRange(change.from)?.first ?? scale.first;
    const next = timeline.status[i + 1];
    const end = next ? (dateRange(next.from)?.first ?? scale.last) : scale.last;
    const x0 = scale.x(Math.max(start, scale.first));
    const width = Math.max(1, scale.x(end) - x0);
    return s(
      'g',
      { class: 'band' },
      s('rect', {
        class: `status-${change.status}`,
        attrs: { x: x0, y: BAND_Y, width, height: BAND_HEIGHT, rx: 3 },
      }),
      width > 70
        ? s('text', { class: 'band-label', attrs: { x: x0 + 6, y: BAND_Y + 16 } }, change.status)
        : null,
      s('title', {}, `${change.status} from ${formatDate(change.from)}: ${change.why}`),
    );
  });

  const markers = dated.map((entry) => {
    const range = dateRange(entry.on);
    const y = LANE_TOP + lanes.indexOf(laneKey(entry)) * LANE + LANE / 2;
    const x = scale.x(dateMiddle(entry.on) ?? 0);
    // A coarse date counts as known from the end of its period (as the status rules read it).
    const g = s(
      'g',
      { class: 'entry', attrs: { 'data-day': range?.last ?? 0 } },
      range && range.last > range.first
        ? s('line', {
            class: `period marker-${entry.stance}`,
            attrs: {
              x1: scale.x(range.first),
              x2: scale.x(range.last),
              y1: y,
              y2: y,
              'stroke-width': 2,
              opacity: 0.5,
            },
          })
        : null,
      s('circle', {
        class: `marker marker-${entry.stance} polarity-${entry.polarity}`,
        attrs: { cx: x, cy: y, r: 6 },
      }),
      s('title', {}, describeEntry(entry)),
    );
    return g;
  });

  const diamonds = evidence.map((item) => {
    const x = scale.x(dateMiddle(item.on) ?? 0);
    return s(
      'g',
      { class: 'entry evidence', attrs: { 'data-day': dateRange(item.on)?.last ?? 0 } },
      s('polygon', {
        class: 'evidence-marker',
        attrs: {
          points: `${x},${evidenceY - 7} ${x + 7},${evidenceY} ${x},${evidenceY + 7} ${x - 7},${evidenceY}`,
        },
      }),
      s('title', {}, `${formatDate(item.on)} — evidence: ${item.what}`),
    );
  });

  const laneLabels = lanes.map((key, i) =>
    s(
      'text',
      {
        class: 'lane-label',
        attrs: { x: LEFT - 10, y: LANE_TOP + i * LANE + LANE / 2 + 4, 'text-anchor': 'end' },
      },
      truncate(laneLabel(dated, key), LABEL_CHARS),
    ),
  );
  const gridlines = lanes.map((_, i) =>
    s('line', {
      class: 'gridline',
      attrs: { x1: LEFT, x2: WIDTH - RIGHT, y1: LANE_TOP + (i + 1) * LANE, y2: LANE_TOP + (i + 1) * LANE },
    }),
  );
  const ticks = scale
    .ticks(10)
    .map((tick) =>
      s(
        'g',
        { class: 'axis' },
        s('line', { attrs: { x1: scale.x(tick.day), x2: scale.x(tick.day), y1: axisY, y2: axisY + 5 } }),
        s('text', { attrs: { x: scale.x(tick.day), y: axisY + 18, 'text-anchor': 'middle' } }, tick.label),
      ),
    );

  const asOfLine = s('line', { class: 'as-of-line', attrs: { y1: 2, y2: axisY } });
  const entriesGroup = s('g', { class: 'entries' }, markers, diamonds);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const svg = s(
    'svg',
    {
      attrs: {
        viewBox: `0 0 ${WIDTH} ${height}`,
        role: 'img',
        'aria-labelledby': `${titleId} ${descId}`,
        preserveAspectRatio: 'xMinYMin meet',
      },
    },
    s('title', { attrs: { id: titleId } }, `Timeline: ${timeline.proposition.text}`),
    s('desc', { attrs: { id: descId } }, summary(timeline, dated.length, lanes.length)),
    bands,
    gridlines,
    laneLabels,
    evidence.length > 0
      ? s(
          'text',
          { class: 'lane-label', attrs: { x: LEFT - 10, y: evidenceY + 4, 'text-anchor': 'end' } },
          'Evidence',
        )
      : null,
    s('g', { class: 'axis' }, s('line', { attrs: { x1: LEFT, x2: WIDTH - RIGHT, y1: axisY, y2: axisY } })),
    ticks,
    entriesGroup,
    asOfLine,
  );

  const slider = h('input', {
    attrs: {
      id: `${id}-as-of`,
      type: 'range',
      min: scale.first,
      max: scale.last,
      step: 1,
      value: options.asOf ? (dateRange(options.asOf)?.last ?? scale.last) : scale.last,
    },
  });
  const output = h('output', { attrs: { for: `${id}-as-of` } });
  const showAsOf = (day: number, everything: boolean) => {
    const date = dayToDate(day);
    output.textContent = everything ? `${formatDate(date)} (everything known)` : formatDate(date);
    slider.setAttribute('aria-valuetext', formatDate(date));
    const x = scale.x(day);
    asOfLine.setAttribute('x1', String(x));
    asOfLine.setAttribute('x2', String(x));
    asOfLine.classList.toggle('hidden', everything);
    for (const g of entriesGroup.querySelectorAll('g.entry'))
      g.classList.toggle('after-as-of', Number(g.getAttribute('data-day')) > day);
  };
  slider.addEventListener('input', () => showAsOf(Number(slider.value), false));
  slider.addEventListener('change', () => options.onAsOf?.(dayToDate(Number(slider.value))));
  showAsOf(Number(slider.value), !options.asOf);

  return h(
    'figure',
    { class: 'chart timeline-chart' },
    // On a narrow screen the chart keeps a legible size and scrolls sideways (by keyboard too).
    h(
      'div',
      { class: 'chart-scroll', attrs: { tabindex: 0, role: 'group', 'aria-label': 'timeline chart' } },
      svg,
    ),
    h('div', { class: 'as-of' }, h('label', { attrs: { for: `${id}-as-of` } }, 'As of'), slider, output),
    legend(),
    h(
      'figcaption',
      {},
      dated.length < timeline.entries.length
        ? `${timeline.entries.length - dated.length} undated statement(s) are listed in the table but not plotted. `
        : '',
    ),
    entriesTable(timeline),
  );
}

function bounds(date: string): number[] {
  const range = dateRange(date);
  return range ? [range.first, range.last] : [];
}

function laneKey(entry: TimelineEntry): string {
  return entry.speaker.actor ?? entry.speaker.text;
}

/** Sources in the order they first spoke. */
function laneOrder(entries: readonly (TimelineEntry & { on: string })[]): string[] {
  const first = new Map<string, number>();
  for (const entry of entries) {
    const day = dateRange(entry.on)?.first ?? 0;
    const key = laneKey(entry);
    first.set(key, Math.min(first.get(key) ?? Infinity, day));
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([key]) => key);
}

/** The speaker as written, with its actor id when that still fits beside the chart. */
function laneLabel(entries: readonly TimelineEntry[], key: string): string {
  const entry = entries.find((e) => laneKey(e) === key);
  if (!entry) return key;
  const { text, actor } = entry.speaker;
  return actor && actor !== text && text.length + actor.length + 3 <= LABEL_CHARS
    ? `${text} (${actor})`
    : text;
}

function describeEntry(entry: TimelineEntry): string {
  return [
    `${formatDate(entry.on)} — ${entry.speaker.text} ${STANCE_LABEL[entry.stance] ?? entry.stance}`,
    `${entry.polarity} the proposition`,
    entry.outlet ? `in ${entry.outlet}` : null,
    entry.logIndex === null ? null : `log #${entry.logIndex}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function summary(timeline: Timeline, plotted: number, sources: number): string {
  const latest = timeline.status[timeline.status.length - 1];
  return `${plotted} dated statements by ${sources} sources, ${timeline.evidence.length} evidence events. ${
    latest ? `Status ${latest.status} since ${formatDate(latest.from)}.` : 'No status yet.'
  }`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function legend(): HTMLElement {
  const dot = (stance: string, polarity: string) =>
    s(
      'svg',
      { class: 'legend-dot', attrs: { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' } },
      s('circle', { class: `marker marker-${stance} polarity-${polarity}`, attrs: { cx: 8, cy: 8, r: 5 } }),
    );
  return h(
    'ul',
    { class: 'chart-legend' },
    ['assert', 'confirm', 'deny', 'contest'].map((stance) =>
      h('li', {}, dot(stance, 'supports'), ' ', STANCE_LABEL[stance] ?? stance),
    ),
    h('li', {}, dot('assert', 'disputes'), ' hollow: disputes the proposition'),
    h('li', {}, '◆ evidence'),
    h('li', {}, 'bands: status over time'),
  );
}

function entriesTable(timeline: Timeline): HTMLElement {
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, 'The timeline as a table'),
    h(
      'table',
      { class: 'statements' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Date', 'Source', 'Stance', 'On the proposition', 'Outlet', 'Log'].map((t) =>
            h('th', { attrs: { scope: 'col' } }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        timeline.entries.map((entry) =>
          h(
            'tr',
            {},
            h('td', { attrs: { 'data-label': 'Date' } }, formatDate(entry.on)),
            h(
              'td',
              { attrs: { 'data-label': 'Source' } },
              entry.speaker.text,
              entry.speaker.actor ? ` [${entry.speaker.actor}]` : '',
            ),
            h('td', { attrs: { 'data-label': 'Stance' } }, STANCE_LABEL[entry.stance] ?? entry.stance),
            h('td', { attrs: { 'data-label': 'On the proposition' } }, entry.polarity),
            h(
              'td',
              { attrs: { 'data-label': 'Outlet' } },
              h(
                'a',
                { attrs: { href: `/ui/documents/${encodeURIComponent(entry.documentId)}` } },
                entry.outlet ?? 'document',
              ),
            ),
            h('td', { attrs: { 'data-label': 'Log' } }, entry.logIndex === null ? '—' : `#${entry.logIndex}`),
          ),
        ),
        timeline.evidence.map((item) =>
          h(
            'tr',
            {},
            h('td', { attrs: { 'data-label': 'Date' } }, formatDate(item.on)),
            h('td', { attrs: { 'data-label': 'Source' } }, 'evidence'),
            h('td', { attrs: { 'data-label': 'Stance' } }, '—'),
            h('td', { attrs: { 'data-label': 'On the proposition' } }, item.what),
            h(
              'td',
              { attrs: { 'data-label': 'Outlet' } },
              h('a', { attrs: { href: `/ui/documents/${encodeURIComponent(item.documentId)}` } }, 'document'),
            ),
            h('td', { attrs: { 'data-label': 'Log' } }, '—'),
          ),
        ),
      ),
    ),
  );
}
