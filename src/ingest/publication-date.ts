// Publication dates as sources give them, checked: a date that cannot be real is an error, never guessed.

import type { PartialDate } from '../domain/document.js';
import { InvalidInput, type Location } from '../domain/errors.js';

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a publication date in ISO 8601 form (`2025-04-28`, `2025-04`, `2025`, or a date-time, whose
 * calendar date as written is kept). Returns null for a missing value. Throws InvalidInput naming
 * `where` for text in another form, an impossible calendar date, or a date after `now` (plus a day,
 * for time zones).
 */
export function parsePublicationDate(value: unknown, where: Location, now: Date): PartialDate | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') {
    throw new InvalidInput(
      `publication date: expected an ISO 8601 date string, found ${JSON.stringify(value)}`,
      { where },
    );
  }
  const match = ISO.exec(value.trim());
  if (!match?.[1]) {
    throw new InvalidInput(
      `publication date: expected an ISO 8601 date such as 2025-04-28, found "${value}"`,
      { where },
    );
  }
  const [, year, month, day, hour, minute] = match;
  if (Number(year) < 1800)
    throw new InvalidInput(`impossible publication date "${value}": year ${year} is before 1800`, { where });
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    throw new InvalidInput(`impossible publication date "${value}": there is no month ${month}`, { where });
  }
  if (day !== undefined) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > days) {
      throw new InvalidInput(`impossible publication date "${value}": ${year}-${month} has ${days} days`, {
        where,
      });
    }
  }
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) {
    throw new InvalidInput(`impossible publication date "${value}": no such time of day`, { where });
  }
  const date = [year, month, day].filter((part) => part !== undefined).join('-');
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, date.length);
  if (date > tomorrow) {
    throw new InvalidInput(
      `impossible publication date "${value}": it is after today (${now.toISOString().slice(0, 10)})`,
      {
        where,
      },
    );
  }
  return date;
}
