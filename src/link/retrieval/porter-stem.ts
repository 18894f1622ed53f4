// The Porter stemmer for English (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980),
// following the author's reference C implementation, including its two departures from the paper
// (step 2 maps "bli" → "ble" rather than "abli" → "able", and adds "logi" → "log").

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Whether b[i] is a consonant in Porter's sense: not a vowel, and "y" only after a vowel (or at the start). */
function isConsonant(b: string, i: number): boolean {
  const ch = b[i] ?? '';
  if (VOWELS.has(ch)) return false;
  if (ch === 'y') return i === 0 ? true : !isConsonant(b, i - 1);
  return true;
}

/** m, the number of VC sequences in b[0..end). */
function measure(b: string, end: number): number {
  let n = 0;
  let i = 0;
  while (i < end && isConsonant(b, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(b, i)) i++;
    if (i >= end) break;
    while (i < end && isConsonant(b, i)) i++;
    n++;
  }
  return n;
}

function hasVowel(b: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(b, i)) return true;
  return false;
}

/** *d: b[0..end) ends with a double consonant. */
function endsDoubleConsonant(b: string, end: number): boolean {
  return end >= 2 && b[end - 1] === b[end - 2] && isConsonant(b, end - 1);
}

/** *o: b[0..end) ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(b: string, end: number): boolean {
  if (end < 3) return false;
  if (!isConsonant(b, end - 1) || isConsonant(b, end - 2) || !isConsonant(b, end - 3)) return false;
  const last = b[end - 1];
  return last !== 'w' && last !== 'x' && last !== 'y';
}

type Rule = readonly [suffix: string, replacement: string];

/** Replaces the longest listed suffix when the stem before it has measure > min; only that suffix is tried. */
function replaceLongest(word: string, rules: readonly Rule[], min: number): string {
  let best: Rule | undefined;
  for (const rule of rules) {
    if (word.endsWith(rule[0]) && (best === undefined || rule[0].length > best[0].length)) best = rule;
  }
  if (best === undefined) return word;
  const stemEnd = word.length - best[0].length;
  return measure(word, stemEnd) > min ? word.slice(0, stemEnd) + best[1] : word;
}

const STEP2: readonly Rule[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];

const STEP3: readonly Rule[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
] as const;

function step1ab(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
    return w;
  }
  let cut = 0;
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) cut = 2;
  else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) cut = 3;
  if (cut === 0) return w;
  w = w.slice(0, -cut);
  if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) return w + 'e';
  if (endsDoubleConsonant(w, w.length)) {
    const last = w[w.length - 1];
    return last === 'l' || last === 's' || last === 'z' ? w : w.slice(0, -1);
  }
  if (measure(w, w.length) === 1 && endsCvc(w, w.length)) return w + 'e';
  return w;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w, w.length - 1) ? w.slice(0, -1) + 'i' : w;
}

function step4(w: string): string {
  let best = '';
  for (const suffix of STEP4) if (w.endsWith(suffix) && suffix.length > best.length) best = suffix;
  if (best === '') return w;
  const stemEnd = w.length - best.length;
  if (measure(w, stemEnd) <= 1) return w;
  if (best === 'ion' && w[stemEnd - 1] !== 's' && w[stemEnd - 1] !== 't') return w;
  return w.slice(0, stemEnd);
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}

/**
 * The Porter stem of one lower-case English word. Words of one or two letters and words with anything
 * but a–z are returned unchanged, so numbers, handles and non-English words pass through.
 */
export function porterStem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  let w = step1ab(word);
  w = step1c(w);
  w = replaceLongest(w, STEP2, 0);
  w = replaceLongest(w, STEP3, 0);
  w = step4(w);
  return step5(w);
}
