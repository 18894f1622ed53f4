// The framing lexicon: our own list of conflict-reporting phrases (euphemism, dismissal, labels, flag-waving, loaded words) and its matcher.

import type { Technique } from '../../domain/framing.js';
import type { FramingTokens } from './framing-tokens.js';
import { isWordShape } from './framing-tokens.js';

/**
 * One lexicon entry. `pattern` is space-separated elements over lower-cased words: `a|b` (either word),
 * `x*` (a word starting with x; not in first place), `?` (any one word), `@` (a capitalised word),
 * `[e]` (element e, optional).
 * `extend: 'object'` stretches a match over the words that follow it up to the next mark (at most 10),
 * so a verb takes its object along: "annihilate the enemy forces"; `extend: 'name'` takes at most the
 * three words that follow ("so-called peace plan").
 */
export interface LexiconEntry {
  pattern: string;
  technique: Technique;
  extend?: 'object' | 'name';
}

const PLACE =
  'area|areas|region|regions|territory|territories|city|cities|town|towns|village|villages|land|lands|oblast|province|settlement|settlements|homeland';

/** The shipped entries. Written for this project; ordered by technique. */
export const FRAMING_LEXICON: readonly LexiconEntry[] = [
  // Euphemism: words that soften force, killing or annexation.
  { pattern: 'special military operation', technique: 'euphemism' },
  {
    pattern: 'liberating|liberation|liberate|liberated|liberates [of] [the] [?] [?] ' + PLACE,
    technique: 'euphemism',
  },
  { pattern: 'liberating|liberation|liberate|liberated|liberates [of] [the] @ [@]', technique: 'euphemism' },
  {
    pattern: 'counter-terrorist|counterterrorist|anti-terrorist operation|operations',
    technique: 'euphemism',
  },
  { pattern: 'denazification|demilitarization|demilitarisation', technique: 'euphemism' },
  { pattern: 'collateral damage', technique: 'euphemism' },
  { pattern: 'goodwill gesture', technique: 'euphemism' },
  { pattern: 'gesture of goodwill', technique: 'euphemism' },
  { pattern: 'strategic|tactical regrouping|withdrawal|redeployment', technique: 'euphemism' },
  { pattern: 'enhanced interrogation', technique: 'euphemism' },
  { pattern: 'filtration measures|camps|camp', technique: 'euphemism' },
  { pattern: 'restoring|restore|restoration [of] constitutional order', technique: 'euphemism' },
  { pattern: 'reunification|reunited with [the] motherland|homeland', technique: 'euphemism' },
  {
    pattern:
      'neutralized|neutralised|neutralize|neutralise [the] militants|terrorists|enemy|saboteurs|targets',
    technique: 'euphemism',
  },
  { pattern: 'clean-up|cleanup|mopping-up operation|operations', technique: 'euphemism' },
  { pattern: 'pacification', technique: 'euphemism' },
  // Dismissal: waving a report or a charge away instead of answering it.
  {
    pattern: 'groundless rumors|rumours|claims|allegations|accusations|reports|speculation',
    technique: 'dismissal',
  },
  {
    pattern:
      'baseless|unfounded|unsubstantiated claims|allegations|accusations|reports|rumors|rumours|speculation',
    technique: 'dismissal',
  },
  { pattern: 'fake news', technique: 'dismissal' },
  { pattern: 'provocation|provocations', technique: 'dismissal' },
  { pattern: 'staged provocation|provocations|attack|incident|footage', technique: 'dismissal' },
  { pattern: 'fabrication|fabrications|fabricated|concoction|concocted', technique: 'dismissal' },
  { pattern: 'hoax|hoaxes|canard', technique: 'dismissal' },
  {
    pattern: 'utter|complete|total|absolute nonsense|rubbish|lies|fiction|absurdity',
    technique: 'dismissal',
  },
  { pattern: 'pure|outright|blatant|brazen lies|lie|fabrication|falsehood', technique: 'dismissal' },
  { pattern: 'fairy tales|tale', technique: 'dismissal' },
  { pattern: 'smear campaign', technique: 'dismissal' },
  { pattern: 'slander|slanderous|libelous|libellous', technique: 'dismissal' },
  { pattern: 'false flag', technique: 'dismissal' },
  { pattern: 'witch hunt', technique: 'dismissal' },
  { pattern: 'witch-hunt', technique: 'dismissal' },
  { pattern: 'far-fetched', technique: 'dismissal' },
  {
    pattern: 'anti-russian|russophobic|anti-chinese|anti-korean hysteria|campaign|propaganda',
    technique: 'dismissal',
  },
  { pattern: 'hysteria', technique: 'dismissal' },
  // Name calling and labels for the other side.
  { pattern: 'kyiv|kiev|zelensky|zelenskyy regime|junta', technique: 'name calling / labeling' },
  { pattern: 'puppet regime|government|state|leaders', technique: 'name calling / labeling' },
  {
    pattern: 'nazi|nazis|neo-nazi|neo-nazis|neonazi|neonazis|fascist|fascists',
    technique: 'name calling / labeling',
  },
  { pattern: 'terrorist regime|state|regime', technique: 'name calling / labeling' },
  { pattern: 'orcs|rashists|ruscists|rashism', technique: 'name calling / labeling' },
  {
    pattern:
      'warmongers|warmonger|war-mongers|butchers|thugs|bandits|invaders|occupiers|aggressor|aggressors',
    technique: 'name calling / labeling',
  },
  {
    pattern:
      'adventurous|reckless|criminal|barbaric|brutal|treacherous|unprovoked|heinous|cowardly|vile|savage invasion|aggression|attack|attacks|incursion|adventure|adventurism|provocation|regime',
    technique: 'name calling / labeling',
  },
  { pattern: 'so-called', technique: 'name calling / labeling', extend: 'name' },
  // Flag-waving: appeals to nation, duty and the sacred.
  { pattern: 'sacred|holy mission|duty|war|cause|struggle|land|soil', technique: 'flag-waving' },
  { pattern: 'motherland|fatherland', technique: 'flag-waving' },
  { pattern: 'patriotic duty|war|feat', technique: 'flag-waving' },
  {
    pattern: 'defend|defending|defence|defense of [the] motherland|fatherland|homeland',
    technique: 'flag-waving',
  },
  {
    pattern: 'glorious|heroic victory|army|people|soldiers|fighters|struggle|history|nation',
    technique: 'flag-waving',
  },
  // Loaded words: praise and contempt carried by the word itself.
  { pattern: 'heroic|heroically|valiant|valiantly ?', technique: 'loaded language' },
  { pattern: 'victoriously|triumphantly ?', technique: 'loaded language' },
  {
    pattern: 'annihilate|annihilated|annihilating|annihilation|exterminate|obliterate|crush|smash',
    technique: 'loaded language',
    extend: 'object',
  },
  {
    pattern: 'atrocity|atrocities|barbarity|barbarism|massacre|bloodbath|carnage|slaughter',
    technique: 'loaded language',
  },
  {
    pattern: 'barbaric|monstrous|savage|bloodthirsty|inhuman|diabolical|despicable|evil',
    technique: 'loaded language',
  },
  {
    pattern:
      'grave|flagrant|blatant|brazen|outrageous infringement|violation|violations|breach|crime|crimes|aggression',
    technique: 'loaded language',
  },
];

interface Element {
  optional: boolean;
  any: boolean;
  capitalized: boolean;
  words: Set<string> | null;
  prefix: string | null;
}

interface CompiledEntry {
  entry: LexiconEntry;
  rest: Element[];
}

/** A lexicon match: token indices `[first, last]` and the entry's technique. */
export interface LexiconMatch {
  first: number;
  last: number;
  technique: Technique;
}

/** A lexicon ready for matching: entries grouped by their first word. */
export type CompiledLexicon = Map<string, CompiledEntry[]>;

function parseElement(raw: string): Element {
  const optional = raw.startsWith('[') && raw.endsWith(']');
  const body = optional ? raw.slice(1, -1) : raw;
  const base = { optional, any: false, capitalized: false, words: null, prefix: null };
  if (body === '?') return { ...base, any: true };
  if (body === '@') return { ...base, capitalized: true };
  if (body.endsWith('*')) return { ...base, prefix: body.slice(0, -1) };
  return { ...base, words: new Set(body.split('|')) };
}

/** Groups `entries` by first word for matching. Throws nothing; a malformed first element is skipped. */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const out: CompiledLexicon = new Map();
  for (const entry of entries) {
    const [head, ...rest] = entry.pattern.split(' ').map(parseElement);
    if (!head?.words || head.optional) continue;
    const compiledEntry = { entry, rest };
    for (const word of head.words) {
      const list = out.get(word) ?? [];
      list.push(compiledEntry);
      out.set(word, list);
    }
  }
  return out;
}

function fits(element: Element, tokens: FramingTokens, at: number): boolean {
  if (element.any) return true;
  // Shapes 1 and 2 are capitalised and all-capital words.
  if (element.capitalized) return tokens.shape[at] === 1 || tokens.shape[at] === 2;
  const word = tokens.norm[at]!;
  if (element.prefix !== null) return word.startsWith(element.prefix);
  return element.words?.has(word) ?? false;
}

/** Longest end (token index) at which `rest` matches starting at token `at`, or -1. Words only. */
function matchRest(
  tokens: FramingTokens,
  rest: readonly Element[],
  k: number,
  at: number,
  last: number,
): number {
  if (k === rest.length) return last;
  const element = rest[k]!;
  let best = -1;
  if (at < tokens.count && isWordShape(tokens.shape[at]!) && fits(element, tokens, at)) {
    best = matchRest(tokens, rest, k + 1, at + 1, at);
  }
  if (element.optional) best = Math.max(best, matchRest(tokens, rest, k + 1, at, last));
  return best;
}

/**
 * Finds lexicon phrases in `tokens`, longest match first at each position; matches never overlap.
 * Linear in the token count for a fixed lexicon.
 */
export function matchLexicon(tokens: FramingTokens, lexicon: CompiledLexicon): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.count) {
    const candidates = lexicon.get(tokens.norm[i]!);
    let best: LexiconMatch | null = null;
    if (candidates && isWordShape(tokens.shape[i]!)) {
      for (const { entry, rest } of candidates) {
        let last = matchRest(tokens, rest, 0, i + 1, i);
        if (last < 0) continue;
        if (entry.extend === 'object') last = extendOverObject(tokens, last, 10, null);
        else if (entry.extend === 'name') last = extendOverObject(tokens, last, 3, NAME_ENDS);
        if (!best || last > best.last) best = { first: i, last, technique: entry.technique };
      }
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else i++;
  }
  return out;
}

/** Words that end a name taken by `extend: 'name'`: verbs of being and saying, linking words. */
const NAME_ENDS = new Set(
  'is are was were be been has have had will would could should can may might say says said that which who whom and or but to of in on at by for with from as than'.split(
    ' ',
  ),
);

function extendOverObject(
  tokens: FramingTokens,
  last: number,
  most: number,
  ends: ReadonlySet<string> | null,
): number {
  let end = last;
  for (let t = last + 1; t < tokens.count && t <= last + most; t++) {
    if (!isWordShape(tokens.shape[t]!) || tokens.sentence[t] !== tokens.sentence[last]) break;
    if (ends?.has(tokens.norm[t]!)) break;
    end = t;
  }
  return end;
}
