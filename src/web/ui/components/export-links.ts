// Download links for a page's data in other formats (JSON-LD, CSV, JSON), served by the API.

import { h, safeHref } from '../dom.js';

export interface ExportLink {
  label: string;
  href: string;
  /** The suggested file name; absent for JSON shown in the browser. */
  file?: string;
}

/** A labelled list of export links; an href that is not same-site or http(s) is left out. */
export function exportLinks(heading: string, links: readonly ExportLink[]): HTMLElement {
  return h(
    'nav',
    { class: 'export-links', attrs: { 'aria-label': heading } },
    h('h2', {}, heading),
    h(
      'ul',
      {},
      links.map((link) => {
        const href = safeHref(link.href);
        return href === null
          ? null
          : h(
              'li',
              {},
              h('a', { attrs: { href, ...(link.file ? { download: link.file } : {}) } }, link.label),
            );
      }),
    ),
  );
}
