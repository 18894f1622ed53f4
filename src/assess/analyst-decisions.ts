// Analyst decisions (confirm or reject a link, merge or split propositions, set a status) and their effect.

import type { PartialDate } from '../domain/document.js';
import { InvalidInput } from '../domain/errors.js';
import { contentId } from '../link/content-id.js';
import { knownBy } from '../link/partial-date.js';
import type { Link, LinkResult, Polarity, Proposition } from '../link/proposition.js';
import type { StatusOverride } from './status-history.js';
import type { Status } from './status-rules.js';

interface Decided {
  /** Who decided (`--by`). */
  by: string;
  /** Why (`--reason`). */
  reason: string;
  /** The day the decision was made (logged); as-of views apply only decisions made by then. */
  on: PartialDate;
}

/** Every analyst decision is one of these; each becomes a log leaf as it is. */
export type AnalystDecision =
  | (Decided & { kind: 'link-confirm'; claimId: string; propositionId: string; polarity?: Polarity })
  | (Decided & { kind: 'link-reject'; claimId: string; propositionId: string })
  | (Decided & { kind: 'merge'; propositionIds: string[]; into: string })
  | (Decided & { kind: 'split'; propositionId: string; claimIds: string[]; text: string | null })
  | (Decided & { kind: 'status-set'; propositionId: string; status: Status | null; from: PartialDate });

export interface DecidedResult {
  result: LinkResult;
  /** Status overrides by proposition id, in decision order. */
  overrides: Map<string, StatusOverride[]>;
}

/**
 * Applies `decisions` (those made by `asOf`, when given) in the order made, to a copy of `result`:
 * confirming a link sets it `confirmed` (creating it, with the given polarity, when the linker had not
 * suggested it); rejecting sets it `rejected`; merging points the merged propositions at the target and
 * moves their links there; splitting moves the listed claims' links to a new proposition whose id is
 * derived from the split; a status decision becomes an override from its day. With no decisions the
 * result is returned as it is (nothing is copied). Throws InvalidInput
 * naming the decision when it refers to a proposition or claim that does not exist.
 */
export function applyDecisions(
  result: LinkResult,
  decisions: readonly AnalystDecision[],
  asOf: string | null = null,
): DecidedResult {
  if (decisions.length === 0) return { result, overrides: new Map() };
  const propositions = new Map<string, Proposition>(result.propositions.map((p) => [p.id, { ...p }]));
  const links = new Map<string, Link>(result.links.map((l) => [l.id, { ...l }]));
  const claims = new Set(result.claims.map((c) => c.id));
  const overrides = new Map<string, StatusOverride[]>();
  const ordered = decisions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => asOf === null || knownBy(d.on, asOf))
    .sort((a, b) => (a.d.on < b.d.on ? -1 : a.d.on > b.d.on ? 1 : a.i - b.i));

  const live = (id: string, where: string): string => {
    let current = propositions.get(id);
    if (!current) throw new InvalidInput(`${where}: expected an existing proposition id, found "${id}"`);
    for (let hops = 0; current.mergedInto !== null && hops < 100; hops += 1) {
      const next = propositions.get(current.mergedInto);
      if (!next) break;
      current = next;
    }
    return current.id;
  };
  // Link ids are derived from claim and proposition, including after a move.
  const findLink = (claimId: string, propositionId: string): Link | undefined =>
    links.get(contentId('l', claimId, propositionId));

  for (const { d, i } of ordered) {
    const where = `decision ${i + 1} (${d.kind} by ${d.by})`;
    switch (d.kind) {
      case 'link-confirm':
      case 'link-reject': {
        if (!claims.has(d.claimId))
          throw new InvalidInput(`${where}: expected an existing claim id, found "${d.claimId}"`);
        const target = live(d.propositionId, where);
        const existing = findLink(d.claimId, target);
        if (d.kind === 'link-reject') {
          if (existing) existing.state = 'rejected';
          break;
        }
        if (existing) {
          existing.state = 'confirmed';
          if (d.polarity) existing.polarity = d.polarity;
        } else {
          const id = contentId('l', d.claimId, target);
          links.set(id, {
            id,
            claimId: d.claimId,
            propositionId: target,
            polarity: d.polarity ?? 'supports',
            state: 'confirmed',
            basis: 'analyst',
            score: 1,
          });
        }
        break;
      }
      case 'merge': {
        const into = live(d.into, where);
        for (const from of d.propositionIds.map((id) => live(id, where))) {
          if (from === into) continue;
          const merged = propositions.get(from);
          if (merged) merged.mergedInto = into;
          moveLinks(links, (l) => l.propositionId === from, into, null);
        }
        break;
      }
      case 'split': {
        const source = live(d.propositionId, where);
        const original = propositions.get(source);
        if (!original) break;
        const moved = new Set(d.claimIds);
        const id = splitPropositionId(source, d.claimIds);
        propositions.set(id, {
          ...original,
          id,
          text: d.text ?? `${original.text} (split)`,
          foundedBy: d.claimIds[0] ?? original.foundedBy,
          mergedInto: null,
        });
        moveLinks(links, (l) => l.propositionId === source && moved.has(l.claimId), id, 'confirmed');
        break;
      }
      case 'status-set': {
        const target = live(d.propositionId, where);
        const list = overrides.get(target) ?? [];
        list.push({ from: d.from, status: d.status, by: d.by, reason: d.reason });
        overrides.set(target, list);
        break;
      }
    }
  }
  return {
    result: { claims: result.claims, propositions: [...propositions.values()], links: [...links.values()] },
    overrides,
  };
}

/** The id of the proposition a split of `claimIds` off `source` creates (the same split, the same id). */
export function splitPropositionId(source: string, claimIds: readonly string[]): string {
  return contentId('p', 'split', source, ...[...new Set(claimIds)].sort());
}

/** Moves matching links to `target`, keeping one link per claim there. */
function moveLinks(
  links: Map<string, Link>,
  matches: (link: Link) => boolean,
  target: string,
  state: Link['state'] | null,
): void {
  for (const link of [...links.values()]) {
    if (!matches(link)) continue;
    links.delete(link.id);
    const id = contentId('l', link.claimId, target);
    if (links.has(id)) continue;
    links.set(id, { ...link, id, propositionId: target, state: state ?? link.state });
  }
}
