// Attributions a line's layout makes: "Speaker: words" (headlines, transcripts) and a quotation signed
// "“…” ― Name".

import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { charSpan, quoteContent } from './attribution-context.js';
import { quoteAt } from './quote-regions.js';

const NAME = String.raw`[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the|de|al))*`;
const LABEL_LINE = new RegExp(String.raw`^([ \t]*["“]?)(${NAME})([ \t]*:[ \t]+)(\S.*?)\s*$`, 'u');
const SIGNED_QUOTE = new RegExp(String.raw`([”"])[ \t]*[―—–][ \t]*(${NAME})\.?[ \t]*$`, 'u');
/** Line openers that look like a speaker but label the text instead. */
const NOT_SPEAKERS = new Set(
  'update updated note editor editors correction photo photos video watch read related source sources breaking exclusive warning listen see also advertisement q a transcript opinion analysis'.split(
    ' ',
  ),
);

/** Finds label-line and signed-quotation attributions, one line at a time, in text order. */
export function findLineAttributions(ctx: AttributionContext): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  const { text } = ctx;
  let lineStart = 0;
  let sentenceCursor = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    while (sentenceCursor < ctx.sentences.length && (ctx.sentences[sentenceCursor]?.end ?? 0) <= lineStart)
      sentenceCursor++;
    const sentence = sentenceCursor;
    const label = LABEL_LINE.exec(line);
    if (label && line.length < 3000) {
      const [, lead = '', name = '', colon = '', rest = ''] = label;
      const words = name.split(/\s+/);
      if (words.length <= 5 && !NOT_SPEAKERS.has((words[0] ?? '').toLowerCase()) && /\p{L}/u.test(rest)) {
        const nameStart = lineStart + lead.length;
        const contentStart = nameStart + name.length + colon.length;
        const contentEnd = lineStart + line.trimEnd().length;
        const quoted = quoteAt(ctx.quotes, contentStart);
        found.push({
          speaker: charSpan(text, nameStart, nameStart + name.length),
          cue: charSpan(text, nameStart + name.length, nameStart + name.length + colon.trimEnd().length),
          content: charSpan(text, contentStart, contentEnd),
          direct:
            lead.includes('"') || lead.includes('“') || Boolean(quoted && quoted.start === contentStart),
          stance: 'assert',
          cueClass: 'label',
          negated: false,
          hedged: false,
          sentence,
          speakerFromClause: false,
          confidence: 0.6,
        });
      }
    }
    const signed = SIGNED_QUOTE.exec(line);
    if (signed) {
      const markAt = lineStart + signed.index;
      const region = quoteAt(ctx.quotes, markAt);
      const name = signed[2] ?? '';
      const nameStart = lineStart + line.lastIndexOf(name);
      if (region && region.end === markAt + 1) {
        found.push({
          speaker: charSpan(text, nameStart, nameStart + name.length),
          cue: charSpan(text, markAt + 1, nameStart),
          content: quoteContent(ctx, region),
          direct: true,
          stance: 'assert',
          cueClass: 'label',
          negated: false,
          hedged: false,
          sentence,
          speakerFromClause: false,
          confidence: 0.8,
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
