// Framing profiles: per speaker or outlet, which techniques they use, how often per 1,000 words, and how that moves by month.

import type { PartialDate } from '../../domain/document.js';
import type { FramingSpan, Technique } from '../../domain/framing.js';
import type { Statement } from '../../domain/statement.js';
import { statementHolding, statementSpeaker } from './framing-attribution.js';

/** One speaker's words in one document (or one statement), with the framing spans found in them. */
export interface FramingSample {
  /** Actor id, speaker text, or outlet. */
  speaker: string;
  /** When the words were said or published, at the precision known; null when unknown. */
  date: PartialDate | null;
  spans: readonly FramingSpan[];
  /** How many words the speaker has in this sample: the rate's denominator. */
  words: number;
}

export interface TechniqueCount {
  technique: Technique;
  count: number;
  per1000Words: number;
}

export interface FramingMonth {
  /** `YYYY-MM`. */
  month: string;
  words: number;
  spans: number;
  per1000Words: number;
  techniques: TechniqueCount[];
}

export interface FramingProfile {
  speaker: string;
  words: number;
  spans: number;
  per1000Words: number;
  /** Most used first; ties in technique-name order. */
  techniques: TechniqueCount[];
  /** Months with words, oldest first. Samples dated only to the year, or not at all, count in the totals only. */
  byMonth: FramingMonth[];
  /** Rate in the latest month minus the rate in the earliest (spans per 1,000 words); null with fewer than two months. */
  change: number | null;
}

/**
 * Aggregates samples into one profile per speaker, sorted by speaker. Rates are spans per 1,000 words
 * (0 when a speaker has no words). Pure; never reads the spans' text.
 */
export function profileFraming(samples: readonly FramingSample[]): FramingProfile[] {
  const bySpeaker = new Map<string, FramingSample[]>();
  for (const sample of samples) {
    const list = bySpeaker.get(sample.speaker) ?? [];
    list.push(sample);
    bySpeaker.set(sample.speaker, list);
  }
  return [...bySpeaker.keys()].sort().map((speaker) => {
    const own = bySpeaker.get(speaker) ?? [];
    const total = summarise(own);
    const months = new Map<string, FramingSample[]>();
    for (const sample of own) {
      const month = sample.date !== null && sample.date.length >= 7 ? sample.date.slice(0, 7) : null;
      if (month === null) continue;
      months.set(month, [...(months.get(month) ?? []), sample]);
    }
    const byMonth = [...months.keys()]
      .sort()
      .map((month) => ({ month, ...summarise(months.get(month) ?? []) }));
    const first = byMonth[0];
    const last = byMonth[byMonth.length - 1];
    const change =
      byMonth.length >= 2 && first && last ? round(last.per1000Words - first.per1000Words) : null;
    return { speaker, ...total, byMonth, change };
  });
}

function summarise(samples: readonly FramingSample[]): {
  words: number;
  spans: number;
  per1000Words: number;
  techniques: TechniqueCount[];
} {
  let words = 0;
  let spans = 0;
  const counts = new Map<Technique, number>();
  for (const sample of samples) {
    words += sample.words;
    spans += sample.spans.length;
    for (const span of sample.spans) counts.set(span.technique, (counts.get(span.technique) ?? 0) + 1);
  }
  const techniques = [...counts]
    .map(([technique, count]) => ({ technique, count, per1000Words: rate(count, words) }))
    .sort((a, b) => b.count - a.count || a.technique.localeCompare(b.technique));
  return { words, spans, per1000Words: rate(spans, words), techniques };
}

function rate(count: number, words: number): number {
  return words === 0 ? 0 : round((count * 1000) / words);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Splits one document's framing into samples: one per statement (its speaker, `saidOn` or else
 * `publishedAt`, the spans it holds, the words of its content) and one for the outlet (the words outside
 * every statement's content and the spans attributed to no statement). Spans are assigned by the same
 * rule as `attributeFraming`.
 */
export function framingSamples(
  text: string,
  statements: readonly Statement[],
  spans: readonly FramingSpan[],
  outlet: string,
  publishedAt: PartialDate | null,
): FramingSample[] {
  const held = new Map<Statement, FramingSpan[]>();
  const outletSpans: FramingSpan[] = [];
  for (const span of spans) {
    const statement = statementHolding(span.start, span.end, statements);
    if (statement === null) outletSpans.push(span);
    else held.set(statement, [...(held.get(statement) ?? []), span]);
  }
  const inside = new Uint8Array(text.length);
  const samples: FramingSample[] = statements.map((statement) => {
    inside.fill(1, statement.content.start, statement.content.end);
    return {
      speaker: statementSpeaker(statement),
      date: statement.saidOn ?? publishedAt,
      spans: held.get(statement) ?? [],
      words: countWords(text.slice(statement.content.start, statement.content.end)),
    };
  });
  let outside = '';
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const out = i < text.length && inside[i] === 0;
    if (out && from < 0) from = i;
    if (!out && from >= 0) {
      outside += ` ${text.slice(from, i)}`;
      from = -1;
    }
  }
  samples.push({ speaker: outlet, date: publishedAt, spans: outletSpans, words: countWords(outside) });
  return samples;
}

/** Words in `text`: runs of letters or digits (with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
