// Statements: attributions found in a document — who said what, when, and with which stance.

import type { PartialDate } from './document.js';

export type Stance = 'assert' | 'deny' | 'confirm' | 'contest';
export const STANCES: readonly Stance[] = ['assert', 'deny', 'confirm', 'contest'];

/** A piece of the document text. `start`/`end` are JavaScript string offsets into `Document.text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface SpeakerMention extends Span {
  /** Canonical actor id, or null when the speaker is not in the gazetteer. */
  actor: string | null;
}

export interface Statement {
  speaker: SpeakerMention;
  cue: Span;
  content: Span;
  /** True for a direct (quoted) statement. */
  direct: boolean;
  stance: Stance;
  /** Reported with distance: "reportedly", "allegedly", "is said to". */
  hedged: boolean;
  /** The day the speaker made the statement, at the precision the text gives; null when unknown. */
  saidOn: PartialDate | null;
  /** 0..1, how sure the extractor is that this is an attribution with this speaker. */
  confidence: number;
}

/** A time expression found in a text, resolved against the publication date. */
export interface DateMention extends Span {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null when it cannot be resolved (no publication date). */
  value: PartialDate | null;
}

/** A number with its qualifier: "approximately 1,500", "up to 12,000". */
export interface Quantity extends Span {
  value: number;
  /** How the number is bounded, if the text says. */
  bound: 'exact' | 'approximate' | 'at-most' | 'at-least';
}

/** A mention of a known actor in the text. */
export interface ActorMention extends Span {
  actor: string;
}
