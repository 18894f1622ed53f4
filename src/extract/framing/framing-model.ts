// The trained framing model: the figures scripts/train-framing.ts learns from the propaganda corpora, and their fast in-memory form.

import type { Technique } from '../../domain/framing.js';
import { WORD_CACHE_SIZE } from './framing-tokens.js';

/** Number of context positions each word weighs in: offsets -2..+2 around the token, then the sentence. */
export const WORD_SLOTS = 6;
/** Index of the sentence-level weight in a word's row. */
export const SENTENCE_SLOT = 5;

/**
 * The shipped model: numbers only (weights, thresholds, single-word vocabularies), never corpus sentences.
 * `span` scores each token as inside or outside a propaganda span; `technique` names a span's technique.
 */
export interface FramingModel {
  version: 1;
  /** How the figures were made: the command and the data it read. */
  provenance: string;
  span: {
    bias: number;
    /** Decoding thresholds on the refined logits (see `decodeFramingSpans`). */
    threshold: { low: number; high: number; single: number };
    /** Per word: weights at offsets -2, -1, 0, +1, +2 and the sentence weight. */
    words: Record<string, number[]>;
    /** Row used for words outside the vocabulary. */
    unknown: number[];
    /** Row used beyond the text's ends. */
    edge: number[];
    /** Per `SHAPES` entry. */
    shapes: number[];
    /** Per `QUOTE_CONTEXTS` entry. */
    quotes: number[];
    firstLine: number;
    /** Added to every token of a sentence that has an exclamation or question mark. */
    sentenceExclamation: number;
    sentenceQuestion: number;
  };
  technique: {
    labels: Technique[];
    bias: number[];
    /** Sparse per-word rows: pairs of (label index, weight). */
    words: Record<string, number[]>;
    /** Sparse rows for span-level cues (see `TECHNIQUE_CUES`): pairs of (label index, weight). */
    cues: Record<string, number[]>;
  };
}

/** A model ready for scoring: vocabularies as maps of typed rows. */
export interface CompiledFramingModel {
  source: FramingModel;
  /** Row index of each known word in `rows`; unknown words use row 0 and the text's edges row 1. */
  wordRows: Map<string, number>;
  /** All span rows, `WORD_SLOTS` figures each, in one array so scoring reads contiguous memory. */
  rows: Float32Array;
  /** Memo of `wordRows` lookups by word-cache slot (see `FramingTokens.slot`): the word and its row. */
  slotWords: string[];
  slotRows: Int32Array;
  techniqueWords: Map<string, Float32Array>;
  /** Memo of `techniqueWords` lookups by word-cache slot, as `slotWords`/`slotRows` are for `wordRows`. */
  techniqueSlotWords: string[];
  techniqueSlotRows: Array<Float32Array | undefined>;
  techniqueCues: Map<string, Float32Array>;
  /**
   * The `first:`, `last:`, `prev:` and `next:` rows of `techniqueCues` keyed by the word after the
   * prefix, so a span's context words are looked up without building cue strings.
   */
  contextCues: Record<ContextCue, Map<string, Float32Array>>;
}

/** Cue prefixes naming a word at or around a span's edges. */
export type ContextCue = 'first' | 'last' | 'prev' | 'next';

const compiled = new WeakMap<FramingModel, CompiledFramingModel>();

/** Returns the scoring form of `model`, built once per model object. Never mutates `model`. */
export function compileFramingModel(model: FramingModel): CompiledFramingModel {
  const known = compiled.get(model);
  if (known) return known;
  const labels = model.technique.labels.length;
  const entries = Object.entries(model.span.words);
  const rows = new Float32Array((entries.length + 2) * WORD_SLOTS);
  rows.set(model.span.unknown, 0);
  rows.set(model.span.edge, WORD_SLOTS);
  const wordRows = new Map<string, number>();
  entries.forEach(([word, row], i) => {
    rows.set(row, (i + 2) * WORD_SLOTS);
    wordRows.set(word, i + 2);
  });
  const dense = (rows: Record<string, number[]>): Map<string, Float32Array> => {
    const out = new Map<string, Float32Array>();
    for (const [key, pairs] of Object.entries(rows)) {
      const row = new Float32Array(labels);
      for (let p = 0; p + 1 < pairs.length; p += 2) row[pairs[p]!] = pairs[p + 1]!;
      out.set(key, row);
    }
    return out;
  };
  const techniqueCues = dense(model.technique.cues);
  const contextCues: Record<ContextCue, Map<string, Float32Array>> = {
    first: new Map(),
    last: new Map(),
    prev: new Map(),
    next: new Map(),
  };
  for (const [cue, row] of techniqueCues) {
    const colon = cue.indexOf(':');
    const prefix = cue.slice(0, colon);
    if (colon > 0 && Object.hasOwn(contextCues, prefix))
      contextCues[prefix as ContextCue].set(cue.slice(colon + 1), row);
  }
  const result: CompiledFramingModel = {
    source: model,
    wordRows,
    rows,
    slotWords: new Array<string>(WORD_CACHE_SIZE).fill(''),
    slotRows: new Int32Array(WORD_CACHE_SIZE),
    techniqueWords: dense(model.technique.words),
    techniqueSlotWords: new Array<string>(WORD_CACHE_SIZE).fill(''),
    techniqueSlotRows: new Array<Float32Array | undefined>(WORD_CACHE_SIZE).fill(undefined),
    techniqueCues,
    contextCues,
  };
  compiled.set(model, result);
  return result;
}
