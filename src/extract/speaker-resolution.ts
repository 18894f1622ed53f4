// Speaker resolution: which actor a speaker phrase means — by alias, or by reference back to an actor
// the text has just named ("It", "the commission", "a spokesperson", "state media").

import type { Actor } from '../domain/actor.js';
import type { ActorMention, Span } from '../domain/statement.js';
import type { Gazetteer } from './gazetteer.js';
import { ROLE_NOUNS } from './role-nouns.js';

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
/** What kind of body a generic noun names: "the agency", "the ministry", "the alliance". */
const KIND_OF_NOUN = new Map<string, string[]>([
  ['agency', ['intelligence', 'media']],
  ['service', ['intelligence']],
  ['ministry', ['ministry']],
  ['department', ['ministry']],
  ['alliance', ['organization']],
  ['military', ['military']],
  ['army', ['military']],
  ['office', ['government']],
]);

/** People who speak for themselves, not for the state or force they belong to. */
const PRIVATE_PEOPLE = new Set(
  'soldier soldiers prisoner prisoners captive captives pow pows defector defectors resident residents civilian civilians citizen citizens refugee refugees villager villagers student students witness witnesses survivor survivors veteran veterans conscript conscripts deserter deserters mercenary mercenaries relative relatives family families worker workers'.split(
    ' ',
  ),
);
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
  const last = (test: (r: Referent) => boolean) => history.findLast(test);
  // The referent of the latest mention seen so far that passes `test`.
  const lastSeen = (test: (r: Referent) => boolean): Referent | undefined => {
    for (let i = seen.length - 1; i >= 0; i--) {
      const m = seen[i];
      if (!m) continue;
      const r = own(m.actor);
      if (test(r)) return r;
    }
    return undefined;
  };
  if (PERSON_PRONOUNS.test(text)) return { ...(last((r) => r.kind === 'person') ?? own(null)), text };
  if (THING_PRONOUNS.test(text)) return { ...(last((r) => r.kind !== 'person') ?? own(null)), text };
  if (GROUP_PRONOUNS.test(text)) return { ...(history.at(-1) ?? own(null)), text };

  // "A North Korean prisoner", "one of two captured soldiers": a person of a state is not the state.
  if (PRIVATE_PEOPLE.has(headWord(text))) return own(null);
  const inside = mentionsWithin(mentions, speaker.start, attachedAt(speaker));
  const body = /\b(officials|authorities)$/i.exec(text.slice(0, attachedAt(speaker) - speaker.start))?.[1];
  if (inside.length === 0 && body) {
    // "officials in Kyiv": the state the place names, as its officials.
    const state = mentionsWithin(mentions, speaker.start, speaker.end).find(
      (m) => gazetteer.actors.get(m.actor)?.kind === 'state',
    );
    const group = state && `${state.actor}-${body.toLowerCase()}`;
    if (group && gazetteer.actors.has(group)) return own(group);
  }
  if (STATE_MEDIA.test(text)) {
    const state =
      inside.find((m) => gazetteer.actors.get(m.actor)?.kind === 'state') ??
      seen.findLast((m) => gazetteer.actors.get(m.actor)?.kind === 'state');
    return own(state?.actor ?? null);
  }
  if (inside.length > 0) {
    // The head of an English noun phrase comes last: "North Korean leader Kim Jong Un" is Kim.
    const head = inside.reduce((best, m) =>
      m.end > best.end || (m.end === best.end && m.start < best.start) ? m : best,
    );
    const referent = own(head.actor);
    // "Pentagon press secretary Sabrina Singh": the body's word, said by a person "she" refers to.
    return namesPerson(text.slice(head.end - speaker.start)) ? { ...referent, kind: 'person' } : referent;
  }
  const surname = SURNAME.exec(text)?.[1];
  if (surname) {
    // "Umerov", "Mr. Kirby", "Kim": the person named in full earlier.
    const earlier =
      last((r) => r.kind === 'person' && lastWord(r.text) === surname) ??
      lastSeen(
        (r) => r.kind === 'person' && r.actor !== null && hasWord(nameOf(r.actor, gazetteer), surname),
      );
    if (earlier) return { ...earlier, text };
  }
  if (SPOKESPERSON.test(text)) {
    // The organization named last, whether as a speaker or in passing.
    const isOrg = (r: Referent) => r.kind !== null && ORG_KINDS.has(r.kind);
    const named = last(isOrg);
    const mention = seen.findLast((m) => isOrg(own(m.actor)));
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
      lastSeen((r) => r.actor !== null && named(nameOf(r.actor, gazetteer)));
    if (earlier) return { ...earlier, text };
    // "the agency" after "Ukraine's Defence Intelligence (HUR)": the last body of that kind.
    const kinds = KIND_OF_NOUN.get(stem);
    const ofKind = (r: Referent) => r.actor !== null && r.kind !== null && (kinds ?? []).includes(r.kind);
    const byKind = kinds && (last(ofKind) ?? lastSeen(ofKind));
    if (byKind) return { ...byKind, text };
  }
  return namesPerson(text) ? { ...own(null), kind: 'person' } : own(null);
}

/** A lone surname, perhaps with a courtesy or military title: "Umerov", "Mr. Kirby", "Gen. Ryder". */
const SURNAME = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Adm|Lt)\.?\s+)?(\p{Lu}[\p{L}'’-]+)$/u;
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Adm|Lt)\.?$/;

/**
 * True when a phrase ends on a person's name: a capitalized name with a role among or before its words
 * ("spokesman John Kirby", "Defence Minister Rustem Umerov"), after a title ("Gen. Pat Ryder"), or a
 * bare name of two or three capitalized words.
 */
function namesPerson(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  let n = 0;
  while (n < words.length && n < 5 && /^\p{Lu}[\p{L}'’.-]*$/u.test(words[words.length - 1 - n] ?? '')) n++;
  if (n === 0) return false;
  const name = words.slice(words.length - n).map((w) => w.toLowerCase());
  const before = words[words.length - 1 - n]?.toLowerCase() ?? '';
  const last = name.at(-1) ?? '';
  if (!ROLE_NOUNS.has(last) && (ROLE_NOUNS.has(before) || name.slice(0, -1).some((w) => ROLE_NOUNS.has(w))))
    return true;
  if (TITLE.test(words[words.length - n] ?? '')) return n >= 2;
  return n === words.length && n >= 2 && n <= 3 && !name.some((w) => ORG_WORDS.has(w));
}

/** Words that make a capitalized phrase a body's name rather than a person's. */
const ORG_WORDS = new Set(
  'agency ministry service centre center council department office committee commission staff army forces news times post chronicle observer ledger press party government institute university group bank court union house'.split(
    ' ',
  ),
);

function lastWord(text: string): string {
  return (
    text
      .replace(/\s*\([^)]*\)\s*$/, '')
      .split(/\s+/)
      .at(-1) ?? ''
  );
}

function hasWord(names: string, word: string): boolean {
  return names.split(/[\s|]+/).includes(word);
}

/** The mentions lying within [start, end), found by binary search (`mentions` is in text order). */
function mentionsWithin(mentions: readonly ActorMention[], start: number, end: number): ActorMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ActorMention[] = [];
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/** The last word of a phrase, before any parenthesized note: "soldiers" in "two soldiers (POWs)". */
function headWord(text: string): string {
  const words = text
    .replace(/\s*\([^)]*\)\s*$/, '')
    .toLowerCase()
    .split(/\s+/);
  return words.at(-1) ?? '';
}

/**
 * Where the words that can name the speaker end: before a place or body attached by a preposition
 * ("North Korea's delegation at the United Nations" is North Korea's, not the UN's).
 */
function attachedAt(speaker: Span): number {
  const m = / (?:at|in|from|inside|within) /.exec(speaker.text);
  return m ? speaker.start + m.index : speaker.end;
}

function known(actor: string | null, text: string, gazetteer: Gazetteer): Referent {
  if (!actor) return { actor: null, family: familyOfText(text), text, kind: null, at: -1 };
  const entry = gazetteer.actors.get(actor);
  return { actor, family: rootOf(actor, gazetteer), text, kind: entry?.kind ?? null, at: -1 };
}

/** Every name of each actor joined, per gazetteer: built once, read for each speaker. */
const NAMES = new WeakMap<Gazetteer, Map<string, string>>();

function nameOf(actor: string, gazetteer: Gazetteer): string {
  let names = NAMES.get(gazetteer);
  if (!names) {
    names = new Map();
    NAMES.set(gazetteer, names);
  }
  let name = names.get(actor);
  if (name === undefined) {
    const entry: Actor | undefined = gazetteer.actors.get(actor);
    name = entry ? [entry.name, ...entry.aliases].join(' | ') : actor;
    names.set(actor, name);
  }
  return name;
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
