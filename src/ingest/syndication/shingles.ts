// Word shingles of a text, with the boilerplate that differs between copies of one story removed first.

/** Lines that outlets add around a relayed story and that say nothing about it. */
const BOILERPLATE_LINE =
  /^\s*(?:read (?:more|also)|related(?: stories| articles)?|see also|more on this|subscribe|sign up|follow us|share (?:this|on)|advertisement|sponsored|copyright|©|all rights reserved|\(c\) \d{4}|reporting by|additional reporting|editing by|writing by|compiled by|with files from|photo(?:graph)?:|image:|video:|source:|click here|download our app|this (?:story|article) (?:was|has been)|tags?:|filed under)\b.*$/gim;
/** Dateline and credit openings such as `SEOUL, Oct. 18 (Yonhap) --` or `KYIV (Reuters) —`. */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'-]{1,40}(?:,[^\n(]{0,30})?\s*\([^)\n]{1,40}\)\s*[-–—]{1,2}\s*/gmu;
const URL_OR_MAIL = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Removes what copies of one story typically do not share: promotional and credit lines (“Read more”,
 * “Reporting by …”, “© 2025 …”), datelines with agency credits, URLs and e-mail addresses.
 */
export function stripBoilerplate(text: string): string {
  const stripped = text.replace(BOILERPLATE_LINE, '').replace(DATELINE, '');
  // The address pattern is costly on long texts; most have no address at all.
  return /@|https?:|www\./.test(stripped) ? stripped.replace(URL_OR_MAIL, ' ') : stripped;
}

/** The text's words after `stripBoilerplate`, case-folded and NFKC-normalised. */
export function duplicateWords(text: string): string[] {
  return stripBoilerplate(text).normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * The distinct 32-bit hashes of the text's `k`-word shingles (k consecutive words), sorted. A text shorter
 * than `k` words yields one shingle of all its words, or none when it has no words.
 */
export function shingleHashes(text: string, k = 3): Uint32Array {
  const count = hashWords(stripBoilerplate(text).normalize('NFKC').toLowerCase());
  const words = wordHashes;
  // At most one shingle per word, or the one of a short text (more only for a shingle size below 1).
  const capacity = count + 1 + (k < 1 ? Math.ceil(1 - k) : 0);
  if (shingleBuffer.length < capacity) shingleBuffer = new Uint32Array(capacity * 2);
  const out = shingleBuffer;
  let shingles = 0;
  if (count > 0 && count < k) out[shingles++] = combine(words, 0, count);
  for (let i = 0; i + k <= count; i++) out[shingles++] = combine(words, i, i + k);
  // Sorting then dropping repeats gives the same distinct sorted set as a Set would, without one.
  const sorted = out.subarray(0, shingles).sort();
  let distinct = 0;
  for (let i = 0; i < shingles; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const result = new Uint32Array(distinct);
  for (let i = 0, n = 0; i < shingles; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) result[n++] = sorted[i] ?? 0;
  return result;
}

/**
 * Scratch space reused by every call (the module is synchronous), so shingling a document allocates
 * only its result: the FNV-1a hashes of the last text's words, and its shingle hashes before dedup.
 */
let wordHashes = new Uint32Array(1024);
let shingleBuffer = new Uint32Array(1024);

const OTHER = 1;
const NUMBER = 2;
const LETTER = 3;
/** For each BMP code unit: 0 not yet looked up, else its class (`OTHER`, `NUMBER` or `LETTER`); ASCII preset. */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  BMP_CLASS[c] = letter ? LETTER : c >= 0x30 && c <= 0x39 ? NUMBER : OTHER;
}
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;
const LETTER_AT = /\p{L}/uy;

/** The class of the code point at `i` of `s` (as `BMP_CLASS`), by the same Unicode properties as `WORD`. */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  if (!surrogate && BMP_CLASS[c] !== 0) return BMP_CLASS[c] ?? OTHER;
  LETTER_AT.lastIndex = i;
  LETTER_OR_NUMBER_AT.lastIndex = i;
  const cls = LETTER_AT.test(s) ? LETTER : LETTER_OR_NUMBER_AT.test(s) ? NUMBER : OTHER;
  if (!surrogate) BMP_CLASS[c] = cls;
  return cls;
}

/** UTF-16 units taken by the code point at `i` of `s`: 2 for a surrogate pair, else 1. */
function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Writes the FNV-1a hash of each word of `s` that `WORD` would match, in order, into `wordHashes` and
 * returns how many there are. A scan instead of the regular expression: the same words (a run of letters
 * and numbers, then optionally an apostrophe and a run of letters), hashed in place without a string each.
 */
function hashWords(s: string): number {
  const length = s.length;
  let count = 0;
  let i = 0;
  while (i < length) {
    if (classAt(s, i) === OTHER) {
      i += widthAt(s, i);
      continue;
    }
    // Letters and numbers, then an apostrophe and letters if one follows.
    let h = hashRun(s, i, 0x811c9dc5, false);
    i = runEnd;
    const c = s.charCodeAt(i);
    if ((c === 0x27 || c === 0x2019) && i + 1 < length && classAt(s, i + 1) === LETTER) {
      h = hashRun(s, i + 1, Math.imul(h ^ c, 0x01000193), true);
      i = runEnd;
    }
    if (count === wordHashes.length) {
      const grown = new Uint32Array(count * 2);
      grown.set(wordHashes);
      wordHashes = grown;
    }
    wordHashes[count++] = h >>> 0;
  }
  return count;
}

/** Where the last `hashRun` stopped (the module is synchronous). */
let runEnd = 0;

/**
 * FNV-1a, continued from `h`, over the run of code points from `i` that are letters or numbers (only
 * letters when `lettersOnly`); the units of an astral code point are hashed one by one, as in a string.
 * Sets `runEnd` to the index after the run.
 */
function hashRun(s: string, i: number, h: number, lettersOnly: boolean): number {
  while (i < s.length) {
    const cls = classAt(s, i);
    if (cls === OTHER || (lettersOnly && cls !== LETTER)) break;
    const width = widthAt(s, i);
    for (let u = 0; u < width; u++) h = Math.imul(h ^ s.charCodeAt(i + u), 0x01000193);
    i += width;
  }
  runEnd = i;
  return h;
}

function combine(hashes: Uint32Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = fmix32(Math.imul(h, 0x01000193) ^ (hashes[i] ?? 0));
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers that mixes every bit. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
