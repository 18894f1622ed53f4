// The NLP port the extract stage reads: sentences and part-of-speech-tagged tokens with text offsets.

/** Universal part-of-speech tags, as wink-nlp and spaCy name them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  /** The token as it appears in the text. */
  text: string;
  /** Lower case, with typographic apostrophes made straight ("’s" → "'s"). */
  lower: string;
  pos: PartOfSpeech;
  start: number;
  end: number;
}

/** A sentence as a half-open range of token indexes; never crosses a line break. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

export interface TextAnalysis {
  /** Every non-space token, in text order. */
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Splits a text into sentences and tagged tokens in one pass. Implementations MUST return offsets
 * into the text as given (no normalization), MUST NOT let a sentence cross a line break, and MUST
 * NOT keep whitespace tokens.
 */
export interface NlpEngine {
  analyse(text: string): TextAnalysis;
}
