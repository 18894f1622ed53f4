// Every source's track record: right, wrong, reversed, pending, lead time, and accuracy intervals plotted.

import { api } from '../api-client.js';
import type { SourceRecord } from '../assessment-contracts.js';
import { h } from '../dom.js';
import { accuracyIntervals } from '../components/accuracy-interval.js';
import { exportLinks } from '../components/export-links.js';
import { filterForm } from '../components/filter-form.js';
import { pager } from '../components/pager.js';
import type { Page } from '../router.js';
import { sourceHref } from './source-page.js';

const KINDS = [
  { value: '', label: 'actors and outlets' },
  { value: 'actor', label: 'actors' },
  { value: 'outlet', label: 'outlets' },
];

export const sourcesPage: Page = async ({ query, signal }) => {
  const kind = query.get('kind');
  const page = await api.sources({ kind, offset: query.get('offset'), limit: 100 }, signal);
  const items = page.items;
  const judged = items.filter((s) => s.right + s.wrong + s.reversed > 0);
  return {
    title: 'Sources',
    content: [
      h('h1', { attrs: { tabindex: -1 } }, 'Sources'),
      h(
        'p',
        { class: 'lead' },
        'How each actor and outlet has fared: right when what it said was later confirmed, wrong when refuted, ',
        'reversed when it denied and later admitted. Accuracy is a Beta posterior with its 95% interval, never a bare ratio.',
      ),
      filterForm('/ui/sources', [{ name: 'kind', label: 'Show', kind: 'select', options: KINDS }], query),
      items.length === 0 ? h('p', {}, 'No sources yet.') : sourceTable(items),
      pager('/ui/sources', query, page),
      judged.length === 0
        ? null
        : h(
            'section',
            { attrs: { 'aria-labelledby': 'intervals-heading' } },
            h('h2', { attrs: { id: 'intervals-heading' } }, 'Accuracy with its uncertainty'),
            accuracyIntervals(
              judged,
              `Accuracy of the ${judged.length} sources here with at least one outcome`,
            ),
          ),
      exportLinks('Export', [
        { label: 'Track records (CSV)', href: '/sources.csv', file: 'sources.csv' },
        { label: 'Track records (JSON)', href: '/sources' },
      ]),
    ],
  };
};

function sourceTable(sources: readonly SourceRecord[]): HTMLElement {
  const percent = (p: number) => `${Math.round(p * 100)}%`;
  return h(
    'table',
    { class: 'statements sources' },
    h('caption', { class: 'visually-hidden' }, 'track records'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [
          'Source',
          'Statements',
          'Right',
          'Wrong',
          'Reversed',
          'Pending',
          'Accuracy (95% interval)',
          'Median lead',
        ].map((t) => h('th', { attrs: { scope: 'col' } }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      sources.map((s) =>
        h(
          'tr',
          {},
          h(
            'td',
            { attrs: { 'data-label': 'Source' } },
            h('a', { attrs: { href: sourceHref(s.id) } }, s.name),
            h('span', { class: 'muted' }, ` · ${s.kind}`),
          ),
          h('td', { attrs: { 'data-label': 'Statements' } }, String(s.statements)),
          h('td', { attrs: { 'data-label': 'Right' } }, String(s.right)),
          h('td', { attrs: { 'data-label': 'Wrong' } }, String(s.wrong)),
          h('td', { attrs: { 'data-label': 'Reversed' } }, String(s.reversed)),
          h('td', { attrs: { 'data-label': 'Pending' } }, String(s.pending)),
          h(
            'td',
            { attrs: { 'data-label': 'Accuracy (95% interval)' } },
            `${percent(s.accuracy.mean)} (${percent(s.accuracy.low)}–${percent(s.accuracy.high)})`,
          ),
          h(
            'td',
            { attrs: { 'data-label': 'Median lead' } },
            s.medianLeadDays === null ? '—' : `${Math.round(s.medianLeadDays)} days`,
          ),
        ),
      ),
    ),
  );
}
