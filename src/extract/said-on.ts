// saidOn: the day a speaker made a statement, as precisely as the text tells it — told apart from the
// dates of what the statement is about.

import type { PartialDate } from '../domain/document.js';
import type { DateMention } from '../domain/statement.js';
import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { tokenAtOrAfter } from './attribution-context.js';
import { isPredicate } from './clause-end.js';
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
 *    October 2024, X reported", "…, according to reports released on April 27"), unless it follows
 *    another cue of the sentence that stands nearer to it ("…, the SBU said on Sunday") or lies between
 *    this cue and a nearer one, or follows the cue past another verb;
 * 3. a headline statement: the date of the first body statement by the same side;
 * 4. the same side's previous statement, when nothing in between was dated later or dates another
 *    statement (a report goes on: "The commission stated …", "It characterized …");
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
    const distance = (d: DateMention, a: FoundAttribution) =>
      d.end <= a.cue.start ? a.cue.start - d.end : Math.max(0, d.start - a.cue.end);
    for (const d of narrative) {
      if (d.start < sentence.start || d.end > sentence.end) continue;
      // "X told interrogators …, the SBU said on Sunday": a date after a cue or between two cues dates
      // the nearer cue; a sentence's opening date ("In October, X said …, which Y denied") dates all.
      const mine = distance(d, found);
      const taken = statements.some(
        (o) =>
          o.found.sentence === found.sentence &&
          distance(d, o.found) < mine &&
          (d.start >= o.found.cue.end || d.start >= found.cue.end),
      );
      if (taken || (d.start >= found.cue.end && verbBetween(ctx, found, d.start))) continue;
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
      // A date that dates another statement breaks the run, and so does narration of anything later
      // than the run's date; an earlier event ("… after the general thanked them on Saturday") does not.
      const carried = saidOn[j] ?? '';
      const interrupted = narrative.some(
        (d) =>
          d !== own[j] &&
          d.start >= from &&
          d.end <= found.cue.start &&
          (own.includes(d) || (d.value ?? '') > carried),
      );
      if (!interrupted) saidOn[i] = saidOn[j] ?? null;
      break;
    }
    if (saidOn[i] === null && publishedAt && presentTense(found)) saidOn[i] = publishedAt;
  });
  return saidOn;
}

/**
 * True when a finite verb outside the statement's content stands between its cue and offset `to`:
 * "admitted …, and after the general thanked them on Saturday" dates the thanks, not the admission. A
 * participle after its noun ("reports issued on April 27") is no such verb.
 */
function verbBetween(ctx: AttributionContext, found: FoundAttribution, to: number): boolean {
  for (let i = tokenAtOrAfter(ctx, found.cue.end); i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    if (!t || t.start >= to) break;
    if (t.start >= found.content.start && t.end <= found.content.end) continue;
    if (!isPredicate(ctx, i) || /ing$/.test(t.lower)) continue;
    const before = ctx.tokens[i - 1];
    const participle = /(?:ed|en|wn)$/.test(t.lower) && (before?.pos === 'NOUN' || before?.pos === 'PROPN');
    // "to state", "according to state media": an infinitive or a tagging slip, not a finite verb.
    const nonFinite = before !== undefined && ['PART', 'ADP', 'DET'].includes(before.pos);
    if (!participle && !nonFinite) return true;
  }
  return false;
}

function presentTense(found: FoundAttribution): boolean {
  const head = found.cue.text.toLowerCase().split(/\s+/)[0] ?? '';
  return VERB_CUES.has(head) && /[^s]s$/.test(head) && found.cueClass !== 'noun';
}
