// Quotation regions: the stretches of a text inside quotation marks, across sentences and paragraphs.

/** A quotation: `start`/`end` include the marks, `innerStart`/`innerEnd` exclude them. */
export interface QuoteRegion {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** False when the paragraph ended before a closing mark (news style for a quote running on). */
  closed: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Finds the quotations in `text`, in order and never nested: “…”, "…", ‘…’ (a ’ inside a word is an
 * apostrophe, not a close) and ''…''. A quotation left open at the end of a paragraph runs on while
 * the next paragraph opens with a quotation mark, as news copy does. Never throws.
 */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let i = 0;
  while (i < text.length) {
    const open = openingMark(text, i);
    if (!open) {
      i += 1;
      continue;
    }
    const innerStart = i + open.length;
    const close = findClose(text, innerStart, open);
    if (close) {
      regions.push({ start: i, end: close.end, innerStart, innerEnd: close.at, closed: true });
      i = close.end;
      continue;
    }
    // Unclosed: run to the end of the paragraph, and on through paragraphs that reopen the quote.
    let end = paragraphEnd(text, innerStart);
    for (;;) {
      const next = nextParagraphStart(text, end);
      if (next < 0 || !openingMark(text, next)) break;
      const reopen = openingMark(text, next) ?? '';
      const closeNext = findClose(text, next + reopen.length, reopen);
      if (closeNext) {
        end = closeNext.end;
        regions.push({ start: i, end, innerStart, innerEnd: closeNext.at, closed: true });
        i = end;
        break;
      }
      end = paragraphEnd(text, next + reopen.length);
    }
    if (i < innerStart) {
      regions.push({ start: i, end, innerStart, innerEnd: end, closed: false });
      i = end;
    }
  }
  return regions;
}

/** The quotation whose marks enclose `offset`, if any (binary search over `regions`). */
export function quoteAt(regions: readonly QuoteRegion[], offset: number): QuoteRegion | null {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid];
    if (!r) break;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

function openingMark(text: string, i: number): string | null {
  const ch = text[i];
  if (ch === '“' || ch === '«') return ch;
  // A paragraph opened with the wrong curly mark is still a quotation.
  if (ch === '”' && (i === 0 || text[i - 1] === '\n') && LETTER.test(text[i + 1] ?? '')) return '“';
  if (ch === '"') return LETTER.test(text[i - 1] ?? '') && /\s|$/.test(text[i + 1] ?? '') ? null : '"';
  if (ch === "'" && text[i + 1] === "'") return "''";
  if (ch === '‘' && !LETTER.test(text[i - 1] ?? '')) return '‘';
  return null;
}

function findClose(text: string, from: number, open: string): { at: number; end: number } | null {
  const limit = paragraphEnd(text, from);
  for (let j = from; j < limit; j++) {
    const ch = text[j];
    // Copy often mixes curly and straight marks: “…" and "…” close all the same.
    if (open === '“' && (ch === '”' || ch === '“' || ch === '"')) {
      if (ch === '“') return null;
      return { at: j, end: j + 1 };
    }
    if (open === '«' && ch === '»') return { at: j, end: j + 1 };
    if (open === '"' && (ch === '"' || ch === '”')) return { at: j, end: j + 1 };
    if (open === "''" && ch === "'" && text[j + 1] === "'") return { at: j, end: j + 2 };
    if (open === '‘' && ch === '’' && !LETTER.test(text[j + 1] ?? '')) return { at: j, end: j + 1 };
  }
  return null;
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function nextParagraphStart(text: string, from: number): number {
  let j = from;
  while (j < text.length && /\s/.test(text[j] ?? '')) j++;
  return j < text.length && j > from ? j : -1;
}
