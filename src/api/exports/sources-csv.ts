// Track records as CSV: one row per actor or outlet, with the track-record fields of the sources JSON.

import type { SourceRecord } from '../../assess/track-records.js';
import { toCsv, type CsvColumn } from './csv.js';

/** The columns: the track-record fields of a source in the JSON contract (framing and outcomes left out). */
export const SOURCE_COLUMNS: readonly CsvColumn<SourceRecord>[] = [
  { name: 'id', value: (s) => s.id },
  { name: 'name', value: (s) => s.name },
  { name: 'kind', value: (s) => s.kind },
  { name: 'statements', value: (s) => s.statements },
  { name: 'right', value: (s) => s.right },
  { name: 'wrong', value: (s) => s.wrong },
  { name: 'reversed', value: (s) => s.reversed },
  { name: 'pending', value: (s) => s.pending },
  { name: 'accuracy.mean', value: (s) => s.accuracy.mean },
  { name: 'accuracy.low', value: (s) => s.accuracy.low },
  { name: 'accuracy.high', value: (s) => s.accuracy.high },
  { name: 'medianLeadDays', value: (s) => s.medianLeadDays },
];

/** The sources as CSV (see toCsv), in the order given. */
export function sourcesCsv(sources: readonly SourceRecord[]): string {
  return toCsv(SOURCE_COLUMNS, sources);
}
