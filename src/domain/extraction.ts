// What the extract stage yields for one document: the records later stages link and assess.

import type { FramingSpan } from './framing.js';
import type { ActorMention, DateMention, Quantity, Statement } from './statement.js';

export interface Extraction {
  statements: Statement[];
  dates: DateMention[];
  quantities: Quantity[];
  mentions: ActorMention[];
  framing: FramingSpan[];
}
