// Framing detection: finds loaded-language and propaganda-technique spans in a text and ties each to whose words they are.

import type { FramingSpan, Technique } from '../../domain/framing.js';
import type { Statement } from '../../domain/statement.js';
import { attributeFraming } from './framing-attribution.js';
import { compileLexicon, FRAMING_LEXICON, matchLexicon } from './framing-lexicon.js';
import type { FramingModel } from './framing-model.js';
import { compileFramingModel } from './framing-model.js';
import type { FramingTokens } from './framing-tokens.js';
import { isWordShape, tokenizeForFraming } from './framing-tokens.js';
import { SHIPPED_FRAMING_MODEL } from './shipped-model.js';
import { decodeFramingSpans, scoreFramingTokens } from './span-tagger.js';
import { spanOccurrences, spanTechnique } from './technique-classifier.js';

const LEXICON = compileLexicon(FRAMING_LEXICON);

/**
 * Heads that make a quoted fragment a label of the conflict itself ("a 'Ukrainian invasion'", "the
 * 'liberation'"): set in quotes by the reporter, such a phrase is flagged whole.
 */
const LABEL_HEADS: ReadonlyMap<string, Technique> = new Map<string, Technique>([
  ...[
    'invasion',
    'invasions',
    'aggression',
    'occupation',
    'occupiers',
    'invaders',
    'regime',
    'junta',
    'terrorists',
    'terrorist',
    'terrorism',
    'genocide',
    'nazis',
    'neo-nazis',
    'fascists',
    'puppet',
    'aggressor',
  ].map((w): [string, Technique] => [w, 'name calling / labeling']),
  ...['liberation', 'liberating', 'denazification', 'demilitarization', 'reunification'].map(
    (w): [string, Technique] => [w, 'euphemism'],
  ),
  ...['provocation', 'provocations', 'fake', 'rumors', 'rumours', 'lies', 'hoax'].map(
    (w): [string, Technique] => [w, 'dismissal'],
  ),
]);

interface Candidate {
  first: number;
  last: number;
  technique: Technique | null;
}

/**
 * Finds framing spans in `text`. Each span carries its technique (the SemEval-2020 task 11 set plus
 * euphemism and dismissal) and its speaker: the speaker of the `statements` content it lies in, else
 * `outlet`. Spans inside a quoted fragment of at most six words set in the reporter's sentence are marked
 * `scareQuotes: true`: the reporter lifted those words and keeps distance from them, so they stay the
 * quoted speaker's framing (the outlet's own when no statement holds them). Pure: reads only its arguments
 * and the shipped lexicon and model; spans are sorted by start, then end.
 */
export function detectFraming(
  text: string,
  statements: readonly Statement[],
  outlet: string | null,
  model: FramingModel = SHIPPED_FRAMING_MODEL,
): FramingSpan[] {
  const tokens = tokenizeForFraming(text);
  const compiled = compileFramingModel(model);
  const ruled: Candidate[] = matchLexicon(tokens, LEXICON).map((m) => stretchToFragment(tokens, m));
  ruled.push(...quotedLabels(tokens, ruled));
  const covered = new Uint8Array(tokens.count);
  for (const c of ruled) covered.fill(1, c.first, c.last + 1);

  const { low, high, single } = model.span.threshold;
  const logits = scoreFramingTokens(tokens, compiled);
  const learned: Candidate[] = [];
  for (const [first, last] of decodeFramingSpans(tokens, logits, low, high, single)) {
    // The rule that fired names the technique more exactly than the tagger: a learned span that
    // overlaps a rule span gives way to it.
    let overlaps = false;
    for (let t = first; t <= last && !overlaps; t++) overlaps = covered[t] === 1;
    if (!overlaps) learned.push({ first, last, technique: null });
  }

  const spans: FramingSpan[] = [];
  const lowerText = learned.length > 0 ? text.toLowerCase() : '';
  for (const c of [...ruled, ...learned]) {
    const start = tokens.start[c.first]!;
    const end = tokens.end[c.last]!;
    const spanText = text.slice(start, end);
    const technique =
      c.technique ??
      spanTechnique(
        tokens,
        c.first,
        c.last,
        spanOccurrences(text, lowerText, tokens, c.first, c.last),
        compiled,
      );
    const span: FramingSpan = {
      text: spanText,
      start,
      end,
      technique,
      speaker: attributeFraming(start, end, statements, outlet),
    };
    if (inShortQuote(tokens, c.first, c.last)) span.scareQuotes = true;
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

function inShortQuote(tokens: FramingTokens, first: number, last: number): boolean {
  return tokens.quote[first] === 1 && tokens.quoteId[first] === tokens.quoteId[last];
}

/** A lexicon match inside a short quoted fragment takes the whole fragment: the reporter quoted it whole. */
function stretchToFragment(tokens: FramingTokens, m: Candidate): Candidate {
  if (!inShortQuote(tokens, m.first, m.last)) return m;
  const id = tokens.quoteId[m.first];
  let first = m.first;
  let last = m.last;
  while (first > 0 && tokens.quoteId[first - 1] === id) first--;
  while (last + 1 < tokens.count && tokens.quoteId[last + 1] === id) last++;
  while (first < last && !isWordShape(tokens.shape[first]!)) first++;
  while (last > first && !isWordShape(tokens.shape[last]!)) last--;
  return { first, last, technique: m.technique };
}

/** Short quoted fragments headed by a conflict label, not already matched by the lexicon. */
function quotedLabels(tokens: FramingTokens, ruled: readonly Candidate[]): Candidate[] {
  const taken = new Set(ruled.map((c) => tokens.quoteId[c.first]));
  const out: Candidate[] = [];
  let t = 0;
  while (t < tokens.count) {
    const id = tokens.quoteId[t]!;
    if (tokens.quote[t] !== 1 || taken.has(id)) {
      t++;
      continue;
    }
    let last = t;
    while (last + 1 < tokens.count && tokens.quoteId[last + 1] === id) last++;
    let technique: Technique | undefined;
    for (let k = t; k <= last && technique === undefined; k++) technique = LABEL_HEADS.get(tokens.norm[k]!);
    let first = t;
    let end = last;
    while (first < end && !isWordShape(tokens.shape[first]!)) first++;
    while (end > first && !isWordShape(tokens.shape[end]!)) end--;
    if (technique !== undefined) out.push({ first, last: end, technique });
    t = last + 1;
  }
  return out;
}
