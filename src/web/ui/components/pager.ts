// Previous/next links for a page of a list, keeping the rest of the query.

import { h } from '../dom.js';

/** Links to the previous and next pages of `path` (null when there is none), for keyboard and screen reader alike. */
export function pager(
  path: string,
  query: URLSearchParams,
  page: { offset: number; limit: number; next: number | null; items: unknown[] },
): HTMLElement {
  const link = (offset: number, label: string, rel: string) => {
    const q = new URLSearchParams(query);
    if (offset > 0) q.set('offset', String(offset));
    else q.delete('offset');
    const search = q.toString();
    return h('a', { attrs: { href: `${path}${search ? `?${search}` : ''}`, rel } }, label);
  };
  const from = page.items.length === 0 ? 0 : page.offset + 1;
  return h(
    'nav',
    { class: 'pager', attrs: { 'aria-label': 'pages' } },
    page.offset > 0 ? link(Math.max(0, page.offset - page.limit), '← Previous', 'prev') : null,
    h('span', { class: 'muted' }, `${from}–${page.offset + page.items.length}`),
    page.next !== null ? link(page.next, 'Next →', 'next') : null,
  );
}
