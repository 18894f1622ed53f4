// Attributions inside a relative clause without "that": "an allegation North Korea dismissed as
// rumours", "the deployment Pyongyang called 'groundless rumours' is now official", "experience the
// agency said could strengthen its forces".

import type { Span } from '../domain/statement.js';
import type { AttributionContext } from './attribution-context.js';
import { opensQuote, quoteContent } from './attribution-context.js';
import { clauseEnd, contentSpan } from './clause-end.js';
import { CLAIM_NOUNS } from './cue-lexicon.js';

/** What a speaker inside a reduced relative clause said, and whether it is a quotation in full. */
export interface RelativeContent {
  span: Span;
  direct: boolean;
}

/**
 * When the speaker phrase starting at token `speakerStart` follows a common noun it does not belong to
 * (the clause's antecedent), the statement's content for a cue ending at `cueEnd`:
 * - a claim noun as antecedent ("an allegation X dismissed as …"): the claim, from its determiner to
 *   the clause end, the speaker inside it, as reporting words it;
 * - a verb right after the cue ("the agency said could strengthen …"): the antecedent is that verb's
 *   subject, and the content runs from the verb to the clause end;
 * - a quotation right after the cue ("the deployment X called 'rumours' is now official"): the
 *   quotation alone, since what follows it is the main clause going on.
 * Null when no antecedent stands there or the cue's object is an ordinary one ("the first time Moscow
 * acknowledged their presence"), which the caller reads as usual.
 */
export function reducedRelativeContent(
  ctx: AttributionContext,
  firstToken: number,
  speakerStart: number,
  cueEnd: number,
): RelativeContent | null {
  const { tokens } = ctx;
  const antecedent = tokens[speakerStart - 1];
  if (!antecedent || speakerStart - 1 < firstToken || antecedent.pos !== 'NOUN') return null;
  if (CLAIM_NOUNS.has(antecedent.lower)) {
    const from = tokens[speakerStart - 2]?.pos === 'DET' ? speakerStart - 2 : speakerStart - 1;
    const span = contentSpan(ctx, from, clauseEnd(ctx, from));
    return span ? { span, direct: false } : null;
  }
  const next = tokens[cueEnd];
  if (!next) return null;
  if (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower))) {
    const span = contentSpan(ctx, cueEnd, clauseEnd(ctx, cueEnd));
    return span ? { span, direct: false } : null;
  }
  const region = opensQuote(ctx, cueEnd);
  if (region) return { span: quoteContent(ctx, region), direct: true };
  return null;
}
