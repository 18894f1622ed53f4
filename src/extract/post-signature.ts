// Social-post signatures: the "— Name (@handle) Month D, YYYY" line an embedded post ends with.

/** One signature line: who posted, under which handle, on which day, and where the line sits. */
export interface PostSignature {
  /** The account's display name; the `@handle` itself when the line gives no name. */
  name: string;
  /** The handle with its `@`, or null when the line gives none. */
  handle: string | null;
  /** `YYYY-MM-DD`, or null when the line gives no (valid) date. */
  date: string | null;
  /** Offsets of the whole line (without its line break) in the text. */
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "April 28, 2025" | "28 April 2025" | "2025-04-28"
const DATE = `(?:${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;
const HANDLE = '@[A-Za-z0-9_]{1,30}';
// A signature line opens with a dash (em, en or hyphen), then an optional name, an optional handle
// (bare or in parentheses) and an optional date; the code below demands a handle or a date.
const SIGNATURE = new RegExp(
  `^[ \\t]*[—–―-]{1,2}[ \\t]*(.*?)[ \\t]*(?:\\(?(${HANDLE})\\)?)?[ \\t]*(?:${DATE})?[ \\t]*$`,
  'iu',
);

/**
 * Finds every line of `text` that is a social-post signature, in text order. A line counts when it
 * starts with a dash and carries a handle or a full date (month, day and year); a name alone is not
 * enough, so ordinary dash-led lines are left alone. Impossible dates ("February 30") give `date: null`.
 * Never throws.
 */
export function findPostSignatures(text: string): PostSignature[] {
  const found: PostSignature[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const signature = line.length <= 200 ? parseSignature(line) : null;
    if (signature) {
      const leading = line.length - line.trimStart().length;
      found.push({ ...signature, start: lineStart + leading, end: lineStart + line.trimEnd().length });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}

function parseSignature(line: string): Omit<PostSignature, 'start' | 'end'> | null {
  const m = SIGNATURE.exec(line);
  if (!m) return null;
  const [, rawName = '', handle, m1, d1, y1, d2, m2, y2, yi, mi, di] = m;
  const hasDate = y1 !== undefined || y2 !== undefined || yi !== undefined;
  if (handle === undefined && !hasDate) return null;
  const name = rawName.replace(/[\s,;:—–―-]+$/u, '').trim();
  // A name-only line needs the date, and must not read like a sentence.
  if (handle === undefined && (name === '' || name.split(/\s+/).length > 8 || /[.!?]$/.test(name)))
    return null;
  let date: string | null = null;
  if (y1 !== undefined && m1 !== undefined && d1 !== undefined) date = isoDate(y1, monthNumber(m1), d1);
  else if (y2 !== undefined && m2 !== undefined && d2 !== undefined) date = isoDate(y2, monthNumber(m2), d2);
  else if (yi !== undefined && mi !== undefined && di !== undefined) date = isoDate(yi, Number(mi), di);
  return { name: name === '' ? (handle ?? '') : name, handle: handle ?? null, date };
}

function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? 0;
}

function isoDate(year: string, month: number, day: string): string | null {
  const y = Number(year);
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
