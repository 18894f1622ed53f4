// A source's track record: what it said, how that turned out, and its accuracy with its uncertainty.

import type { SourceRecord } from '../assessment-contracts.js';
import { h } from '../dom.js';
import { plural } from '../format.js';
import { accuracyIntervals } from './accuracy-interval.js';

export function sourceRecord(source: SourceRecord): HTMLElement {
  const count = (value: number, label: string) => h('li', {}, h('strong', {}, String(value)), label);
  return h(
    'section',
    { class: 'source-record', attrs: { 'aria-labelledby': `source-${source.id}` } },
    h('h2', { attrs: { id: `source-${source.id}` } }, 'Track record'),
    h(
      'p',
      {},
      `${source.kind === 'outlet' ? 'Outlet' : 'Actor'} · ${plural(source.statements, 'statement')}`,
    ),
    h(
      'ul',
      { class: 'counts' },
      count(source.right, 'right'),
      count(source.wrong, 'wrong'),
      count(source.reversed, 'reversed (e.g. denied, then admitted)'),
      count(source.pending, 'pending'),
    ),
    accuracyIntervals([source], `Accuracy of ${source.name}`),
    h(
      'p',
      {},
      source.medianLeadDays === null
        ? 'No confirmed proposition yet to measure a lead time on.'
        : `Median lead before confirmation: ${plural(Math.round(source.medianLeadDays), 'day')}.`,
    ),
  );
}
