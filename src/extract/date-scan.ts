// Matches a keyword-first pattern and widens each match backwards over the words before it, which is several times faster than a pattern with optional leading words.

/** A keyword match widened over the words before it. */
export interface Scanned {
  start: number;
  end: number;
  /** The keyword pattern's match (its groups). */
  core: RegExpExecArray;
  /** The words-before pattern's match (its groups), or null when nothing before matched. */
  before: RegExpExecArray | null;
}

/** How far back the words before a keyword are looked for. */
const REACH = 48;

/**
 * Every match of `core` (a global pattern starting at its keyword) in `text`, widened backwards by
 * `before`, a pattern that MUST end with `$` and is tried on the characters just before the keyword:
 * its leftmost (longest) non-empty match extends the span. With `required`, keyword matches without
 * such words before them are skipped.
 */
export function* scanBack(text: string, core: RegExp, before?: RegExp, required = false): Generator<Scanned> {
  for (const m of text.matchAll(core)) {
    let start = m.index;
    let prefix: RegExpExecArray | null = null;
    if (before !== undefined) {
      const from = Math.max(0, m.index - REACH);
      prefix = before.exec(text.slice(from, m.index));
      if (prefix !== null && prefix[0].length === 0) prefix = null;
      if (prefix !== null) start = from + prefix.index;
    }
    if (required && prefix === null) continue;
    yield { start, end: m.index + m[0].length, core: m, before: prefix };
  }
}
