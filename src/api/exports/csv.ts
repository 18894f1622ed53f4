// CSV as RFC 4180 writes it, made safe to open in a spreadsheet: text that would start a formula is
// neutralized, since exported cells carry words from hostile documents.

/** A cell's value: text, a number, a flag, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null;

/** A column: its header and how a row gives its cell. */
export interface CsvColumn<T> {
  name: string;
  value(row: T): CsvCell;
}

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What forces a field into quotes (RFC 4180 §2.6): a double quote, a comma, CR or LF. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field: text starting like a formula gets a leading apostrophe (so spreadsheets show it, never
 * run it); a field with a quote, comma or line break is quoted with its quotes doubled (RFC 4180 §2.6,
 * §2.7). Numbers and flags are written as they are (a negative number stays a number); null is empty.
 */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The CSV of `rows`: a header line of the column names, then one line per row, each ended by CRLF
 * (RFC 4180 §2.1–2.3). Pure: the same rows give the same text.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const line = (cells: readonly CsvCell[]) => `${cells.map(csvField).join(',')}\r\n`;
  return (
    line(columns.map((c) => c.name)) + rows.map((row) => line(columns.map((c) => c.value(row)))).join('')
  );
}
