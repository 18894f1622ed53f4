// Every proposition claimlog follows, with its status now or as of a day, filterable by status.

import { api } from '../api-client.js';
import { h } from '../dom.js';
import { filterForm } from '../components/filter-form.js';
import { pager } from '../components/pager.js';
import { propositionTable } from '../components/proposition-table.js';
import type { Page } from '../router.js';

const STATUSES = [
  { value: '', label: 'any status' },
  ...['alleged', 'denied', 'contested', 'corroborated', 'confirmed', 'refuted', 'single-source'].map((s) => ({
    value: s,
    label: s,
  })),
];

export const propositionsPage: Page = async ({ query, signal }) => {
  const asOf = query.get('asOf');
  const page = await api.propositions(
    { status: query.get('status'), asOf, offset: query.get('offset'), limit: 50 },
    signal,
  );
  return {
    title: 'Propositions',
    content: [
      h('h1', { attrs: { tabindex: -1 } }, 'Propositions'),
      h(
        'p',
        { class: 'lead' },
        'What is claimed, grouped from the statements about it, with its status',
        asOf ? ` as of ${asOf}` : ' now',
        ', ordered by the day it was first supported.',
      ),
      filterForm(
        '/ui/propositions',
        [
          { name: 'status', label: 'Status', kind: 'select', options: STATUSES },
          { name: 'asOf', label: 'As of', kind: 'date', hint: 'YYYY-MM-DD: the status on that day' },
        ],
        query,
      ),
      page.items.length === 0
        ? h('p', {}, 'No propositions match.')
        : propositionTable(page.items, 'propositions'),
      pager('/ui/propositions', query, page),
    ],
  };
};
