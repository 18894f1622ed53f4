// The wink-nlp adapter of the NlpEngine port: one wink instance, built once, reused for every document.

import winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';
import type { NlpEngine, PartOfSpeech, Sentence, TextAnalysis, Token } from './nlp-engine.js';

/**
 * Builds an NlpEngine on wink-nlp with the given language model (e.g. `wink-eng-lite-web-model`),
 * running only sentence boundaries and part-of-speech tagging. The model is passed in so that the
 * extract stage never loads one itself.
 */
export function createWinkEngine(model: Model): NlpEngine {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's `its` helpers never use `this`
  const { pos: posOf, span: spanOf } = nlp.its;
  return {
    analyse(text: string): TextAnalysis {
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out();
      const tags = doc.tokens().out(posOf) as PartOfSpeech[];
      const spans = doc.sentences().out(spanOf) as unknown as [number, number][];
      // wink keeps the text's characters in its token values, so offsets follow by scanning forward.
      const tokens: Token[] = [];
      const firstKept = new Int32Array(values.length + 1);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        firstKept[i] = tokens.length;
        const value = values[i] ?? '';
        const pos = tags[i] ?? 'X';
        let at = text.indexOf(value, cursor);
        if (at < 0 || at - cursor > 64) at = cursor;
        const end = Math.min(text.length, at + value.length);
        cursor = end;
        if (pos === 'SPACE' || value.length === 0 || value.charCodeAt(0) <= 32) continue;
        let lower = value.toLowerCase();
        if (lower.includes('’')) lower = lower.replace(/’/g, "'");
        tokens.push({ text: value, lower, pos, start: at, end });
      }
      firstKept[values.length] = tokens.length;
      return { tokens, sentences: splitAtLineBreaks(text, tokens, spans, firstKept) };
    },
  };
}

function splitAtLineBreaks(
  text: string,
  tokens: Token[],
  spans: [number, number][],
  firstKept: Int32Array,
): Sentence[] {
  const sentences: Sentence[] = [];
  let begin = 0;
  for (const [, last] of spans) {
    const to = firstKept[last + 1] ?? tokens.length;
    for (let i = begin + 1; i <= to; i++) {
      const prev = tokens[i - 1];
      const next = tokens[i];
      const lineBreak = prev && next && hasLineBreak(text, prev.end, next.start);
      if (!lineBreak && (i < to || (next && prev && continues(next)))) continue;
      if (prev && i > begin) {
        const head = tokens[begin];
        if (head) sentences.push({ start: head.start, end: prev.end, firstToken: begin, endToken: i });
      }
      begin = i;
    }
  }
  return sentences;
}

/** wink ends a sentence at "(R-Wis.)" or "e.g."; a next piece opening in lower case goes on with it. */
function continues(next: Token): boolean {
  return /^[a-z)\],;:]/.test(next.text);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
