// Attributions carried by a noun: "Russian claims of full control", "the ministry's denial that …",
// and passives such as "a claim dismissed by X as “rumors”".

import type { ActorMention } from '../domain/statement.js';
import type { AttributionContext, FoundAttribution } from './attribution-context.js';
import { charSpan, spanOf } from './attribution-context.js';
import { clauseEnd, contentSpan } from './clause-end.js';
import { phraseEndingAt, phraseStartingAt, sourceUpToComma } from './noun-phrases.js';
import { CLAIM_NOUNS, HEDGES, VERB_CUES } from './cue-lexicon.js';

/**
 * Finds statements named by a claim noun whose speaker the text gives: a possessive ("Russia's claim
 * that …"), an actor or demonym right before the noun ("Russian claims of …"), or an agent after a
 * passive cue ("a claim initially dismissed by North Korea as …"). Claims with no named speaker are
 * left out. In text order.
 */
export function findClaimPhrases(
  ctx: AttributionContext,
  mentions: readonly ActorMention[],
): FoundAttribution[] {
  const { tokens } = ctx;
  const found: FoundAttribution[] = [];
  const mentionEndingAt = new Map(mentions.map((m) => [m.end, m]));
  ctx.sentences.forEach((s, sentenceIndex) => {
    for (let n = s.firstToken; n < s.endToken; n++) {
      const noun = tokens[n];
      const nounStance = noun ? CLAIM_NOUNS.get(noun.lower) : undefined;
      if (!noun || !nounStance || noun.pos === 'VERB') continue;
      let j = n + 1;
      let hedged = false;
      while (tokens[j]?.pos === 'ADV' && j < s.endToken) hedged ||= HEDGES.has(tokens[j++]?.lower ?? '');
      const verb = tokens[j];
      const verbCue = verb ? VERB_CUES.get(verb.lower) : undefined;
      if (verbCue && tokens[j + 1]?.lower === 'by') {
        const agent = phraseStartingAt(ctx, j + 2) ?? sourceUpToComma(ctx, j + 2, s.endToken);
        if (!agent) continue;
        const from = tokens[n - 1]?.pos === 'DET' ? n - 1 : n;
        const content = contentSpan(ctx, from, clauseEnd(ctx, from));
        if (!content) continue;
        found.push({
          speaker: spanOf(ctx, agent[0], agent[1]),
          cue: spanOf(ctx, n + 1, j + 1),
          content,
          direct: false,
          stance: verbCue.stance,
          cueClass: 'noun',
          negated: false,
          hedged,
          sentence: sentenceIndex,
          speakerFromClause: false,
          confidence: 0.7,
        });
        continue;
      }
      const link = tokens[n + 1]?.lower;
      if (link !== 'that' && link !== 'of') continue;
      let k = n - 1;
      while (k >= s.firstToken && tokens[k]?.pos === 'ADJ' && !mentionEndingAt.has(tokens[k]?.end ?? -1)) k--;
      const before = tokens[k];
      if (!before || k < s.firstToken) continue;
      let speaker = null;
      if (before.lower === "'s" || before.lower === "'") {
        const owner = phraseEndingAt(ctx, k - 1);
        if (owner) speaker = spanOf(ctx, owner[0], owner[1]);
      } else {
        const mention = mentionEndingAt.get(before.end);
        if (mention) speaker = charSpan(ctx.text, mention.start, mention.end);
      }
      if (!speaker) continue;
      const from = link === 'that' ? n + 1 : n + 2;
      const content = contentSpan(ctx, from, clauseEnd(ctx, from));
      if (!content) continue;
      found.push({
        speaker,
        cue: spanOf(ctx, n, n + 1),
        content,
        direct: false,
        stance: nounStance,
        cueClass: 'noun',
        negated: false,
        hedged: false,
        sentence: sentenceIndex,
        speakerFromClause: false,
        confidence: 0.6,
      });
    }
  });
  return found;
}
