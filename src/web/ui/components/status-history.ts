// A proposition's status over time, oldest first: each change with its day, the rule's reason, and the
// denials and admissions made while it held.

import type { Timeline, TimelineEntry } from '../assessment-contracts.js';
import { h } from '../dom.js';
import { formatDate, STANCE_LABEL } from '../format.js';
import { dateRange } from './time-scale.js';

/**
 * The changes as a list; those after `asOf` (YYYY-MM-DD) are marked as not yet known then. With
 * `entries`, each change lists the first denial or confirmation by each speaker while it held (a denial
 * later reversed is what a reader looks for here).
 */
export function statusHistory(
  changes: Timeline['status'],
  asOf: string | null = null,
  entries: readonly TimelineEntry[] = [],
): HTMLElement {
  if (changes.length === 0) return h('p', {}, 'No status yet: nothing dated supports or disputes it.');
  return h(
    'ol',
    { class: 'status-history' },
    changes.map((change, i) => {
      const later = asOf !== null && change.from > asOf;
      const turns = turningPoints(entries, change.from, changes[i + 1]?.from ?? null);
      return h(
        'li',
        { class: later ? 'after-as-of' : '' },
        h('span', { class: `badge status-${change.status}` }, change.status),
        ' from ',
        h('time', { attrs: { datetime: change.from } }, formatDate(change.from)),
        later ? h('span', { class: 'muted' }, ' (after the as-of date)') : null,
        h('p', { class: 'meta' }, change.why),
        turns.length === 0
          ? null
          : h(
              'ul',
              { class: 'turning-points' },
              turns.map((entry) =>
                h(
                  'li',
                  { class: `turn turn-${entry.stance}` },
                  h('span', { class: `badge stance-${entry.stance}` }, STANCE_LABEL[entry.stance] ?? ''),
                  ' ',
                  entry.speaker.actor ? `${entry.speaker.text} [${entry.speaker.actor}]` : entry.speaker.text,
                  `, ${formatDate(entry.on)}`,
                ),
              ),
            ),
      );
    }),
  );
}

/** The first deny or confirm by each speaker dated in [from, until). */
function turningPoints(
  entries: readonly TimelineEntry[],
  from: string,
  until: string | null,
): TimelineEntry[] {
  const start = dateRange(from)?.first ?? -Infinity;
  const end = until === null ? Infinity : (dateRange(until)?.first ?? Infinity);
  const seen = new Set<string>();
  const turns: TimelineEntry[] = [];
  for (const entry of entries) {
    if (entry.on === null || (entry.stance !== 'deny' && entry.stance !== 'confirm')) continue;
    if (entry.state === 'rejected') continue;
    const day = dateRange(entry.on)?.last ?? -Infinity;
    const key = `${entry.speaker.actor ?? entry.speaker.text}|${entry.stance}`;
    if (day < start || day >= end || seen.has(key)) continue;
    seen.add(key);
    turns.push(entry);
  }
  return turns;
}
