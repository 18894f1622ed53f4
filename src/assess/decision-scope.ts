// Which propositions and decisions belong together: merges and splits tie propositions into one family.

import type { LinkResult } from '../link/proposition.js';
import type { AnalystDecision } from './analyst-decisions.js';

/** The propositions a decision names. */
export function decisionPropositions(decision: AnalystDecision): string[] {
  switch (decision.kind) {
    case 'merge':
      return [decision.into, ...decision.propositionIds];
    case 'split':
    case 'status-set':
    case 'link-confirm':
    case 'link-reject':
      return [decision.propositionId];
  }
}

/**
 * `ids` and every proposition a merge or split ties to them, transitively: the set whose links must be
 * read together for decisions to apply as they would to everything.
 */
export function decisionFamily(decisions: readonly AnalystDecision[], ids: Iterable<string>): Set<string> {
  const family = new Set(ids);
  const ties = decisions.filter((d) => d.kind === 'merge' || d.kind === 'split').map(decisionPropositions);
  for (let grew = true; grew;) {
    grew = false;
    for (const tie of ties) {
      if (!tie.some((id) => family.has(id)) || tie.every((id) => family.has(id))) continue;
      tie.forEach((id) => family.add(id));
      grew = true;
    }
  }
  return family;
}

/**
 * The decisions that can apply to `result`: those whose propositions it holds, and for link decisions,
 * whose claim it holds (a claim not yet known as of a date is not there to confirm).
 */
export function applicableDecisions(
  decisions: readonly AnalystDecision[],
  result: Pick<LinkResult, 'claims' | 'propositions'>,
): AnalystDecision[] {
  if (decisions.length === 0) return [];
  const propositions = new Set(result.propositions.map((p) => p.id));
  const claims = new Set(result.claims.map((c) => c.id));
  return decisions.filter((d) => {
    if (!decisionPropositions(d).every((id) => propositions.has(id))) return false;
    return d.kind === 'link-confirm' || d.kind === 'link-reject' ? claims.has(d.claimId) : true;
  });
}
