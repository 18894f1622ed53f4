// A proposition's status over time, oldest first: each change with its day and the rule's reason.

import type { Timeline } from '../assessment-contracts.js';
import { h } from '../dom.js';
import { formatDate } from '../format.js';

/** The changes as a list; those after `asOf` (YYYY-MM-DD) are marked as not yet known then. */
export function statusHistory(changes: Timeline['status'], asOf: string | null = null): HTMLElement {
  if (changes.length === 0) return h('p', {}, 'No status yet: nothing dated supports or disputes it.');
  return h(
    'ol',
    { class: 'status-history' },
    changes.map((change) => {
      const later = asOf !== null && change.from > asOf;
      return h(
        'li',
        { class: later ? 'after-as-of' : '' },
        h('span', { class: `badge status-${change.status}` }, change.status),
        ' from ',
        h('time', { attrs: { datetime: change.from } }, formatDate(change.from)),
        later ? h('span', { class: 'muted' }, ' (after the as-of date)') : null,
        h('p', { class: 'meta' }, change.why),
      );
    }),
  );
}
