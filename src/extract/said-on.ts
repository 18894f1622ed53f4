// saidOn: the day a speaker made a statement, as precisely as the text tells it — told apart from the
// dates of what the statement is about.

import type { PartialDate } from '../domain/document.js';
import type { DateMention } from '../domain/statement.js';
import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { VERB_CUES } from './cue-lexicon.js';

export interface DatedStatement {
  found: FoundAttribution;
  /** Who speaks for whom (see ResolvedSpeaker.family); null when unknown. */
  family: string | null;
}

/** Time words that date nothing in particular. */
const VAGUE = /^(?:now|currently|recently|nowadays|these days|once|then)$/i;

/**
 * Gives each statement (in text order) its saidOn, from the first rule that applies:
 * 1. an embedded post: its signature's date;
 * 2. a date in the cue's sentence outside every statement's content ("said on April 27", "In
 *    October 2024, X reported", "…, according to reports released on April 27");
 * 3. a headline statement: the date of the first body statement by the same side;
 * 4. the same side's previous statement, when no other date came up in the narration in between (a
 *    report goes on: "The commission stated …", "It characterized …");
 * 5. a present-tense cue ("says", "admits") in a dated report: the publication date;
 * otherwise null. Dates inside a statement's content are what it is about, never when it was said.
 */
export function resolveSaidOn(
  ctx: AttributionContext,
  statements: readonly DatedStatement[],
  dates: readonly DateMention[],
  publishedAt: string | null,
  headlineEnd: number,
): (PartialDate | null)[] {
  const useful = dates.filter((d) => d.value !== null && !VAGUE.test(d.text.trim()));
  const insideContent = (d: DateMention) =>
    statements.some(({ found }) => found.content.start <= d.start && d.end <= found.content.end);
  const narrative = useful.filter((d) => !insideContent(d));
  const saidOn: (PartialDate | null)[] = statements.map(() => null);
  const own: (DateMention | null)[] = statements.map(() => null);

  statements.forEach(({ found }, i) => {
    if (found.cueClass === 'post') {
      saidOn[i] = found.postDate ?? null;
      return;
    }
    const sentence = ctx.sentences[found.sentence];
    if (!sentence) return;
    let best: DateMention | null = null;
    for (const d of narrative) {
      if (d.start < sentence.start || d.end > sentence.end) continue;
      if (!best || Math.abs(d.start - found.cue.start) < Math.abs(best.start - found.cue.start)) best = d;
    }
    own[i] = best;
    saidOn[i] = best?.value ?? null;
  });

  statements.forEach(({ found, family }, i) => {
    if (own[i] || found.cueClass === 'post') return;
    if (found.cue.start < headlineEnd) {
      const lead = statements.findIndex(
        (s, j) => j !== i && s.found.cue.start >= headlineEnd && s.family === family,
      );
      // The story's lead states the headline's claim; its date, when it has one, is the headline's.
      if (family && lead >= 0 && saidOn[lead]) saidOn[i] = saidOn[lead] ?? null;
      else if (publishedAt && presentTense(found)) saidOn[i] = publishedAt;
      return;
    }
    for (let j = i - 1; j >= 0; j--) {
      const earlier = statements[j];
      if (!earlier || earlier.found.cue.start < headlineEnd) break;
      if (!family || earlier.family !== family) continue;
      const from = Math.min(earlier.found.cue.end, earlier.found.content.end);
      const interrupted = narrative.some((d) => d !== own[j] && d.start >= from && d.end <= found.cue.start);
      if (!interrupted) saidOn[i] = saidOn[j] ?? null;
      break;
    }
    if (saidOn[i] === null && publishedAt && presentTense(found)) saidOn[i] = publishedAt;
  });
  return saidOn;
}

function presentTense(found: FoundAttribution): boolean {
  const head = found.cue.text.toLowerCase().split(/\s+/)[0] ?? '';
  return VERB_CUES.has(head) && /[^s]s$/.test(head) && found.cueClass !== 'noun';
}
