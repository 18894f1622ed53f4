// The informative terms of a claim for lexical matching: content stems plus concept keys.

import type { ClaimToken } from './claim-tokens.js';
import { stemWord } from './claim-tokens.js';
import type { ConceptSpan } from './concept-spans.js';

const STOPWORDS = new Set(
  [
    'a an the and or but if of to in on at by for with from into onto over under about as than then that this these those',
    'it its they them their we our us he his she her you your i me my who whom whose which what when where why how',
    'is are was were be been being am has have had having do does did done will would shall should can could may might must',
    'not no nor so too very just also only even still yet again already now ever there here such some any all both each',
    'other another more most much many few several own same up down out off once further while during before after since',
    'until because though although whether said say says told according reportedly allegedly apparently',
    // Reference words: what a denial calls the claim, not the claim itself.
    'claim claims report reports reported rumor rumors rumour rumours allegation allegations story stories statement',
    'statements announcement groundless baseless fake fakes smear lie lies propaganda fabrication initially so-called',
    'dismiss dismissed dismisses reject rejected rejects deny denied denies call called calling describe described',
  ]
    .join(' ')
    .split(' ')
    .map(stemWord),
);

/** The stems (and numbers) that carry a claim's meaning, with its actors and the numbers it gives. */
export function claimTerms(
  tokens: readonly ClaimToken[],
  spans: readonly ConceptSpan[],
): { terms: string[]; actors: string[]; numbers: number[] } {
  const terms: string[] = [];
  const actors: string[] = [];
  const numbers: number[] = [];
  const covered = new Map<number, ConceptSpan>();
  for (const span of spans) for (let i = span.first; i <= span.last; i += 1) covered.set(i, span);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.kind === 'punct') continue;
    const span = covered.get(i);
    if (span !== undefined) {
      if (i !== span.first) continue;
      if (span.kind === 'actor') {
        terms.push(`@${span.id}`);
        if (!actors.includes(span.id)) actors.push(span.id);
      } else if (span.kind === 'place') terms.push(`#${span.id}`);
      else if (span.kind === 'troops') terms.push('troop');
      else if (span.kind !== 'pronoun') terms.push(token.stem);
      continue;
    }
    if (token.kind === 'number') {
      const value = token.value ?? Number.NaN;
      // A bare year is a date, not a quantity.
      if (!(Number.isInteger(value) && value >= 1900 && value <= 2100 && !token.norm.includes(','))) {
        numbers.push(value);
        terms.push(`=${value}`);
      }
      continue;
    }
    if (STOPWORDS.has(token.stem) || token.stem.length < 2) continue;
    terms.push(token.stem);
  }
  return { terms, actors, numbers };
}
