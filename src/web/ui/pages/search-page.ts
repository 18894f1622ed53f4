// Search results across what claimlog holds: propositions, statements and documents, best matches first.

import { api } from '../api-client.js';
import { h } from '../dom.js';
import { documentCard } from '../components/document-card.js';
import { filterForm } from '../components/filter-form.js';
import { propositionTable } from '../components/proposition-table.js';
import { statementTable } from '../components/statement-list.js';
import type { Page } from '../router.js';

export const searchPage: Page = async ({ query, signal }) => {
  const q = query.get('q')?.trim() ?? '';
  const form = filterForm(
    '/ui/search',
    [{ name: 'q', label: 'Search for', kind: 'search', hint: searchHint }],
    query,
  );
  if (q === '') return { title: 'Search', content: [h('h1', { attrs: { tabindex: -1 } }, 'Search'), form] };
  // Propositions come from /similar: ranked by the words of the propositions and of their statements.
  const [result, similar] = await Promise.all([api.search(q, signal), api.similar(q, 10, signal)]);
  const more = (path: string, next: number | null, label: string) =>
    next === null
      ? null
      : h('p', {}, h('a', { attrs: { href: `${path}?q=${encodeURIComponent(q)}` } }, label));
  return {
    title: `Search: ${q}`,
    content: [
      h('h1', { attrs: { tabindex: -1 } }, 'Results for “', q, '”'),
      form,
      h(
        'section',
        { attrs: { 'aria-labelledby': 'found-propositions' } },
        h('h2', { attrs: { id: 'found-propositions' } }, 'Propositions'),
        similar.propositions.length === 0
          ? h('p', {}, 'No proposition matches.')
          : propositionTable(similar.propositions, `propositions matching ${q}`),
      ),
      h(
        'section',
        { attrs: { 'aria-labelledby': 'found-statements' } },
        h('h2', { attrs: { id: 'found-statements' } }, 'Statements'),
        result.statements.items.length === 0
          ? h('p', {}, 'No statement matches.')
          : statementTable(result.statements.items, `statements matching ${q}`),
        more('/ui/statements', result.statements.next, 'More statements →'),
      ),
      h(
        'section',
        { attrs: { 'aria-labelledby': 'found-documents' } },
        h('h2', { attrs: { id: 'found-documents' } }, 'Documents'),
        result.documents.items.length === 0
          ? h('p', {}, 'No document matches.')
          : h('ol', { class: 'document-list' }, result.documents.items.map(documentCard)),
        more('/ui/documents', result.documents.next, 'More documents →'),
      ),
    ],
  };
};

export const searchHint =
  'Words match their forms (deny, denied); use "quotes" for a phrase, -word to exclude.';
