// One source (an actor or an outlet): its track record with the accuracy interval plotted, its outcome
// on each proposition, its framing profile and what it said.

import { api } from '../api-client.js';
import type { SourceRecord } from '../assessment-contracts.js';
import { h } from '../dom.js';
import { exportLinks } from '../components/export-links.js';
import { framingProfile } from '../components/framing-profile.js';
import { propositionHref } from '../components/proposition-table.js';
import { sourceRecord } from '../components/source-record.js';
import { statementTable } from '../components/statement-list.js';
import type { Page } from '../router.js';

/** The href of a source's page. */
export function sourceHref(id: string): string {
  return `/ui/sources/${encodeURIComponent(id)}`;
}

export const sourcePage: Page = async ({ params, signal }) => {
  const id = params.id ?? '';
  const source = await api.source(id, signal);
  // Outlets publish rather than speak: their statements are their documents' (not listed here).
  const said =
    source.kind === 'actor' ? await api.statements({ speaker: source.id, limit: 50 }, signal) : null;
  return {
    title: source.name,
    content: [
      h('p', { class: 'crumbs' }, h('a', { attrs: { href: '/ui/sources' } }, '← Sources')),
      h('h1', { attrs: { tabindex: -1 } }, source.name),
      h(
        'p',
        { class: 'meta' },
        `${source.kind === 'outlet' ? 'Outlet' : 'Actor'} `,
        h('code', {}, source.id),
      ),
      sourceRecord(source),
      outcomes(source),
      framingProfile(source.framing),
      said === null
        ? null
        : h(
            'section',
            { attrs: { 'aria-labelledby': 'said-heading' } },
            h('h2', { attrs: { id: 'said-heading' } }, 'What it said'),
            said.items.length === 0
              ? h('p', {}, 'No statements by this speaker.')
              : statementTable(said.items, `statements by ${source.name}`),
            said.next === null
              ? null
              : h(
                  'p',
                  {},
                  h(
                    'a',
                    { attrs: { href: `/ui/statements?speaker=${encodeURIComponent(source.id)}` } },
                    'All its statements →',
                  ),
                ),
          ),
      exportLinks('Export', [
        { label: 'This source (JSON)', href: `/sources/${encodeURIComponent(source.id)}` },
        { label: 'All track records (CSV)', href: '/sources.csv', file: 'sources.csv' },
        { label: 'All track records (JSON)', href: '/sources' },
      ]),
    ],
  };
};

function outcomes(source: SourceRecord): HTMLElement | null {
  const rows = source.outcomes ?? [];
  if (rows.length === 0) return null;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'outcomes-heading' } },
    h('h2', { attrs: { id: 'outcomes-heading' } }, 'On each proposition'),
    h(
      'table',
      { class: 'statements outcomes' },
      h('caption', { class: 'visually-hidden' }, `outcomes of ${source.name}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Proposition', 'Outcome', 'Lead before confirmation'].map((t) =>
            h('th', { attrs: { scope: 'col' } }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            {},
            h(
              'td',
              { attrs: { 'data-label': 'Proposition' } },
              h('a', { attrs: { href: propositionHref(row.propositionId) } }, row.text),
            ),
            h(
              'td',
              { attrs: { 'data-label': 'Outcome' } },
              h('span', { class: `badge outcome-${row.outcome}` }, row.outcome),
            ),
            h(
              'td',
              { attrs: { 'data-label': 'Lead before confirmation' } },
              row.leadDays === null ? '—' : `${Math.round(row.leadDays)} days`,
            ),
          ),
        ),
      ),
    ),
  );
}
