// Attributions a line's layout makes: "Speaker: words" (headlines, transcripts) and a quotation signed
// "“…” ― Name".

import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { charSpan, quoteContent } from './attribution-context.js';
import { quoteAt } from './quote-regions.js';

const NAME = String.raw`[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the|de|al))*`;
const LABEL_LINE = new RegExp(String.raw`^([ \t]*["“]?)(${NAME})([ \t]*:[ \t]+)(\S.*?)\s*$`, 'u');
const SIGNED_QUOTE = new RegExp(String.raw`([”"])\s*[―—–]\s*(${NAME})\.?\s*$`, 'u');
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
  // An all-capitals label ("PENCE: …") opens a turn that runs over paragraphs only in a transcript,
  // where such labels recur; a single one ("NIS: …" in a headline) labels its own line.
  const transcript = (text.match(/^["“]?[A-Z][A-Z.'’ -]*:[ \t]/gm) ?? []).length >= 2;
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
      const [, lead = '', rawName = '', colon = '', rest = ''] = label;
      // "Said Ellis: …" names Ellis.
      const name = rawName.replace(/^Said\s+/, '');
      const skipped = rawName.length - name.length;
      const words = name.split(/\s+/);
      if (
        (words.length <= 3 || name === name.toUpperCase()) &&
        !NOT_SPEAKERS.has((words[0] ?? '').toLowerCase()) &&
        /\p{L}/u.test(rest)
      ) {
        const nameStart = lineStart + lead.length + skipped;
        const contentStart = nameStart + name.length + colon.length;
        const contentEnd =
          transcript && name.length > 1 && name === name.toUpperCase()
            ? turnEnd(text, lineEnd)
            : lineStart + line.trimEnd().length;
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
      const dashAt = text.slice(markAt + 1, nameStart).search(/[―—–]/) + markAt + 1;
      if (region && region.end === markAt + 1) {
        found.push({
          speaker: charSpan(text, nameStart, nameStart + name.length),
          cue: charSpan(text, dashAt, dashAt + 1),
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

/**
 * A transcript turn ("PENCE: …") runs on over the next paragraphs until the next speaker label, at
 * most eight paragraphs; returns where its last paragraph ends.
 */
function turnEnd(text: string, firstLineEnd: number): number {
  let end = firstLineEnd;
  let at = firstLineEnd;
  for (let paragraphs = 0; paragraphs < 8 && at < text.length; paragraphs++) {
    const start = text.slice(at).search(/\S/);
    if (start < 0) break;
    const lineStart = at + start;
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (/^["“]?[A-Z][A-Z.'’ -]*:/.test(line) || /^["“]?\(/.test(line)) break;
    end = lineStart + line.trimEnd().length;
    at = lineEnd;
  }
  return end;
}
