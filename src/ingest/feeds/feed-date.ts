// Reads the dates feeds carry (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed) as UTC instants.

const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822 §5.1 zones (military single letters are ambiguous in practice and read as UTC).
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  // Common in the wild though not in RFC 822.
  bst: 1,
  cet: 1,
  cest: 2,
  eet: 2,
  eest: 3,
  msk: 3,
  kst: 9,
  jst: 9,
};

/**
 * Parses a feed date: RFC 822/2822 (`Tue, 10 Jun 2003 04:00:00 GMT`, two-digit years, zone names or
 * offsets) or RFC 3339/ISO 8601 (`2025-04-27T10:00:00+09:00`, or a bare date). A date without a zone is
 * read as UTC, never as the machine's local time. Returns an ISO instant, or null when it is neither form
 * or names an impossible day or time.
 */
export function parseFeedDate(text: string): string | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso !== null) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = iso;
    const ms = Number(`0.${frac || '0'}`) * 1000;
    return build(+y!, +mo!, +d!, +h, +mi, +s, Math.round(ms), offsetMinutes(zone));
  }
  const rfc = RFC822.exec(t);
  if (rfc !== null) {
    const [, d, mon, y, h, mi, s = '0', zone = 'GMT'] = rfc;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    if (month === 0) return null;
    let year = +y!;
    // RFC 2822 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
    if (y!.length === 2) year += year < 50 ? 2000 : 1900;
    const offset = offsetMinutes(zone);
    return offset === null ? null : build(year, month, +d!, +h!, +mi!, +s, 0, offset);
  }
  return null;
}

function offsetMinutes(zone: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (m !== null) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const hours = ZONES[zone.toLowerCase()];
  if (hours !== undefined) return hours * 60;
  return zone.length === 1 ? 0 : null;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number | null,
): string | null {
  if (offset === null || mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 60) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null; // 31 April, 30 February
  return new Date(utc - offset * 60_000).toISOString();
}
