import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { findDateMentions } from './date-mentions.js';

// 2025-04-28 is a Monday.
const PUBLISHED = '2025-04-28';

/** The mentions of `text` as "words=value" pairs, which is what a reader of the output checks. */
function found(text: string, publishedAt: string | null = PUBLISHED): string[] {
  return findDateMentions(text, publishedAt).map((m) => `${m.text}=${String(m.value)}`);
}

describe('findDateMentions: absolute dates keep their precision', () => {
  it('dates a month and day against the publication year', () => {
    expect(found('The general acknowledged the deployment on April 27.')).toEqual(['April 27=2025-04-27']);
  });

  it('keeps "in October 2024" a month, never a made-up day', () => {
    expect(found('Seoul first raised the alarm in October 2024, officials recalled.')).toEqual([
      'October 2024=2024-10',
    ]);
  });

  it('finds a bare year that chrono misses', () => {
    expect(
      found('The exercises have been held every spring since 2019, and were cancelled in 2024.'),
    ).toEqual(['2019=2019', '2024=2024']);
  });

  it('reads a month with its year and an ISO date', () => {
    expect(found('January 2025 brought the first captures; the report is dated 2025-04-27.')).toEqual([
      'January 2025=2025-01',
      '2025-04-27=2025-04-27',
    ]);
  });

  it('reads a full date with its weekday as one mention', () => {
    expect(found('The ministry replied on Monday, Jan. 13, 2025, in a short note.')).toEqual([
      'Monday, Jan. 13, 2025=2025-01-13',
    ]);
  });

  it('does not take counts, amounts or decades for years', () => {
    expect(found('About 2000 soldiers and $1998 in cash; music of the 1990s; code 2024-A.')).toEqual([]);
  });

  it('does not read the verb "may" or a fraction as a date', () => {
    expect(found('Officials may confirm it after 5 1/2 hours of talks.')).toEqual([]);
  });
});

describe('findDateMentions: relative expressions against the publication date', () => {
  it('resolves yesterday, today and tomorrow', () => {
    expect(found('Talks began yesterday, resume today and end tomorrow.')).toEqual([
      'yesterday=2025-04-27',
      'today=2025-04-28',
      'tomorrow=2025-04-29',
    ]);
  });

  it('takes a weekday as the most recent such day at or before publication', () => {
    expect(found('The footage was released on Saturday and confirmed on Monday.')).toEqual([
      'Saturday=2025-04-26',
      'Monday=2025-04-28',
    ]);
  });

  it('looks ahead for a weekday when the clause announces a future event', () => {
    expect(found('The envoy will travel to Seoul on Thursday.')).toEqual(['Thursday=2025-05-01']);
  });

  it('handles "last" and "next" before a weekday', () => {
    expect(found('It was denied last Friday; a vote is set for next Monday.')).toEqual([
      'last Friday=2025-04-25',
      'next Monday=2025-05-05',
    ]);
  });

  it('counts back "two days ago" to a day and "three years ago" to a year', () => {
    expect(found('The unit crossed two days ago; the treaty was signed three years ago.')).toEqual([
      'two days ago=2025-04-26',
      'three years ago=2022',
    ]);
  });

  it('gives "last month" and "earlier this month" a month, "last year" a year', () => {
    expect(found('It began last month, grew earlier this month and was first denied last year.')).toEqual([
      'last month=2025-03',
      'earlier this month=2025-04',
      'last year=2024',
    ]);
  });

  it('gives a week the month that holds it, or the year when it straddles two months', () => {
    // Last week is 21–27 April; this week is 28 April – 4 May.
    expect(found('Drones struck last week, and more attacks came this week.')).toEqual([
      'last week=2025-04',
      'this week=2025',
    ]);
  });

  it('takes "now" and "currently" as the publication day', () => {
    expect(found('Kyiv now says the brigade is currently in the region.')).toEqual([
      'now=2025-04-28',
      'currently=2025-04-28',
    ]);
  });

  it('leaves durations out: they name no calendar period', () => {
    expect(found('The siege lasted two years and the talks three days.')).toEqual([]);
  });
});

describe('findDateMentions: periods our value set cannot name get their year', () => {
  it('dates seasons and quarters by year', () => {
    expect(
      found('Troops massed last summer; output fell in the third quarter; prices rose in Q1 2023.'),
    ).toEqual(['last summer=2024', 'third quarter=2024', 'Q1 2023=2023']);
  });

  it('dates "last October" to the most recent October', () => {
    expect(found('The first rumours spread last October.')).toEqual(['last October=2024-10']);
  });
});

describe('findDateMentions: times of day', () => {
  it('gives a clock time the day of the weekday beside it', () => {
    expect(found('The blast came at 10:35 a.m. (0735 GMT) Friday, witnesses said.')).toEqual([
      '10:35 a.m.=2025-04-25',
      'Friday=2025-04-25',
    ]);
  });

  it('gives a lone clock time the publication day', () => {
    expect(found('The briefing starts at 9:30 a.m. local time.')).toEqual(['9:30 a.m.=2025-04-28']);
  });

  it('dates "Sunday night" and "last night" to their day', () => {
    expect(found('Shelling resumed Sunday night and again last night.')).toEqual([
      'Sunday night=2025-04-27',
      'last night=2025-04-27',
    ]);
  });
});

describe('findDateMentions: without a publication date', () => {
  it('leaves relative expressions unresolved but still resolves absolute dates with a year', () => {
    expect(
      found('On Monday the agency said the troops arrived in October 2024 and left last week.', null),
    ).toEqual(['Monday=null', 'October 2024=2024-10', 'last week=null']);
  });

  it('leaves a month and day without a year unresolved', () => {
    expect(found('It was admitted on April 27.', null)).toEqual(['April 27=null']);
  });
});

describe('findDateMentions: offsets and input', () => {
  it('returns JavaScript string offsets into the text', () => {
    const text = 'Пресс-служба — «заявление» on April 27 🙂 and yesterday.';
    for (const m of findDateMentions(text, PUBLISHED)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findDateMentions(text, PUBLISHED)).toHaveLength(2);
  });

  it('refuses a publication date that is not a real YYYY-MM-DD day', () => {
    expect(() => findDateMentions('today', '2025-02-30')).toThrow(InvalidInput);
    expect(() => findDateMentions('today', '28/04/2025')).toThrow(
      /expected a publication date as YYYY-MM-DD/,
    );
  });
});
