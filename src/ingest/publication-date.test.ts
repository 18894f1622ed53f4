import { describe, expect, it } from 'vitest';
import { parsePublicationDate } from './publication-date.js';

const now = new Date('2025-05-01T12:00:00Z');
const where = { file: 'reports.jsonl', line: 4 };

describe('parsePublicationDate', () => {
  it('keeps the precision it is given and the calendar date a date-time was written with', () => {
    expect(parsePublicationDate('2025-04-28', where, now)).toBe('2025-04-28');
    expect(parsePublicationDate('2024-10', where, now)).toBe('2024-10');
    expect(parsePublicationDate('2024', where, now)).toBe('2024');
    expect(parsePublicationDate('2025-04-28T23:30:00+09:00', where, now)).toBe('2025-04-28');
  });

  it('treats a missing date as unknown, never as today', () => {
    expect(parsePublicationDate(undefined, where, now)).toBeNull();
    expect(parsePublicationDate(null, where, now)).toBeNull();
    expect(parsePublicationDate('', where, now)).toBeNull();
  });

  it('refuses impossible dates with the reason', () => {
    expect(() => parsePublicationDate('2025-02-30', where, now)).toThrow(
      'reports.jsonl:4: impossible publication date "2025-02-30": 2025-02 has 28 days',
    );
    expect(() => parsePublicationDate('2025-13-01', where, now)).toThrow('there is no month 13');
    expect(() => parsePublicationDate('2031-01-01', where, now)).toThrow('it is after today (2025-05-01)');
  });

  it('refuses dates in other forms, saying which form it expects', () => {
    expect(() => parsePublicationDate('yesterday', where, now)).toThrow(
      'reports.jsonl:4: publication date: expected an ISO 8601 date such as 2025-04-28, found "yesterday"',
    );
    expect(() => parsePublicationDate(20250428, where, now)).toThrow(
      'expected an ISO 8601 date string, found 20250428',
    );
  });
});
