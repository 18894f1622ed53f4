// Every statement claimlog found, filtered by speaker, stance, date or words, a page at a time.

import { api } from '../api-client.js';
import { h } from '../dom.js';
import { filterForm } from '../components/filter-form.js';
import { pager } from '../components/pager.js';
import { statementTable } from '../components/statement-list.js';
import type { Page } from '../router.js';
import { searchHint } from './search-page.js';

const STANCES = [
  { value: '', label: 'any stance' },
  { value: 'assert', label: 'asserts' },
  { value: 'deny', label: 'denies' },
  { value: 'confirm', label: 'confirms' },
  { value: 'contest', label: 'contests' },
];

export const statementsPage: Page = async ({ query, signal }) => {
  const page = await api.statements(
    {
      q: query.get('q'),
      speaker: query.get('speaker'),
      stance: query.get('stance'),
      from: query.get('from'),
      to: query.get('to'),
      offset: query.get('offset'),
      limit: 50,
    },
    signal,
  );
  return {
    title: 'Statements',
    content: [
      h('h1', { attrs: { tabindex: -1 } }, 'Statements'),
      filterForm(
        '/ui/statements',
        [
          { name: 'q', label: 'Containing', kind: 'search', hint: searchHint },
          {
            name: 'speaker',
            label: 'Speaker',
            kind: 'text',
            hint: 'an actor id such as kp, or part of a name',
          },
          { name: 'stance', label: 'Stance', kind: 'select', options: STANCES },
          { name: 'from', label: 'Said from', kind: 'date' },
          { name: 'to', label: 'Said to', kind: 'date' },
        ],
        query,
      ),
      page.items.length === 0 ? h('p', {}, 'No statements match.') : statementTable(page.items, 'statements'),
      pager('/ui/statements', query, page),
    ],
  };
};
