// The documented rules (docs/status-rules.md) that give a proposition's status from what is known of it.

import type { Side } from '../link/actor-sides.js';

export type Status =
  'alleged' | 'denied' | 'contested' | 'corroborated' | 'confirmed' | 'refuted' | 'single-source';

export const STATUSES: readonly Status[] = [
  'alleged',
  'denied',
  'contested',
  'corroborated',
  'confirmed',
  'refuted',
  'single-source',
];

/** One origin's standing on a proposition: who, on which side, first and latest word. */
export interface OriginStanding {
  origin: string;
  side: Side;
  /** Readable names of the speakers of this origin who spoke, first first. */
  names: string[];
  firstSupport: string | null;
  firstDispute: string | null;
  /** The polarity of its latest word. */
  latest: 'supports' | 'disputes';
}

/** Everything the rules look at, accumulated up to a day. */
export interface StatusEvidence {
  /** The origin (state) the proposition is about, e.g. the accused; null when unknown. */
  subject: string | null;
  subjectSide: Side;
  /** Side of the first origin that asserted it. */
  claimantSide: Side | null;
  standings: ReadonlyMap<string, OriginStanding>;
  /** Physical evidence (captures, bodies, papers) for and against, first of each. */
  physicalFor: { on: string; what: string } | null;
  physicalAgainst: { on: string; what: string } | null;
  /** Whether anything supports it at all (including speakers of unknown side). */
  anySupport: boolean;
  anyDispute: boolean;
}

export interface RuleOutcome {
  status: Status;
  /** The reason, for people; built only when asked (most evaluations change nothing). */
  why: () => string;
}

/**
 * Applies the rules in order; the first that holds gives the status. Returns null when nothing is
 * known. The rules, for users, are in docs/status-rules.md; each branch below cites its rule number.
 */
export function applyStatusRules(e: StatusEvidence): RuleOutcome | null {
  if (!e.anySupport && !e.anyDispute) return null;
  // Speakers whose side is unknown never count as a side: they neither corroborate nor contest.
  const standings = [...e.standings.values()].filter((s) => s.side !== 'unknown');
  const supporters = standings.filter((s) => s.firstSupport !== null);
  const supportSides = sidesOf(supporters.filter((s) => s.latest === 'supports'));
  const disputers = standings.filter((s) => s.latest === 'disputes');
  const allegation =
    e.subject !== null &&
    e.claimantSide !== null &&
    e.subjectSide !== 'unknown' &&
    e.claimantSide !== e.subjectSide;
  const subjectStanding = e.subject === null ? undefined : e.standings.get(e.subject);

  // Rule 1: refuted.
  const retracted = supporters.length > 0 && supporters.every((s) => s.latest === 'disputes');
  if (retracted)
    return {
      status: 'refuted',
      why: () => `every source that asserted it has retracted: ${names(supporters)}`,
    };
  const against = e.physicalAgainst;
  if (against) return { status: 'refuted', why: () => `physical evidence against it: ${against.what}` };
  const independentDisputeSides = [...sidesOf(disputers)].filter((s) => s !== e.claimantSide);
  if (independentDisputeSides.length >= 2 && supportSides.size === 1) {
    return {
      status: 'refuted',
      why: () => `disputed by ${independentDisputeSides.length} independent sides: ${names(disputers)}`,
    };
  }

  // Rule 2: confirmed. An admission against interest stands even if the accused later denies again.
  if (allegation && subjectStanding?.firstSupport) {
    const allies = supporters.filter((s) => s.side === e.subjectSide && s.origin !== e.subject);
    const ally = allies.length > 0 ? `; its ally acknowledged it: ${names(allies)}` : '';
    return {
      status: 'confirmed',
      why: () => `the accused party admits it: ${names([subjectStanding])}${ally}`,
    };
  }
  const allies = supporters.filter(
    (s) => s.side === e.subjectSide && s.origin !== e.subject && s.latest === 'supports',
  );
  if (allegation && allies.length > 0 && subjectStanding?.latest !== 'disputes') {
    return { status: 'confirmed', why: () => `the accused party's ally acknowledges it: ${names(allies)}` };
  }
  if (supportSides.size >= 3) {
    return {
      status: 'confirmed',
      why: () => `confirmed by ${supportSides.size} independent sides: ${names(supporters)}`,
    };
  }

  // Rule 3: corroborated by physical evidence.
  const physical = e.physicalFor;
  if (physical)
    return { status: 'corroborated', why: () => `physical evidence: ${physical.what} (${physical.on})` };

  // Rule 4: contested. The accused denying an allegation does not make it contested (rule 7 notes it).
  const contesting = disputers.filter((s) => !(allegation && s.side === e.subjectSide));
  if (contesting.length > 0 && (supportSides.size > 0 || e.anySupport)) {
    return {
      status: 'contested',
      why: () =>
        `asserted by ${names(supporters.filter((s) => s.latest === 'supports'))}; disputed by ${names(contesting)}`,
    };
  }

  // Rule 5: corroborated by independent sides, or by the accused's ally while the accused still denies.
  if (supportSides.size >= 2) {
    return { status: 'corroborated', why: () => `asserted by independent sides: ${names(supporters)}` };
  }
  if (allegation && allies.length > 0) {
    return {
      status: 'corroborated',
      why: () => `the accused's ally acknowledges it (${names(allies)}) while the accused still denies it`,
    };
  }

  // Rule 6: denied — disputed, and nobody asserts it.
  if (!e.anySupport || (supporters.length > 0 && supporters.every((s) => s.latest === 'disputes'))) {
    return { status: 'denied', why: () => `disputed by ${names(disputers)}; nobody asserts it` };
  }

  // Rule 7: alleged — one side says it of another party.
  const asserters = supporters.filter((s) => s.latest === 'supports');
  if (allegation) {
    const deniers = disputers.filter((s) => s.side === e.subjectSide);
    const denied = deniers.length > 0 ? `; denied by the accused side: ${names(deniers)}` : '';
    return { status: 'alleged', why: () => `asserted by one side: ${names(asserters)}${denied}` };
  }

  // Rule 8: single-source — only one party says it.
  const said = asserters.length > 0 ? names(asserters) : names([...e.standings.values()]);
  return { status: 'single-source', why: () => `only one side says it: ${said}` };
}

function sidesOf(standings: readonly OriginStanding[]): Set<Side> {
  const sides = new Set<Side>();
  for (const s of standings) if (s.side !== 'unknown') sides.add(s.side);
  return sides;
}

function names(standings: readonly OriginStanding[]): string {
  const parts = standings.slice(0, 4).map((s) => {
    const on = s.latest === 'supports' ? s.firstSupport : s.firstDispute;
    return `${s.names.slice(0, 2).join(', ')}${on ? ` (${on})` : ''}`;
  });
  const more = standings.length > 4 ? ` and ${standings.length - 4} more` : '';
  return `${parts.join('; ')}${more}`;
}
