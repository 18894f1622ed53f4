// Actor mentions: where the text names a gazetteer actor by one of its aliases.

import type { ActorMention } from '../domain/statement.js';
import type { Gazetteer } from './gazetteer.js';
import { firstWordKey } from './gazetteer.js';

const WORD_START = /(?<![\p{L}\p{N}_@])[@\p{L}\p{N}]/gu;
const NAME_START = /(?<![\p{L}\p{N}_@])[@\p{Lu}\p{Lt}\p{N}]/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Finds every alias of a gazetteer actor in `text`, leftmost-longest and never overlapping, in text
 * order. Matching ignores case after the first letter (acronyms match only as written) and the
 * difference between ’ and '; a match starts with a capital letter unless its alias does not, and
 * starts and ends on word boundaries. Never throws.
 */
export function findActorMentions(text: string, gazetteer: Gazetteer): ActorMention[] {
  const straight = text.replace(/’/g, "'");
  const lower = straight.toLowerCase();
  const mentions: ActorMention[] = [];
  let skipUntil = 0;
  // Names start with a capital: unless some alias does not, only capitalized words can start a match.
  const starts = gazetteer.hasLowerCaseAlias ? WORD_START : NAME_START;
  starts.lastIndex = 0;
  for (let m = starts.exec(straight); m; m = starts.exec(straight)) {
    const at = m.index;
    if (at < skipUntil) continue;
    const key = firstWordKey(lower.slice(at, at + 40));
    const candidates = key ? gazetteer.aliasesByFirstWord.get(key) : undefined;
    if (!candidates) continue;
    for (const alias of candidates) {
      const end = at + alias.text.length;
      const fits = alias.caseSensitive
        ? straight.startsWith(alias.text, at)
        : lower.startsWith(alias.lower, at);
      if (!fits) continue;
      if (end < text.length && WORD_CHAR.test(text[end] ?? '') && WORD_CHAR.test(alias.text.at(-1) ?? ''))
        continue;
      mentions.push({ text: text.slice(at, end), start: at, end, actor: alias.actor });
      skipUntil = end;
      break;
    }
  }
  return mentions;
}
