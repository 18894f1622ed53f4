// The technique classifier: names the propaganda technique of a span from its words and a few span-level cues.

import type { Technique } from '../../domain/framing.js';
import type { FramingTokens } from './framing-tokens.js';
import { isWordShape } from './framing-tokens.js';
import type { CompiledFramingModel } from './framing-model.js';

/** The span features the classifier weighs: the span's words, and cues named by short strings. */
export interface TechniqueFeatures {
  words: string[];
  cues: string[];
}

/**
 * Lists the features of the token span `[first, last]`. `occurrences` is how many times the span's text
 * occurs in the whole document (repetition is a technique). Used alike by training and by detection.
 */
export function techniqueFeatures(
  tokens: FramingTokens,
  first: number,
  last: number,
  occurrences: number,
): TechniqueFeatures {
  const { words, wordCount, allCaps } = spanWords(tokens, first, last);
  const cues = [`len:${lengthBucket(wordCount)}`];
  if (occurrences >= 2) cues.push('repeated', `repeated:${lengthBucket(wordCount)}`);
  if (wordCount > 0 && allCaps) cues.push('allcaps');
  if (tokens.quote[first] !== 0) cues.push('quoted');
  const sentence = tokens.sentence[first]!;
  const sentenceLast = tokens.sentenceEnd[sentence] ?? last;
  for (let t = first; t <= sentenceLast; t++) {
    if (tokens.shape[t] === 6) cues.push('question');
    if (tokens.shape[t] === 5) cues.push('exclamation');
  }
  if (first === tokens.sentenceStart[sentence] && last >= sentenceLast - 1) cues.push('whole-sentence');
  cues.push(`first:${tokens.norm[first]!}`, `last:${tokens.norm[last]!}`);
  if (first > 0) cues.push(`prev:${tokens.norm[first - 1]!}`);
  if (last + 1 < tokens.count) cues.push(`next:${tokens.norm[last + 1]!}`);
  return { words, cues };
}

/** The distinct words of the span `[first, last]` in order with their cache slots, its word count, and whether all are capitals. */
function spanWords(
  tokens: FramingTokens,
  first: number,
  last: number,
): { words: string[]; slots: number[]; wordCount: number; allCaps: boolean } {
  const words: string[] = [];
  const slots: number[] = [];
  let wordCount = 0;
  let allCaps = true;
  for (let t = first; t <= last; t++) {
    const shape = tokens.shape[t]!;
    if (!isWordShape(shape)) continue;
    wordCount++;
    if (shape !== 2) allCaps = false;
    const word = tokens.norm[t]!;
    if (words.includes(word)) continue;
    words.push(word);
    slots.push(tokens.slot[t]!);
  }
  return { words, slots, wordCount, allCaps };
}

/** The label of the highest score (the first on a tie). */
function bestLabel(scores: Float32Array, model: CompiledFramingModel): Technique {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  return model.source.technique.labels[best] ?? 'loaded language';
}

function lengthBucket(words: number): string {
  if (words <= 2) return String(words);
  if (words <= 4) return '3-4';
  if (words <= 8) return '5-8';
  if (words <= 16) return '9-16';
  return '17+';
}

/** The most likely technique for the given features (the first label on a tie). */
export function bestTechnique(features: TechniqueFeatures, model: CompiledFramingModel): Technique {
  return bestLabel(scoreTechniques(features, model), model);
}

/**
 * The technique of the token span `[first, last]`: the same answer as
 * `bestTechnique(techniqueFeatures(tokens, first, last, occurrences), model)`, with the same sums in the
 * same order, but without building feature strings (detection names every span it finds this way).
 */
export function spanTechnique(
  tokens: FramingTokens,
  first: number,
  last: number,
  occurrences: number,
  model: CompiledFramingModel,
): Technique {
  const scores = new Float32Array(model.source.technique.bias);
  const { words, slots, wordCount, allCaps } = spanWords(tokens, first, last);
  const scale = 1 / Math.sqrt(Math.max(1, words.length));
  for (let w = 0; w < words.length; w++) {
    const row = techniqueWordRow(model, words[w]!, slots[w]!);
    if (row) for (let k = 0; k < scores.length; k++) scores[k] = scores[k]! + row[k]! * scale;
  }
  const cues = model.techniqueCues;
  const bucket = lengthBucket(wordCount);
  addCue(scores, cues.get(`len:${bucket}`));
  if (occurrences >= 2) {
    addCue(scores, cues.get('repeated'));
    addCue(scores, cues.get(`repeated:${bucket}`));
  }
  if (wordCount > 0 && allCaps) addCue(scores, cues.get('allcaps'));
  if (tokens.quote[first] !== 0) addCue(scores, cues.get('quoted'));
  const sentence = tokens.sentence[first]!;
  const sentenceLast = tokens.sentenceEnd[sentence] ?? last;
  for (let t = first; t <= sentenceLast; t++) {
    if (tokens.shape[t] === 6) addCue(scores, cues.get('question'));
    if (tokens.shape[t] === 5) addCue(scores, cues.get('exclamation'));
  }
  if (first === tokens.sentenceStart[sentence] && last >= sentenceLast - 1)
    addCue(scores, cues.get('whole-sentence'));
  const context = model.contextCues;
  addCue(scores, context.first.get(tokens.norm[first]!));
  addCue(scores, context.last.get(tokens.norm[last]!));
  if (first > 0) addCue(scores, context.prev.get(tokens.norm[first - 1]!));
  if (last + 1 < tokens.count) addCue(scores, context.next.get(tokens.norm[last + 1]!));
  return bestLabel(scores, model);
}

/** `model.techniqueWords.get(word)`, memoised by the word's cache slot (-1: none). */
function techniqueWordRow(model: CompiledFramingModel, word: string, slot: number): Float32Array | undefined {
  if (slot < 0) return model.techniqueWords.get(word);
  if (model.techniqueSlotWords[slot] === word) return model.techniqueSlotRows[slot];
  const row = model.techniqueWords.get(word);
  model.techniqueSlotWords[slot] = word;
  model.techniqueSlotRows[slot] = row;
  return row;
}

function addCue(scores: Float32Array, row: Float32Array | undefined): void {
  if (row) for (let k = 0; k < scores.length; k++) scores[k] = scores[k]! + row[k]!;
}

/** Returns the techniques ranked from most to least likely for the given features. */
export function rankTechniques(features: TechniqueFeatures, model: CompiledFramingModel): Technique[] {
  const scores = scoreTechniques(features, model);
  const labels = model.source.technique.labels;
  return labels
    .map((label, index) => ({ label, score: scores[index]! }))
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.label);
}

/** The classifier's unnormalised score for each label in `model.source.technique.labels`. */
export function scoreTechniques(features: TechniqueFeatures, model: CompiledFramingModel): Float32Array {
  const scores = Float32Array.from(model.source.technique.bias);
  const scale = 1 / Math.sqrt(Math.max(1, features.words.length));
  for (const word of features.words) {
    const row = model.techniqueWords.get(word);
    if (row) for (let k = 0; k < scores.length; k++) scores[k] = scores[k]! + row[k]! * scale;
  }
  for (const cue of features.cues) {
    const row = model.techniqueCues.get(cue);
    if (row) for (let k = 0; k < scores.length; k++) scores[k] = scores[k]! + row[k]!;
  }
  return scores;
}

/** Spans longer than this many words are not looked up for repetition (repeated phrases are short). */
export const REPETITION_MAX_WORDS = 6;

/**
 * How many times the text of token span `[first, last]` occurs in the document, ignoring case; 1 for
 * spans longer than `REPETITION_MAX_WORDS` words. `lowerText` is the document lower-cased once by the caller.
 */
export function spanOccurrences(
  text: string,
  lowerText: string,
  tokens: FramingTokens,
  first: number,
  last: number,
): number {
  let words = 0;
  for (let t = first; t <= last; t++) if (isWordShape(tokens.shape[t]!)) words++;
  if (words > REPETITION_MAX_WORDS) return 1;
  const needle = text.slice(tokens.start[first], tokens.end[last]).toLowerCase();
  let count = 0;
  for (let at = lowerText.indexOf(needle); at >= 0; at = lowerText.indexOf(needle, at + needle.length))
    count++;
  return count;
}
