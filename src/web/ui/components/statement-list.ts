// Statements as a table: who, stance, what, when, where — readable as cards at phone width.

import type { StatementJson } from '../../../api/schemas/statement-json.js';
import { h } from '../dom.js';
import { formatDate } from '../format.js';
import { stanceBadge } from './stance-badge.js';

export function speakerLabel(speaker: { text: string; actor: string | null }): HTMLElement {
  return h(
    'span',
    { class: 'speaker' },
    speaker.text,
    speaker.actor && speaker.actor !== speaker.text
      ? h('span', { class: 'actor' }, ` [${speaker.actor}]`)
      : null,
  );
}

export function quoted(statement: { direct: boolean; content: { text: string } }): string {
  return statement.direct ? `“${statement.content.text}”` : statement.content.text;
}

/** A table of statements, each linking to the document it was found in. */
export function statementTable(statements: readonly StatementJson[], caption: string): HTMLElement {
  return h(
    'table',
    { class: 'statements' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Speaker', 'Stance', 'What was said', 'Said on', 'Source'].map((label) =>
          h('th', { attrs: { scope: 'col' } }, label),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      statements.map((s) =>
        h(
          'tr',
          {},
          h('td', { attrs: { 'data-label': 'Speaker' } }, speakerLabel(s.speaker)),
          h('td', { attrs: { 'data-label': 'Stance' } }, stanceBadge(s.stance, s.hedged)),
          h(
            'td',
            { attrs: { 'data-label': 'What was said' } },
            h('span', { class: 'cue' }, s.cue.text),
            ' ',
            quoted(s),
          ),
          h('td', { attrs: { 'data-label': 'Said on' } }, formatDate(s.saidOn)),
          h(
            'td',
            { attrs: { 'data-label': 'Source' } },
            h(
              'a',
              {
                attrs: {
                  href: `/ui/documents/${encodeURIComponent(s.documentId)}#statement-${ordinal(s.id)}`,
                },
              },
              s.outlet ?? 'document',
            ),
            h('span', { class: 'muted' }, ` · ${formatDate(s.publishedAt)}`),
          ),
        ),
      ),
    ),
  );
}

function ordinal(id: string): string {
  return id.split(':').pop() ?? '0';
}
