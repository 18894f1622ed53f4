// Propositions as a table: what is claimed, its status, when it was first supported, and for and against.

import { h } from '../dom.js';
import { formatDate } from '../format.js';

/** A proposition row from the list, or a match from /similar (which has no counts). */
export interface PropositionLike {
  id: string;
  text: string;
  status: string | null;
  firstSupportedOn: string | null;
  supports?: number;
  disputes?: number;
}

/** The href of a proposition's page. */
export function propositionHref(id: string, asOf: string | null = null): string {
  const path = `/ui/propositions/${encodeURIComponent(id)}`;
  return asOf === null ? path : `${path}?asOf=${encodeURIComponent(asOf)}`;
}

export function statusBadge(status: string | null): HTMLElement {
  return status === null
    ? h('span', { class: 'badge muted' }, 'no status')
    : h('span', { class: `badge status-${status}` }, status);
}

/** One row per proposition, each linking to its page; columns read as cards at phone width. */
export function propositionTable(rows: readonly PropositionLike[], caption: string): HTMLElement {
  return h(
    'table',
    { class: 'statements propositions' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Proposition', 'Status', 'First supported', 'For / against'].map((label) =>
          h('th', { attrs: { scope: 'col' } }, label),
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
            h('a', { attrs: { href: propositionHref(row.id) } }, row.text),
          ),
          h('td', { attrs: { 'data-label': 'Status' } }, statusBadge(row.status)),
          h('td', { attrs: { 'data-label': 'First supported' } }, formatDate(row.firstSupportedOn)),
          h(
            'td',
            { attrs: { 'data-label': 'For / against' } },
            row.supports === undefined ? '—' : `${row.supports} / ${row.disputes ?? 0}`,
          ),
        ),
      ),
    ),
  );
}
