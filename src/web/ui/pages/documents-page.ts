// All documents, newest last, or those matching a search, a page at a time.

import { api } from '../api-client.js';
import { h } from '../dom.js';
import { documentCard } from '../components/document-card.js';
import { filterForm } from '../components/filter-form.js';
import { pager } from '../components/pager.js';
import type { Page } from '../router.js';
import { searchHint } from './search-page.js';

export const documentsPage: Page = async ({ query, signal }) => {
  const page = await api.documents(
    {
      q: query.get('q'),
      from: query.get('from'),
      to: query.get('to'),
      offset: query.get('offset'),
      limit: 25,
    },
    signal,
  );
  return {
    title: 'Documents',
    content: [
      h('h1', { attrs: { tabindex: -1 } }, 'Documents'),
      filterForm(
        '/ui/documents',
        [
          { name: 'q', label: 'Containing', kind: 'search', hint: searchHint },
          { name: 'from', label: 'Published from', kind: 'date' },
          { name: 'to', label: 'Published to', kind: 'date' },
        ],
        query,
      ),
      page.items.length === 0
        ? h('p', {}, 'No documents match.')
        : h(
            'ol',
            { class: 'document-list', attrs: { start: page.offset + 1 } },
            page.items.map(documentCard),
          ),
      pager('/ui/documents', query, page),
    ],
  };
};
