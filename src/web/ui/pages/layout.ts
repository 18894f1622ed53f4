// The frame around every page: skip link, site header with navigation and search, main region, footer.

import { h } from '../dom.js';

export interface Layout {
  root: HTMLElement;
  main: HTMLElement;
  /** A polite live region for "loading" and "loaded" announcements. */
  status: HTMLElement;
  search: HTMLInputElement;
}

export function createLayout(): Layout {
  const search = h('input', {
    attrs: { id: 'site-search', type: 'search', name: 'q', required: true, autocomplete: 'off' },
  });
  const main = h('main', { attrs: { id: 'main', tabindex: -1 } });
  const status = h('p', { class: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });
  const root = h(
    'div',
    { class: 'app' },
    h('a', { class: 'skip-link', attrs: { href: '#main' } }, 'Skip to content'),
    h(
      'header',
      { class: 'site-header' },
      h('a', { class: 'brand', attrs: { href: '/ui/' } }, 'claimlog'),
      h(
        'nav',
        { attrs: { 'aria-label': 'main' } },
        h(
          'ul',
          {},
          h('li', {}, h('a', { attrs: { href: '/ui/propositions' } }, 'Propositions')),
          h('li', {}, h('a', { attrs: { href: '/ui/sources' } }, 'Sources')),
          h('li', {}, h('a', { attrs: { href: '/ui/statements' } }, 'Statements')),
          h('li', {}, h('a', { attrs: { href: '/ui/documents' } }, 'Documents')),
        ),
      ),
      h(
        'form',
        { class: 'site-search', attrs: { action: '/ui/search', method: 'get', role: 'search' } },
        h('label', { attrs: { for: 'site-search' } }, 'Search claims'),
        search,
        h('button', { attrs: { type: 'submit' } }, 'Search'),
      ),
    ),
    main,
    status,
    h(
      'footer',
      { class: 'site-footer' },
      h('p', {}, 'JSON API: ', h('a', { attrs: { href: '/openapi.json' } }, '/openapi.json'), '.'),
    ),
  );
  return { root, main, status, search };
}
