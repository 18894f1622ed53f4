// Reads a query word the index has never seen as words it has: a run-together compound or a misspelling.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** How often each lower-case word occurs in the indexed claims. */
export type WordCounts = ReadonlyMap<string, number>;

/** A word the vocabulary knows, standing in for an unknown query word, with how much to trust it. */
export interface WordReading {
  readonly word: string;
  readonly weight: number;
}

/**
 * Reads an unknown lower-case word (six letters or more, a–z only) against the vocabulary:
 * - a run-together compound or lower-case hashtag ("bedbugs" → "bed" + "bugs", "pnbrock" → "pnb" + "rock")
 *   splits in two where both parts (three letters or more) occur at least `minCount` times, preferring
 *   the split whose rarer part is most common; each part is read with weight 1;
 * - otherwise a misspelling one edit away (deletion, insertion, substitution or transposition) reads as
 *   the most common such word occurring at least `minCount` times, with weight `misspellingWeight`.
 * Returns [] for known, short or non-alphabetic words and when nothing fits. Deterministic.
 */
export function resolveUnknownWord(
  word: string,
  counts: WordCounts,
  { minCount = 1, misspellingWeight = 1 }: { minCount?: number; misspellingWeight?: number } = {},
): WordReading[] {
  if (counts.has(word) || !/^[a-z]{6,}$/u.test(word)) return [];
  let split: [string, string] | undefined;
  let splitScore = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const score = Math.min(counts.get(head) ?? 0, counts.get(tail) ?? 0);
    if (score >= minCount && score > splitScore) {
      splitScore = score;
      split = [head, tail];
    }
  }
  if (split !== undefined) return split.map((w) => ({ word: w, weight: 1 }));

  let best = '';
  let bestCount = 0;
  const consider = (candidate: string): void => {
    const c = counts.get(candidate) ?? 0;
    if (c > bestCount || (c === bestCount && c > 0 && candidate < best)) {
      best = candidate;
      bestCount = c;
    }
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const rest = word.slice(i);
    for (const ch of LETTERS) consider(head + ch + rest);
    if (i < word.length) {
      consider(head + rest.slice(1));
      for (const ch of LETTERS) consider(head + ch + rest.slice(1));
      if (i + 1 < word.length) consider(head + (rest[1] ?? '') + (rest[0] ?? '') + rest.slice(2));
    }
  }
  return bestCount >= minCount ? [{ word: best, weight: misspellingWeight }] : [];
}
