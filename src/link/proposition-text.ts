// Writes a proposition's canonical text from its predicate, party and place, or from its founding claim.

import { claimTokens } from './claim-tokens.js';
import { conceptSpans } from './concept-spans.js';
import { actorAdjective, actorName, isRegion, placeName } from './concept-lexicon.js';
import type { PredicateId } from './predicate-lexicon.js';

export interface PropositionTextInput {
  predicate: PredicateId;
  party: string | null;
  place: string | null;
  /** The founding claim's words (content, or the embedded claim's own text). */
  foundingText: string;
  /** For priority propositions: the claimant's name and the claimed proposition's text. */
  claimantName?: string;
  claimedText?: string;
}

const BENEFICIARY_MARKS = new Set([
  'for',
  'help',
  'helped',
  'helping',
  'alongside',
  'behalf',
  'with',
  'assist',
  'join',
  'joined',
]);
const DESTINATION_MARKS = new Set(['to', 'in', 'into', 'inside']);

/**
 * A readable sentence for the proposition: a template for the predicates the lexicon knows ("North
 * Korean troops are fighting for Russia"), else the founding claim's words with the leading "that"
 * removed, cut at a word boundary after 160 characters.
 */
export function propositionText(input: PropositionTextInput): string {
  const { predicate, party, place } = input;
  const troops = party === null ? 'Troops' : `${actorAdjective(party)} troops`;
  const where = place === null ? '' : ` ${placeName(place)}`;
  switch (predicate) {
    case 'deploy': {
      const beneficiary = relatedActor(input.foundingText, party, BENEFICIARY_MARKS);
      if (beneficiary !== null) return `${troops} are fighting for ${actorName(beneficiary)}`;
      const destination = relatedActor(input.foundingText, party, DESTINATION_MARKS);
      if (destination !== null) return `${troops} are deployed in ${actorName(destination)}`;
      return `${troops} are deployed in the war`;
    }
    case 'withdraw':
      return `${troops} have withdrawn from${where || ' the front'}`;
    case 'redeploy':
      return `${troops} are redeployed to the front${place === null ? '' : ` in${where}`}`;
    case 'control': {
      const region = place !== null && isRegion(place);
      const target = place === null ? 'the disputed area' : placeName(place);
      if (party === null) return `${capitalize(target)} has been ${region ? 'fully ' : ''}retaken`;
      return `${actorName(party)} has taken ${region ? 'full control of' : 'control of'} ${target}`;
    }
    case 'hold':
      return `${troops} still hold positions${where ? ` in${where}` : ''}`;
    case 'capture':
      return `${troops.replace(/troops$/, 'soldiers')} have been taken prisoner`;
    case 'casualties':
      return `${troops} have suffered casualties`;
    case 'footage':
      return `Footage of ${party === null ? 'troops' : troops} has been released`;
    case 'praise':
      return `${troops} are praised for their part in the fighting`;
    case 'combat':
      return `${troops} have been engaged in combat`;
    case 'supply':
      return `${party === null ? 'A state' : actorName(party)} supplies weapons for the war`;
    case 'priority':
      return `${input.claimantName ?? 'The claimant'} was the first: ${lowerFirst(input.claimedText ?? 'unknown')}`;
    case 'order':
    case 'other':
      return cleanClaim(input.foundingText);
  }
}

/** The first actor other than the party after one of `marks` ("fight for Russia", "sent to Russia"). */
function relatedActor(text: string, party: string | null, marks: ReadonlySet<string>): string | null {
  const tokens = claimTokens(text);
  const spans = conceptSpans(tokens);
  for (const span of spans) {
    if (span.kind !== 'actor' || span.id === party) continue;
    const before = tokens[span.first - 1]?.norm ?? '';
    const twoBefore = tokens[span.first - 2]?.norm ?? '';
    if (marks.has(before) || marks.has(twoBefore)) return span.id;
  }
  if (marks !== BENEFICIARY_MARKS) return null;
  // "taking part in the Russian invasion": the war's owner is who the troops fight for.
  for (const span of spans) {
    if (span.kind !== 'actor' || span.id === party) continue;
    const next = tokens[span.last + 1]?.norm ?? '';
    if (
      next === 'invasion' ||
      next === 'war' ||
      next === 'offensive' ||
      next === 'army' ||
      next === 'forces'
    ) {
      return span.id;
    }
  }
  return null;
}

/** The claim's words as a sentence: no leading "that", no trailing punctuation, at most ~160 characters. */
export function cleanClaim(text: string): string {
  let s = text
    .trim()
    .replace(/^(?:that|whether)\s+/i, '')
    .replace(/[\s"“”'’.,;:]+$/, '');
  if (s.length > 160) {
    const cut = s.lastIndexOf(' ', 160);
    s = `${s.slice(0, cut > 80 ? cut : 160)}…`;
  }
  return capitalize(s);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
