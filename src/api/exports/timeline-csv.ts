// A proposition's timeline as CSV: one row per statement for or against it, in date order.

import type { Timeline } from '../../assess/assessment.js';
import { toCsv, type CsvColumn } from './csv.js';

type Entry = Timeline['entries'][number];

/** The columns: the fields of a timeline entry in the JSON contract, nested ones as `speaker.text`. */
export const TIMELINE_COLUMNS: readonly CsvColumn<Entry>[] = [
  { name: 'on', value: (e) => e.on },
  { name: 'speaker.text', value: (e) => e.speaker.text },
  { name: 'speaker.actor', value: (e) => e.speaker.actor },
  { name: 'outlet', value: (e) => e.outlet },
  { name: 'stance', value: (e) => e.stance },
  { name: 'polarity', value: (e) => e.polarity },
  { name: 'documentId', value: (e) => e.documentId },
  { name: 'logIndex', value: (e) => e.logIndex },
  { name: 'linkId', value: (e) => e.linkId },
  { name: 'claimId', value: (e) => e.claimId },
  { name: 'state', value: (e) => e.state },
  { name: 'basis', value: (e) => e.basis },
  { name: 'text', value: (e) => e.text },
];

/** The timeline's entries as CSV (see toCsv), in the order the timeline gives them. */
export function timelineCsv(timeline: Pick<Timeline, 'entries'>): string {
  return toCsv(TIMELINE_COLUMNS, timeline.entries);
}
