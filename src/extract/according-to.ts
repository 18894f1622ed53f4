// Attributions by source phrase: "According to X, …" and "…, according to X."

import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { spanOf, tokenAtOrAfter } from './attribution-context.js';
import { clauseEnd, contentSpan } from './clause-end.js';
import { phraseStartingAt, sourceUpToComma } from './noun-phrases.js';
import { quoteAt } from './quote-regions.js';

/** Finds "according to X" attributions, the content being the rest of the clause it qualifies. */
export function findAccordingTo(ctx: AttributionContext): FoundAttribution[] {
  const { tokens } = ctx;
  const found: FoundAttribution[] = [];
  ctx.sentences.forEach((s, sentenceIndex) => {
    for (let a = s.firstToken; a + 2 < s.endToken; a++) {
      if (tokens[a]?.lower !== 'according' || tokens[a + 1]?.lower !== 'to') continue;
      const source = phraseStartingAt(ctx, a + 2) ?? sourceUpToComma(ctx, a + 2, s.endToken);
      if (!source) continue;
      let from: number;
      let to: number;
      const opening = a === s.firstToken || (a === s.firstToken + 1 && tokens[s.firstToken]?.pos === 'CCONJ');
      if (opening) {
        from = source[1];
        while (tokens[from]?.text === ',' || tokens[from]?.lower === 'that') from++;
        to = clauseEnd(ctx, from);
      } else {
        from = s.firstToken;
        const first = tokens[from];
        const open = first ? quoteAt(ctx.quotes, first.start) : null;
        if (open && open.start < (first?.start ?? 0)) from = tokenAtOrAfter(ctx, open.start);
        to = a;
        const after = source[1];
        if (tokens[after]?.text === ',' && after + 2 < s.endToken) to = clauseEnd(ctx, after + 1);
      }
      const content = contentSpan(ctx, from, to);
      if (!content) continue;
      found.push({
        speaker: spanOf(ctx, source[0], source[1]),
        cue: spanOf(ctx, a, a + 2),
        content,
        direct: false,
        stance: 'assert',
        cueClass: 'according',
        negated: false,
        hedged: false,
        sentence: sentenceIndex,
        speakerFromClause: false,
        confidence: 0.75,
      });
    }
  });
  return found;
}
