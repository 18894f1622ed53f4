// Builds statements by hand for documents the extractor has not read yet: spans are located by short
// phrases in the text, and every date comes from the text resolved against the publication date.

import type { Stance, Statement, ActorMention } from '../../src/domain/statement.js';
import type { DocumentKind } from '../../src/domain/document.js';
import { findDateMentions } from '../../src/extract/date-mentions.js';
import { governingDate } from '../../src/extract/date-governing.js';
import { findEvidenceEvents } from '../../src/extract/evidence/find-evidence-events.js';
import type { LinkDocument } from '../../src/link/proposition.js';
import { textUnits } from '../../src/link/text-units.js';

/** One statement, named by phrases of the text (each shorter than a dozen words). */
export interface HandStatement {
  /** The speaker's words as in the text. */
  speaker: string;
  actor: string | null;
  /** The reporting cue as in the text; omit for a post's own words (the speaker span is used). */
  cue?: string;
  /** The content runs from the start of the first phrase to the end of the second. */
  content: [string, string];
  stance: Stance;
  hedged?: boolean;
  /** Search for speaker and content after the first occurrence of this phrase. */
  after?: string;
}

export interface HandDocument {
  id: string;
  kind: DocumentKind;
  publishedAt: string;
  outlet: string | null;
  text: string;
  logIndex: number;
  statements: HandStatement[];
  /** Actor names to tag in the text, for evidence sources. */
  mentions?: [string, string][];
}

function find(text: string, phrase: string, from: number, what: string): number {
  const at = text.indexOf(phrase, from);
  if (at < 0) throw new Error(`hand statement: expected ${what} "${phrase}" after offset ${from}`);
  return at;
}

/** The occurrence of `phrase` nearest to `at` (a cue may come before its speaker: "dismissed by X"). */
function nearest(text: string, phrase: string, at: number): number {
  let best = -1;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  if (best < 0) throw new Error(`hand statement: expected cue "${phrase}" near offset ${at}`);
  return best;
}

/** The document's statements with offsets, and `saidOn` from the dates of the cue's sentence. */
export function handStatements(
  text: string,
  publishedAt: string,
  hand: readonly HandStatement[],
): Statement[] {
  const dates = findDateMentions(text, publishedAt);
  const units = textUnits(text);
  return hand.map((h) => {
    const from = h.after === undefined ? 0 : find(text, h.after, 0, 'anchor');
    const speakerStart = find(text, h.speaker, from, 'speaker');
    const cueStart = h.cue === undefined ? speakerStart : nearest(text, h.cue, speakerStart);
    const cueText = h.cue ?? h.speaker;
    const contentStart = find(text, h.content[0], from, 'content start');
    const contentEnd = find(text, h.content[1], contentStart, 'content end') + h.content[1].length;
    const sentence = units.sentenceAt(cueStart);
    const said = governingDate(dates, {
      start: sentence.start,
      end: sentence.end,
      anchor: cueStart,
      exclude: [{ start: contentStart, end: contentEnd }],
    });
    return {
      speaker: { text: h.speaker, start: speakerStart, end: speakerStart + h.speaker.length, actor: h.actor },
      cue: { text: cueText, start: cueStart, end: cueStart + cueText.length },
      content: { text: text.slice(contentStart, contentEnd), start: contentStart, end: contentEnd },
      direct: false,
      stance: h.stance,
      hedged: h.hedged ?? false,
      saidOn: said?.value ?? null,
      confidence: 1,
    };
  });
}

/** Every occurrence of each phrase as an actor mention. */
export function handMentions(text: string, names: readonly [string, string][]): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const [phrase, actor] of names) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      mentions.push({ text: phrase, start: at, end: at + phrase.length, actor });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** A document ready for linking: hand statements plus the evidence events found in its text. */
export function handDocument(doc: HandDocument): LinkDocument {
  const statements = handStatements(doc.text, doc.publishedAt, doc.statements);
  const evidence = findEvidenceEvents({
    text: doc.text,
    kind: doc.kind,
    publishedAt: doc.publishedAt,
    outlet: doc.outlet,
    statements,
    dates: findDateMentions(doc.text, doc.publishedAt),
    mentions: handMentions(doc.text, doc.mentions ?? []),
  });
  return {
    id: doc.id,
    publishedAt: doc.publishedAt,
    logIndex: doc.logIndex,
    outlet: doc.outlet,
    text: doc.text,
    statements,
    evidence,
  };
}
