// Bundled by the component test into a page of its own: renders the proposition-page and source-page
// components from fixture data (issue 4's shapes), so they can be seen and checked in Chromium before
// phase 2 serves real data. Never part of the product.

import { accuracyIntervals } from '../../src/web/ui/components/accuracy-interval.js';
import { firstPanel } from '../../src/web/ui/components/first-panel.js';
import { FIRST, SOURCES, TROOPS_TIMELINE } from '../../src/web/ui/components/fixtures.test-data.js';
import { sourceRecord } from '../../src/web/ui/components/source-record.js';
import { statusHistory } from '../../src/web/ui/components/status-history.js';
import { timelineChart } from '../../src/web/ui/components/timeline-chart.js';
import { h } from '../../src/web/ui/dom.js';
import '../../src/web/ui/styles.css';

const settled: string[] = [];
const main = h(
  'main',
  {},
  h('h1', {}, TROOPS_TIMELINE.proposition.text),
  timelineChart(TROOPS_TIMELINE, { asOf: null, onAsOf: (date) => settled.push(date) }),
  h('h2', {}, 'Status history'),
  statusHistory(TROOPS_TIMELINE.status),
  firstPanel(FIRST),
  h('h1', {}, SOURCES[0]?.name ?? ''),
  SOURCES[0] ? sourceRecord(SOURCES[0]) : null,
  h('h2', {}, 'All sources'),
  accuracyIntervals(SOURCES, 'Accuracy by source'),
);
document.body.append(main);
Object.assign(window, { __settled: settled });
