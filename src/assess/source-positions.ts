// Which sources a linked claim speaks for: the speaker and its origin, and the outlet in its own voice.

import type { SideMap } from '../link/actor-sides.js';
import type { Claim, Link } from '../link/proposition.js';
import type { Position, SourceKind, StatementCounts } from './track-records.js';

/**
 * The positions one proposition's live links give its sources: each claim counts for its speaker and
 * the speaker's origin (North Korea's record includes its party commission's); an outlet answers for
 * what it says in its own voice (its posts, the facts it reports unattributed), not for whom it quotes.
 */
export function positionsOf(
  propositionId: string,
  entries: readonly { link: Link; claim: Claim }[],
  sides: SideMap,
): Position[] {
  return entries.flatMap(({ link, claim }) => claimPositions(propositionId, link, claim, sides));
}

/** The positions one live link gives its sources (see `positionsOf`): at most one per source. */
export function claimPositions(propositionId: string, link: Link, claim: Claim, sides: SideMap): Position[] {
  const positions: Position[] = [];
  for (const actor of actorRows(claim, sides)) {
    positions.push({ source: actor, kind: 'actor', propositionId, polarity: link.polarity, on: claim.on });
  }
  const own =
    claim.outlet !== null &&
    (claim.speaker.actor === claim.outlet || (claim.kind === 'evidence' && claim.speaker.actor === null));
  if (own && claim.outlet !== null) {
    positions.push({
      source: claim.outlet,
      kind: 'outlet',
      propositionId,
      polarity: link.polarity,
      on: claim.on,
    });
  }
  return positions;
}

/**
 * Statements made per source, linked or not: every statement and embedded claim counts for its speaker
 * and the speaker's origin; every statement counts for the outlet that carried it.
 */
export function countStatements(
  claims: Iterable<Claim>,
  sides: SideMap,
): StatementCounts & {
  actor: Map<string, number>;
  outlet: Map<string, number>;
} {
  const counts = { actor: new Map<string, number>(), outlet: new Map<string, number>() };
  const count = (kind: SourceKind, id: string): void => {
    counts[kind].set(id, (counts[kind].get(id) ?? 0) + 1);
  };
  for (const claim of claims) {
    if (claim.kind === 'evidence') continue;
    for (const actor of actorRows(claim, sides)) count('actor', actor);
    if (claim.kind === 'statement' && claim.outlet !== null) count('outlet', claim.outlet);
  }
  return counts;
}

/** The actor rows a claim counts for: its speaker, and the speaker's origin when that differs. */
export function actorRows(claim: Claim, sides: SideMap): string[] {
  if (claim.kind === 'evidence') return [];
  const actor = claim.speaker.actor;
  if (actor === null) return [];
  const origin = sides.origin(actor);
  return origin !== null && origin !== actor ? [actor, origin] : [actor];
}
