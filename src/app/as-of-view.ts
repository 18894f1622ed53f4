// An as-of view computed once from what was known by its day, then kept until a document or decision
// known by that day arrives (see AssessmentViewRepository.invalidateFrom).

import { assess } from '../assess/assessment.js';
import { applicableDecisions } from '../assess/decision-scope.js';
import { framingRecord } from '../assess/framing-record.js';
import type { FramingProfile } from '../extract/framing/framing-profile.js';
import type { AsOf, SourceKey } from './assessment-ports.js';
import type { AssessmentParts } from './assessment-parts.js';
import type { Store } from './ports.js';

/**
 * Makes sure the view of `asOf` exists in `store`: when it does not, every proposition and the claims
 * known by its day are read, analyst decisions made by then applied, and the listing, track records and
 * framing profiles are stored as the view, in one transaction. The cost is one pass over the claims
 * known by that day; later queries of the same day read the stored rows.
 */
export async function ensureAsOfView(store: Store, asOf: AsOf, parts: AssessmentParts): Promise<void> {
  if (await store.assessment.views.exists(asOf)) return;
  await store.transaction(async (tx) => {
    if (await tx.assessment.views.exists(asOf)) return;
    const linked = await tx.assessment.linked.all(asOf);
    const decisions = (await tx.assessment.decisions.list()).map((d) => d.decision);
    const view = assess(linked, {
      asOf: asOf.day,
      decisions: applicableDecisions(decisions, linked),
      sides: parts.sides,
      names: parts.names,
    });
    const tallies = await tx.assessment.framing.counts(null, asOf);
    const bySource = new Map<string, { key: SourceKey; tallies: typeof tallies }>();
    for (const t of tallies) {
      const id = `${t.kind}\u0000${t.source}`;
      const entry = bySource.get(id);
      if (entry) entry.tallies.push(t);
      else bySource.set(id, { key: { kind: t.kind, source: t.source }, tallies: [t] });
    }
    const profiles: (SourceKey & { profile: FramingProfile })[] = [];
    for (const { key, tallies: list } of bySource.values()) {
      const profile = framingRecord(key.source, list);
      if (profile !== null) profiles.push({ ...key, profile });
    }
    await tx.assessment.views.saveView(asOf, view.propositions(), view.sources(), profiles);
  });
}
