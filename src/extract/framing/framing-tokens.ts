// Framing tokens: one fast pass that splits a text into words and marks, with the quote and sentence context the span tagger reads.

/** Word shape classes the tagger weighs; indices into `FramingModel.span.shapes`. */
export const SHAPES = [
  'lower',
  'capitalized',
  'allcaps',
  'number',
  'quote',
  'exclamation',
  'question',
  'punctuation',
] as const;
const LOWER = 0;
const CAPITALIZED = 1;
const ALLCAPS = 2;
const NUMBER = 3;
const QUOTE = 4;
const EXCLAMATION = 5;
const QUESTION = 6;
const PUNCTUATION = 7;

/** Where a token stands relative to quotation marks; indices into `FramingModel.span.quotes`. */
export const QUOTE_CONTEXTS = ['outside', 'short quote', 'long quote'] as const;
/** A quoted passage of at most this many words is a fragment (a partial or scare quote), not a full quotation. */
export const SHORT_QUOTE_WORDS = 6;

/** Tokens of one text as parallel arrays; `sentence[i]` indexes `sentenceStart`/`sentenceEnd` (token indices). */
export interface FramingTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Lower-cased word, digits folded to `0`, every quotation mark folded to `"`. */
  norm: string[];
  /**
   * The word-cache slot of `norm[i]` (below `WORD_CACHE_SIZE`), or -1. Equal slots with the identical
   * string are the same word, so a scorer may memoise a lookup per slot, checking the string.
   */
  slot: Int32Array;
  shape: Uint8Array;
  /** 0 outside quotes, 1 inside a short quoted fragment, 2 inside a longer quotation. */
  quote: Uint8Array;
  /** Index of the quoted passage a token is in (-1 outside); its marks are `quoteOpen`/`quoteClose` (text offsets). */
  quoteId: Int32Array;
  quoteOpen: number[];
  quoteClose: number[];
  sentence: Int32Array;
  sentenceStart: number[];
  sentenceEnd: number[];
  /** True for tokens on the first line (the headline of an article). */
  firstLine: Uint8Array;
}

const OPENERS = new Set(['“', '‘', '«', '„']);
const STRAIGHT = new Set(['"', "'"]);

// Character classes by UTF-16 code unit, filled lazily outside ASCII: 1 letter or digit, 2 space, 3 other.
const LETTER = 1;
const SPACE = 2;
const OTHER = 3;
const classes = new Uint8Array(65536);
function charClass(c: number): number {
  const known = classes[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const found = /[\p{L}\p{N}\p{M}]/u.test(ch) ? LETTER : /\s/u.test(ch) ? SPACE : OTHER;
  classes[c] = found;
  return found;
}
for (let c = 0; c < 128; c++) charClass(c);

// A direct-mapped cache of lower-cased ASCII words, indexed by a hash of their letters, so a word met
// again is not allocated again and later stages can memoise per slot (see `FramingTokens.slot`). An
// entry is used only after comparing it with the text, so the cache changes speed, never results.
const CACHE_BITS = 15;
/** Number of word-cache slots; `FramingTokens.slot` values are below it. */
export const WORD_CACHE_SIZE = 1 << CACHE_BITS;
const cachedWords: string[] = new Array<string>(WORD_CACHE_SIZE).fill('');

function cachedWord(text: string, from: number, to: number, slot: number): string {
  const known = cachedWords[slot]!;
  if (known.length === to - from) {
    let same = true;
    for (let k = 0; k < known.length; k++) {
      const c = text.charCodeAt(from + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== known.charCodeAt(k)) {
        same = false;
        break;
      }
    }
    if (same) return known;
  }
  const word = text.slice(from, to).toLowerCase();
  cachedWords[slot] = word;
  return word;
}

/** Joiners that stay inside a word when letters follow: apostrophes, a full stop (U.S.), a hyphen. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/**
 * Splits `text` into framing tokens. Pure and linear in the text length; offsets are JavaScript string
 * offsets into `text`. Quotation marks pair within a paragraph (a line break closes any open quote).
 */
export function tokenizeForFraming(text: string): FramingTokens {
  const length = text.length;
  const cap = Math.max(16, Math.ceil(length / 4));
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let shape = new Uint8Array(cap);
  let slot = new Int32Array(cap);
  let firstLine = new Uint8Array(cap);
  const norm: string[] = [];
  const sentenceStart: number[] = [];
  const sentenceEnd: number[] = [];
  const quoteOpen: number[] = [];
  const quoteClose: number[] = [];
  let count = 0;
  let onFirstLine = 1;
  let sentenceOpen = -1;
  // Quote pairing: token index and text offset of the open mark, or -1.
  let openAt = -1;
  let openOffset = -1;
  let openChar = '';
  let pendingBoundary = false;
  const quotedRuns: Array<[number, number, number, number]> = [];

  let at = 0;
  while (at < length) {
    const c = text.charCodeAt(at);
    if (c === 10) {
      sentenceOpen = closeSentence(sentenceStart, sentenceEnd, sentenceOpen, count - 1);
      pendingBoundary = false;
      openAt = -1;
      if (count > 0) onFirstLine = 0;
      at++;
      continue;
    }
    const kind = c < 128 ? classes[c]! : charClass(c);
    if (kind === SPACE) {
      at++;
      continue;
    }
    if (count === start.length) {
      start = grow(start);
      end = grow(end);
      shape = grow(shape);
      slot = grow(slot);
      firstLine = grow(firstLine);
    }
    const i = count++;
    firstLine[i] = onFirstLine;
    slot[i] = -1;
    start[i] = at;
    if (kind === LETTER) {
      let to = at + 1;
      let upper = c >= 65 && c <= 90 ? 1 : 0;
      let lower = c >= 97 && c <= 122 ? 1 : 0;
      let plain = c < 128;
      // FNV-1a over the lower-cased ASCII letters: the key of the word cache.
      let hash = Math.imul(0x811c9dc5 ^ (upper === 1 ? c | 32 : c), 0x01000193);
      while (to < length) {
        const d = text.charCodeAt(to);
        if ((d < 128 ? classes[d]! : charClass(d)) === LETTER) {
          if (d >= 65 && d <= 90) {
            upper++;
            hash = Math.imul(hash ^ (d | 32), 0x01000193);
          } else {
            if (d >= 97 && d <= 122) lower++;
            else if (d >= 128) plain = false;
            hash = Math.imul(hash ^ d, 0x01000193);
          }
          to++;
        } else if (isJoiner(d) && to + 1 < length && charClass(text.charCodeAt(to + 1)) === LETTER) {
          if (d >= 128) plain = false;
          hash = Math.imul(hash ^ d, 0x01000193);
          // The letter after the joiner is read by the next round.
          to++;
        } else break;
      }
      end[i] = to;
      if (pendingBoundary) sentenceOpen = closeSentence(sentenceStart, sentenceEnd, sentenceOpen, i - 1);
      pendingBoundary = false;
      if (sentenceOpen < 0) sentenceOpen = i;
      if (c >= 48 && c <= 57) {
        at = to;
        shape[i] = NUMBER;
        norm.push('0');
        continue;
      }
      if (plain) {
        shape[i] = upper === 0 ? LOWER : upper > 1 && lower === 0 ? ALLCAPS : CAPITALIZED;
        const cacheSlot = (hash ^ (hash >>> CACHE_BITS)) & (WORD_CACHE_SIZE - 1);
        slot[i] = cacheSlot;
        norm.push(cachedWord(text, at, to, cacheSlot));
      } else {
        const raw = text.slice(at, to);
        const word = raw.toLowerCase().replace(/’/g, "'");
        shape[i] = word === raw ? LOWER : raw.toUpperCase() === raw ? ALLCAPS : CAPITALIZED;
        norm.push(word);
      }
      at = to;
      continue;
    }
    // A mark: one code point.
    const width = c >= 0xd800 && c <= 0xdbff && at + 1 < length ? 2 : 1;
    const raw = width === 1 ? text[at]! : text.slice(at, at + 2);
    end[i] = at + width;
    const offset = at;
    at += width;
    if (c === 46 || c === 33 || c === 63) {
      // . ! ? end a sentence at the next word, so closing quotes and brackets stay with it.
      if (sentenceOpen < 0) sentenceOpen = i;
      shape[i] = c === 33 ? EXCLAMATION : c === 63 ? QUESTION : PUNCTUATION;
      norm.push(raw);
      pendingBoundary = true;
      continue;
    }
    if (isQuoteMark(c)) {
      shape[i] = QUOTE;
      norm.push('"');
      const before = offset === 0 ? 32 : text.charCodeAt(offset - 1);
      if (openAt >= 0 && closesQuote(raw, openChar)) {
        if (sentenceOpen < 0) sentenceOpen = i;
        quotedRuns.push([openAt + 1, i - 1, openOffset, offset]);
        openAt = -1;
        // A closing mark right after a full stop ends the sentence with it.
        if (pendingBoundary) sentenceOpen = closeSentence(sentenceStart, sentenceEnd, sentenceOpen, i);
        pendingBoundary = false;
      } else if (OPENERS.has(raw) || (STRAIGHT.has(raw) && opensAfter(before))) {
        if (pendingBoundary) sentenceOpen = closeSentence(sentenceStart, sentenceEnd, sentenceOpen, i - 1);
        pendingBoundary = false;
        if (sentenceOpen < 0) sentenceOpen = i;
        openAt = i;
        openOffset = offset;
        openChar = raw;
      } else if (sentenceOpen < 0) sentenceOpen = i;
      continue;
    }
    if (sentenceOpen < 0) sentenceOpen = i;
    norm.push(raw);
    shape[i] = PUNCTUATION;
  }
  sentenceOpen = closeSentence(sentenceStart, sentenceEnd, sentenceOpen, count - 1);

  const quote = new Uint8Array(count);
  const quoteId = new Int32Array(count).fill(-1);
  for (const [from, to, open, close] of quotedRuns) {
    let words = 0;
    for (let t = from; t <= to; t++) if (shape[t]! <= NUMBER) words++;
    if (words === 0) continue;
    const id = quoteOpen.length;
    quoteOpen.push(open);
    quoteClose.push(close);
    const kind = words <= SHORT_QUOTE_WORDS ? 1 : 2;
    for (let t = from; t <= to; t++) {
      quote[t] = kind;
      quoteId[t] = id;
    }
  }
  const sentence = new Int32Array(count);
  for (let s = 0; s < sentenceStart.length; s++) {
    for (let t = sentenceStart[s]!; t <= sentenceEnd[s]!; t++) sentence[t] = s;
  }
  return {
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    norm,
    shape: shape.subarray(0, count),
    slot: slot.subarray(0, count),
    quote,
    quoteId,
    quoteOpen,
    quoteClose,
    sentence,
    sentenceStart,
    sentenceEnd,
    firstLine: firstLine.subarray(0, count),
  };
}

/** " ' “ ” ‘ ’ « » „ */
function isQuoteMark(c: number): boolean {
  return c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201e) || c === 0xab || c === 0xbb;
}

/** Records the sentence `[open, last]` when it holds a token; returns the new open index (-1). */
function closeSentence(starts: number[], ends: number[], open: number, last: number): number {
  if (open >= 0 && last >= open) {
    starts.push(open);
    ends.push(last);
  }
  return -1;
}

/** A straight quote opens after a space, a bracket or a dash (otherwise it is an apostrophe or a closer). */
function opensAfter(c: number): boolean {
  return c <= 32 || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 160;
}

function closesQuote(mark: string, opener: string): boolean {
  if (mark === '”' || mark === '»') return opener !== '‘';
  if (mark === '’') return opener === '‘' || opener === "'";
  return STRAIGHT.has(mark) && mark === opener;
}

function grow<T extends Int32Array | Uint8Array>(array: T): T {
  const next = new (array.constructor as new (n: number) => T)(array.length * 2);
  next.set(array);
  return next;
}

/** True for word tokens (letters or digits), false for marks. */
export function isWordShape(shape: number): boolean {
  return shape <= NUMBER;
}

/** The tokens `[first, last]` that overlap the character range `[start, end)`, or null when none do. */
export function tokenRangeOf(tokens: FramingTokens, start: number, end: number): [number, number] | null {
  // Binary search for the first token ending after `start`.
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.count || tokens.start[lo]! >= end) return null;
  let last = lo;
  while (last + 1 < tokens.count && tokens.start[last + 1]! < end) last++;
  return [lo, last];
}
