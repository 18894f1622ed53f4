// The home page: what claimlog holds, the latest documents, and where to go next.

import { api } from '../api-client.js';
import { h } from '../dom.js';
import { documentCard } from '../components/document-card.js';
import type { Page } from '../router.js';

export const homePage: Page = async ({ signal }) => {
  const latest = await api.documents({ limit: 8 }, signal);
  return {
    title: 'claimlog',
    content: [
      h('h1', { attrs: { tabindex: -1 } }, 'claimlog'),
      h(
        'p',
        { class: 'lead' },
        'A verifiable record of contested claims: who said what, when, with which stance — and what became of it. ',
        'Search above, or browse the ',
        h('a', { attrs: { href: '/ui/statements' } }, 'statements'),
        ' and ',
        h('a', { attrs: { href: '/ui/documents' } }, 'documents'),
        '.',
      ),
      h('h2', {}, 'Documents'),
      latest.items.length === 0
        ? h('p', {}, 'No documents yet. Ingest some with `claimlog ingest PATH`.')
        : h('ol', { class: 'document-list' }, latest.items.map(documentCard)),
      latest.next !== null
        ? h('p', {}, h('a', { attrs: { href: '/ui/documents' } }, 'All documents →'))
        : null,
    ],
  };
};
