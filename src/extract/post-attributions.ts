// Statements of embedded social posts: the text next to a signature line is the signing account's
// statement, made on the signature's date.

import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { charSpan, tokenAtOrAfter } from './attribution-context.js';
import type { PostSignature } from './post-signature.js';

const SHORT_LINK = /(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com|x\.com|twitter\.com|bit\.ly)\/\S+/;
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/|pic\.twitter\.com\/)\S+)+\s*$/;
const MAX_POST = 1200;

/**
 * For each signature, the paragraph just before it is the post's text, and so is the paragraph just
 * after it when that one carries a post link (t.co, pic.twitter.com …), as pasted embeds do. Each
 * paragraph is one direct statement by the signing account, trailing links removed.
 */
export function findPostAttributions(
  ctx: AttributionContext,
  signatures: readonly PostSignature[],
): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  const signatureStarts = new Set(signatures.map((s) => s.start));
  for (const signature of signatures) {
    const line = ctx.text.slice(signature.start, signature.end);
    const nameAt = signature.start + Math.max(0, line.indexOf(signature.name));
    const speaker = charSpan(ctx.text, nameAt, nameAt + signature.name.length);
    const cue = charSpan(ctx.text, signature.start, signature.end);
    const before = paragraphBefore(ctx.text, signature.start);
    const after = paragraphAfter(ctx.text, signature.end);
    const bodies = [before, after && SHORT_LINK.test(ctx.text.slice(after[0], after[1])) ? after : null];
    for (const body of bodies) {
      if (!body || signatureStarts.has(body[0]) || body[1] - body[0] > MAX_POST) continue;
      const raw = ctx.text.slice(body[0], body[1]);
      const kept = raw.replace(TRAILING_LINKS, '');
      if (!/\p{L}/u.test(kept)) continue;
      found.push({
        speaker,
        cue,
        content: charSpan(ctx.text, body[0], body[0] + kept.length),
        direct: true,
        stance: 'assert',
        cueClass: 'post',
        negated: false,
        hedged: false,
        sentence: Math.max(0, ctx.sentenceOf[tokenAtOrAfter(ctx, body[0])] ?? 0),
        speakerFromClause: false,
        confidence: 0.9,
        postDate: signature.date,
      });
    }
  }
  return found;
}

function paragraphBefore(text: string, lineStart: number): [number, number] | null {
  let end = lineStart;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  if (end === 0) return null;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return trim(text, start, end);
}

function paragraphAfter(text: string, lineEnd: number): [number, number] | null {
  let start = lineEnd;
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  if (start >= text.length) return null;
  const nl = text.indexOf('\n', start);
  return trim(text, start, nl < 0 ? text.length : nl);
}

function trim(text: string, start: number, end: number): [number, number] | null {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return b > a ? [a, b] : null;
}
