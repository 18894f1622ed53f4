// Adds the canonical names of the concepts a text names ("Pyongyang" → "North Korea"), so word-based
// retrieval matches a claim however it names the parties, places and troops.

import { claimTokens } from './claim-tokens.js';
import { actorName, placeName } from './concept-lexicon.js';
import { conceptSpans } from './concept-spans.js';

/**
 * `text` followed by the canonical name of every actor and place it names and "troops" for any troop
 * word, each once: "Moscow sent soldiers" → "Moscow sent soldiers Russia troops". Pure; a text that
 * names no concept comes back as it is.
 */
export function expandConcepts(text: string): string {
  const extra = new Set<string>();
  for (const span of conceptSpans(claimTokens(text))) {
    if (span.kind === 'actor') extra.add(actorName(span.id));
    else if (span.kind === 'place') extra.add(placeName(span.id));
    else if (span.kind === 'troops') extra.add('troops');
  }
  return extra.size === 0 ? text : `${text} ${[...extra].join(' ')}`;
}
