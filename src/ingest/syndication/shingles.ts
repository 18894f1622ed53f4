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
  const words = duplicateWords(text).map(fnv1a);
  const out = new Set<number>();
  if (words.length > 0 && words.length < k) out.add(combine(words, 0, words.length));
  for (let i = 0; i + k <= words.length; i++) out.add(combine(words, i, i + k));
  return Uint32Array.from(out).sort();
}

function combine(hashes: readonly number[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = fmix32(Math.imul(h, 0x01000193) ^ (hashes[i] ?? 0));
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
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
