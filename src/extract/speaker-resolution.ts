// Speaker resolution: which actor a speaker phrase means — by alias, or by reference back to an actor
// the text has just named ("It", "the commission", "a spokesperson", "state media").

import type { Actor } from '../domain/actor.js';
import type { ActorMention, Span } from '../domain/statement.js';
import type { Gazetteer } from './gazetteer.js';

export interface ResolvedSpeaker {
  /** Canonical actor id, or null when the phrase names no known actor. */
  actor: string | null;
  /** The top of the actor's hierarchy (its state), or the phrase itself when unknown: who speaks for whom. */
  family: string | null;
}

const PERSON_PRONOUNS = /^(?:he|she|him|her)$/i;
const THING_PRONOUNS = /^(?:it)$/i;
const GROUP_PRONOUNS = /^(?:they|we|who|which)$/i;
const SPOKESPERSON =
  /^(?:an?|the|one)\s+(?:(?:senior|top|unnamed|anonymous|government|ministry|military|press)\s+)?(?:spokesperson|spokesman|spokeswoman|representative|official|officer|press secretary|source)$/i;
const DEFINITE = /^(?:the|this|that)\s+(?:[a-z]+\s+)?([a-z]+)$/i;
const STATE_MEDIA = /\bstate(?:-run)?\s+(?:media|television|tv|news agency|outlets?|broadcaster)\b/i;
const ORG_KINDS = new Set([
  'government',
  'ministry',
  'military',
  'intelligence',
  'organization',
  'media',
  'account',
  'group',
]);

interface Referent {
  actor: string | null;
  family: string | null;
  text: string;
  kind: string | null;
  /** Where the referring phrase starts. */
  at: number;
}

/**
 * Resolves each speaker (in text order of `speakers`, which must be sorted by position) against the
 * gazetteer mentions and the actors named before it. Pronouns take the previous speaker of a fitting
 * kind; "the <noun>" takes the latest speaker or mention whose name holds that noun; "a spokesperson"
 * takes the organization last named; "state media" takes the state in focus. Never throws.
 */
export function resolveSpeakers(
  speakers: readonly (Span | null)[],
  mentions: readonly ActorMention[],
  gazetteer: Gazetteer,
): ResolvedSpeaker[] {
  const history: Referent[] = [];
  let mentionCursor = 0;
  const seen: ActorMention[] = [];
  const resolved: ResolvedSpeaker[] = [];
  for (const speaker of speakers) {
    if (!speaker) {
      resolved.push({ actor: null, family: null });
      continue;
    }
    while (mentionCursor < mentions.length && (mentions[mentionCursor]?.start ?? Infinity) < speaker.start) {
      const m = mentions[mentionCursor++];
      if (m) seen.push(m);
    }
    const referent = { ...resolveOne(speaker, mentions, seen, history, gazetteer), at: speaker.start };
    history.push(referent);
    resolved.push({ actor: referent.actor, family: referent.family });
  }
  return resolved;
}

function resolveOne(
  speaker: Span,
  mentions: readonly ActorMention[],
  seen: readonly ActorMention[],
  history: readonly Referent[],
  gazetteer: Gazetteer,
): Referent {
  const text = speaker.text.trim();
  const own = (actor: string | null): Referent => known(actor, text, gazetteer);
  const last = (test: (r: Referent) => boolean) => [...history].reverse().find(test);
  if (PERSON_PRONOUNS.test(text)) return { ...(last((r) => r.kind === 'person') ?? own(null)), text };
  if (THING_PRONOUNS.test(text)) return { ...(last((r) => r.kind !== 'person') ?? own(null)), text };
  if (GROUP_PRONOUNS.test(text)) return { ...(history.at(-1) ?? own(null)), text };

  const inside = mentions.filter((m) => m.start >= speaker.start && m.end <= speaker.end);
  if (STATE_MEDIA.test(text)) {
    const state =
      inside.find((m) => gazetteer.actors.get(m.actor)?.kind === 'state') ??
      [...seen].reverse().find((m) => gazetteer.actors.get(m.actor)?.kind === 'state');
    return own(state?.actor ?? null);
  }
  if (inside.length > 0) {
    // The head of an English noun phrase comes last: "North Korean leader Kim Jong Un" is Kim.
    const head = inside.reduce((best, m) =>
      m.end > best.end || (m.end === best.end && m.start < best.start) ? m : best,
    );
    return own(head.actor);
  }
  if (SPOKESPERSON.test(text)) {
    // The organization named last, whether as a speaker or in passing.
    const isOrg = (r: Referent) => r.kind !== null && ORG_KINDS.has(r.kind);
    const named = last(isOrg);
    const mention = [...seen].reverse().find((m) => isOrg(own(m.actor)));
    const org = mention && (!named || mention.start > named.at) ? own(mention.actor) : named;
    return { ...(org ?? own(null)), text };
  }
  const definite = DEFINITE.exec(text);
  if (definite) {
    const noun = (definite[1] ?? '').toLowerCase();
    const stem = noun.replace(/s$/, '');
    const named = (name: string) => name.toLowerCase().includes(stem);
    const earlier =
      last((r) => r.text.toLowerCase() !== text.toLowerCase() && named(r.text)) ??
      [...seen]
        .reverse()
        .map((m) => own(m.actor))
        .find((r) => r.actor !== null && named(nameOf(r.actor, gazetteer)));
    if (earlier) return { ...earlier, text };
  }
  return own(null);
}

function known(actor: string | null, text: string, gazetteer: Gazetteer): Referent {
  if (!actor) return { actor: null, family: familyOfText(text), text, kind: null, at: -1 };
  const entry = gazetteer.actors.get(actor);
  return { actor, family: rootOf(actor, gazetteer), text, kind: entry?.kind ?? null, at: -1 };
}

function nameOf(actor: string, gazetteer: Gazetteer): string {
  const entry: Actor | undefined = gazetteer.actors.get(actor);
  return entry ? [entry.name, ...entry.aliases].join(' | ') : actor;
}

/** The top of an actor's `partOf` chain. */
export function rootOf(actor: string, gazetteer: Gazetteer): string {
  let current = actor;
  for (let depth = 0; depth < 10; depth++) {
    const parent = gazetteer.actors.get(current)?.partOf;
    if (!parent) return current;
    current = parent;
  }
  return current;
}

function familyOfText(text: string): string | null {
  const key = text
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
  return key.length > 0 ? `text:${key}` : null;
}
