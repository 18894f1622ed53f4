// Who a frame is about: the owner of the troops, the trigger's subject or object, or the speaker a pronoun means.

import { stemWord } from './claim-tokens.js';
import {
  actorOf,
  agentAfterBy,
  nearestOwner,
  subjectOf,
  type TokenView,
  type TroopOwner,
} from './frame-roles.js';
import type { PredicateClass } from './predicate-lexicon.js';

const SUBJECT_TRIGGERS = new Set(
  [
    'send',
    'dispatch',
    'deploy',
    'ship',
    'transfer',
    'take',
    'participate',
    'participation',
    'involvement',
    'involve',
    'join',
    'help',
    'assist',
    'assistance',
    'contribution',
    'presence',
    'role',
    'fight',
  ].map(stemWord),
);

/** The origin of the party a trigger of `cls` is about, or null when the content does not say. */
export function partyOf(
  view: TokenView,
  cls: PredicateClass,
  trigger: number,
  owners: ReadonlyMap<number, TroopOwner>,
): string | null {
  switch (cls.party) {
    case 'troops': {
      // The troops before the trigger are its subject ("North Korean soldiers were prepared to join
      // Russian forces"); those after are its object.
      const owner =
        nearestOwner(owners, trigger, 20, 'before', true) ?? nearestOwner(owners, trigger, 4, 'after', true);
      if (owner !== null) return owner;
      const stem = view.tokens[trigger]?.stem ?? '';
      if (cls.id === 'deploy' && SUBJECT_TRIGGERS.has(stem)) return subjectOf(view, trigger, 5);
      // Praising "the soldiers" or holding positions: the speaker's own side, unless named otherwise.
      if (cls.id === 'praise' || cls.id === 'hold') return view.speaker;
      return pronounSubject(view, trigger);
    }
    case 'subject':
      return subjectOf(view, trigger, 6, cls.id === 'control') ?? nearestOwner(owners, trigger, 6, 'before');
    case 'object': {
      const after = nearestOwner(owners, trigger, 10, 'after');
      const byAgent = agentAfterBy(view, trigger, false);
      if (after !== null && after !== byAgent) return after;
      return nearestOwner(owners, trigger, 10, 'before');
    }
  }
}

const SPEAKER_PRONOUNS = new Set(['we', 'our', 'us', 'it', 'its', 'they', 'their']);

/**
 * A pronoun right before the trigger ("they withdrew", "it has sent"): the speaker. Not "he" or "she":
 * a person (a captured soldier, a diplomat) is not the state whose troops are at issue.
 */
function pronounSubject(view: TokenView, trigger: number): string | null {
  const span = view.spans.find(
    (s) => s.kind === 'pronoun' && SPEAKER_PRONOUNS.has(s.id) && s.last < trigger && trigger - s.last <= 4,
  );
  return span === undefined ? null : actorOf(view, span);
}
