// One document in a list: its title linking to the reader, where and when it appeared, and a search excerpt.

import type { DocumentSummaryJson } from '../../../api/schemas/document-json.js';
import { h } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { snippet } from './snippet.js';

export function documentCard(document: DocumentSummaryJson): HTMLElement {
  return h(
    'li',
    { class: 'document-card' },
    h(
      'h3',
      {},
      h(
        'a',
        { attrs: { href: `/ui/documents/${encodeURIComponent(document.id)}` } },
        document.title ?? 'Untitled document',
      ),
    ),
    h(
      'p',
      { class: 'meta' },
      [
        document.outlet ?? 'unknown outlet',
        formatDate(document.publishedAt),
        document.kind,
        plural(document.statements, 'statement'),
      ].join(' · '),
    ),
    document.snippet ? snippet(document.snippet) : null,
  );
}
