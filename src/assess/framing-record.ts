// Framing per source: a document's counts, and a profile from counts summed per month and technique.

import type { PartialDate } from '../domain/document.js';
import type { FramingSpan, Technique } from '../domain/framing.js';
import type { Statement } from '../domain/statement.js';
import {
  framingSamples,
  profileFraming,
  type FramingProfile,
  type FramingSample,
} from '../extract/framing/framing-profile.js';
import type { SideMap } from '../link/actor-sides.js';
import { periodEnd } from '../link/partial-date.js';
import type { SourceKind } from './track-records.js';

/** Words and spans of one source in one month ('' when undated) and technique ('' for all spans). */
export interface FramingTally {
  month: string;
  technique: string;
  words: number;
  spans: number;
}

/** One document's framing counts for one source, keyed as a store sums them for as-of views. */
export interface FramingCount extends FramingTally {
  kind: SourceKind;
  source: string;
  /** Last day of the document's publication ('' when undated). */
  knownBy: string;
  /** The day the log took the document in. */
  loggedBy: string;
}

/**
 * The framing counts of one document: each resolved speaker's words and spans count for the speaker and
 * its origin (actor rows, as in track records); the words outside every statement and the spans there
 * count for the outlet. Months come from `saidOn`, else the publication date. Pure.
 */
export function framingCounts(
  document: {
    text: string;
    statements: readonly Statement[];
    framing: readonly FramingSpan[];
    outlet: string | null;
    publishedAt: PartialDate | null;
    loggedBy: string;
  },
  sides: SideMap,
): FramingCount[] {
  const samples = framingSamples(
    document.text,
    document.statements,
    document.framing,
    document.outlet ?? '',
    document.publishedAt,
  );
  const knownBy = document.publishedAt === null ? '' : periodEnd(document.publishedAt);
  const counts = new Map<string, FramingCount>();
  const add = (kind: SourceKind, source: string, sample: FramingSample): void => {
    const month = sample.date !== null && sample.date.length >= 7 ? sample.date.slice(0, 7) : '';
    const bump = (technique: string, words: number, spans: number): void => {
      const key = `${kind}\u0000${source}\u0000${month}\u0000${technique}`;
      const count = counts.get(key);
      if (count) {
        count.words += words;
        count.spans += spans;
      } else {
        counts.set(key, {
          kind,
          source,
          month,
          knownBy,
          loggedBy: document.loggedBy,
          technique,
          words,
          spans,
        });
      }
    };
    bump('', sample.words, sample.spans.length);
    for (const span of sample.spans) bump(span.technique, 0, 1);
  };
  samples.forEach((sample, i) => {
    const statement = document.statements[i];
    if (statement === undefined) {
      if (document.outlet !== null) add('outlet', document.outlet, sample);
      return;
    }
    const actor = statement.speaker.actor;
    if (actor === null) return;
    add('actor', actor, sample);
    const origin = sides.origin(actor);
    if (origin !== null && origin !== actor) add('actor', origin, sample);
  });
  return [...counts.values()];
}

/**
 * The profile `profileFraming` gives the samples these tallies sum: techniques with counts and rates
 * per 1,000 words, by month, and the change between the first and last month. Null without words.
 */
export function framingRecord(source: string, tallies: readonly FramingTally[]): FramingProfile | null {
  const months = new Map<string, { words: number; spans: FramingSpan[] }>();
  for (const t of tallies) {
    let month = months.get(t.month);
    if (!month) {
      month = { words: 0, spans: [] };
      months.set(t.month, month);
    }
    if (t.technique === '') {
      month.words += t.words;
      continue;
    }
    // profileFraming reads only each span's technique.
    const span: FramingSpan = {
      text: '',
      start: 0,
      end: 0,
      technique: t.technique as Technique,
      speaker: source,
    };
    for (let i = 0; i < t.spans; i += 1) month.spans.push(span);
  }
  const samples: FramingSample[] = [...months].map(([month, { words, spans }]) => ({
    speaker: source,
    date: month === '' ? null : month,
    spans,
    words,
  }));
  const [profile] = profileFraming(samples);
  return profile === undefined || profile.words === 0 ? null : profile;
}
