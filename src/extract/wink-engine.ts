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
        if (pos === 'SPACE' || value.trim() === '') continue;
        tokens.push({ text: value, lower: value.toLowerCase().replace(/’/g, "'"), pos, start: at, end });
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
  for (const [first, last] of spans) {
    const from = firstKept[first] ?? tokens.length;
    const to = firstKept[last + 1] ?? tokens.length;
    let begin = from;
    for (let i = from + 1; i <= to; i++) {
      const prev = tokens[i - 1];
      const next = tokens[i];
      const breakHere = i === to || (prev && next && text.slice(prev.end, next.start).includes('\n'));
      if (!breakHere) continue;
      const head = tokens[begin];
      const tail = tokens[i - 1];
      if (head && tail && i > begin) {
        sentences.push({ start: head.start, end: tail.end, firstToken: begin, endToken: i });
      }
      begin = i;
    }
  }
  return sentences;
}
