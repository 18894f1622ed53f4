import fc from 'fast-check';
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
    expect(found('Officials may confirm it after 5 1/2 hours of talks; shares eased 7/8.')).toEqual([]);
  });

  it('does not read a price per share as a clock time', () => {
    expect(found('Holders will receive $3,500 a share.')).toEqual([]);
  });

  it('reads dotted numeric dates day-first and abbreviated months without a period', () => {
    expect(found('Order of 05.04.2025, signed Apr 3 and published 04/07/2025.')).toEqual([
      '05.04.2025=2025-04-05',
      'Apr 3=2025-04-03',
      '04/07/2025=2025-04-07',
    ]);
  });

  it('names a range of days in one phrase by the month that holds it', () => {
    expect(found('The talks ran 26–27 April 2025 behind closed doors.')).toEqual([
      '26–27 April 2025=2025-04',
    ]);
  });

  it('keeps two dates of a range apart', () => {
    expect(found('Shares were bought from Aug. 26, 2024 to Oct. 20, 2024.')).toEqual([
      'Aug. 26, 2024=2024-08-26',
      'Oct. 20, 2024=2024-10-20',
    ]);
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

  it('keeps a weekday that a past reporting verb governs in the past, whatever future words came before', () => {
    // 2025-01-13 is a Monday: the ministry spoke the day before, not six days later.
    expect(
      found(
        'The captive thought he was going to a drill, not to the front, the ministry said on Sunday.',
        '2025-01-13',
      ),
    ).toEqual(['Sunday=2025-01-12']);
    expect(found('The envoys are going to meet again on Sunday.', '2025-01-13')).toEqual([
      'Sunday=2025-01-19',
    ]);
  });

  it('reads a possessive weekday ("Friday\'s strike") but not a plural one ("on Fridays")', () => {
    expect(found("Friday's strike hit the depot; convoys move on Fridays.")).toEqual(['Friday=2025-04-25']);
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

describe('findDateMentions: a month or day without a year', () => {
  it('places it in the past by default, as reports look back', () => {
    expect(found('The brigade was formed in August and moved on Sept. 3.')).toEqual([
      'August=2024-08',
      'Sept. 3=2024-09-03',
    ]);
  });

  it('places it ahead when the clause announces something to come', () => {
    expect(found('The ministry will publish its findings in September.')).toEqual(['September=2025-09']);
  });

  it('takes a date less than two months ahead as upcoming', () => {
    expect(found('The summit opens June 12 in Vilnius.')).toEqual(['June 12=2025-06-12']);
  });

  it('reads "July last year" and "February this year" as months', () => {
    expect(found('Recruitment began in July last year and ended in February this year.')).toEqual([
      'July last year=2024-07',
      'February this year=2025-02',
    ]);
  });
});

describe('findDateMentions: expressions that count from the date before them', () => {
  it('counts "the following year" and "that same day" from the previous date', () => {
    expect(found('The accord was signed in 2014; the following year it collapsed.')).toEqual([
      '2014=2014',
      'the following year=2015',
    ]);
    expect(found('He crossed on Jan. 9, 2025. That same day the border closed.')).toEqual([
      'Jan. 9, 2025=2025-01-09',
      'That same day=2025-01-09',
    ]);
  });

  it('counts "a year earlier" from publication when no date precedes it', () => {
    expect(found('Exports fell 8% from a year earlier.')).toEqual(['a year earlier=2024']);
  });

  it('never claims a day it does not know: "that day" after a year is the year', () => {
    expect(found('The unit was disbanded in 2016, and that day is still remembered.')).toEqual([
      '2016=2016',
      'that day=2016',
    ]);
  });
});

describe('findDateMentions: periods our value set cannot name get their year', () => {
  it('dates seasons and quarters by year', () => {
    expect(
      found('Troops massed last summer; output fell in the third quarter; prices rose in Q1 2023.'),
    ).toEqual(['last summer=2024', 'third quarter=2024', 'Q1 2023=2023']);
  });

  it('reads a year spoken in words, as transcripts write it', () => {
    expect(found('The fleet was refitted in nineteen ninety-six and again in twenty twenty-two.')).toEqual([
      'nineteen ninety-six=1996',
      'twenty twenty-two=2022',
    ]);
  });

  it('takes a year used before a noun ("a 1994 memorandum", "its 2022 offensive")', () => {
    expect(found('The 1994 memorandum failed to prevent its 2022 offensive.')).toEqual([
      '1994=1994',
      '2022=2022',
    ]);
  });

  it('dates "by the end of the year" and "year-end" to the publication year', () => {
    expect(found('Deliveries should finish by the end of the year, or at least by year-end.')).toEqual([
      'the end of the year=2025',
      'year-end=2025',
    ]);
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

describe('findDateMentions: named days', () => {
  it('dates a holiday to its latest occurrence, or by its year when given', () => {
    expect(
      found('The prisoners were exchanged on Orthodox Christmas; talks stalled after Easter 2024.'),
    ).toEqual(['Orthodox Christmas=2025-01-07', 'Easter 2024=2024-03-31']);
  });

  it('places a holiday ahead when it is near, and reads "Eastern" as no holiday', () => {
    expect(found('Parades are planned for Victory Day across Eastern Europe.')).toEqual([
      'Victory Day=2025-05-09',
    ]);
  });
});

describe('findDateMentions: on any text', () => {
  const words = [
    'on',
    'in',
    'last',
    'next',
    'this',
    'the',
    'week',
    'year',
    'month',
    'Monday',
    'Friday',
    'April',
    'May',
    '27',
    '2024',
    '1998',
    'ago',
    'two',
    'days',
    'yesterday',
    'now',
    'summer',
    'third',
    'quarter',
    'of',
    '10:35',
    'a.m.',
    'Oct.',
    '3,',
    'that',
    'day',
    'earlier',
    'Christmas',
    '05.04.2025',
    '7/8',
    '$',
    ',',
    '.',
  ];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' '));
  const published = fc.option(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  );

  it('returns ordered, non-overlapping mentions whose text is the slice and whose value is a real calendar value', () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ maxLength: 200 })), published, (text, publishedAt) => {
        const mentions = findDateMentions(text, publishedAt);
        let previousEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (m.value !== null) expect(m.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          if (m.value?.length === 10) expect(new Date(m.value).toISOString().slice(0, 10)).toBe(m.value);
          previousEnd = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
