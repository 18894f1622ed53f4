// Assessment at ingest: inside a batch's transaction, find evidence, link the batch's documents, and
// bring the current view (propositions, status histories, track records, framing) up to date.

import { framingCounts, framingRecord, type FramingCount } from '../assess/framing-record.js';
import { countStatements } from '../assess/source-positions.js';
import type { Extraction } from '../domain/extraction.js';
import type { EvidenceEvent } from '../extract/evidence/evidence-event.js';
import type { FramingProfile } from '../extract/framing/framing-profile.js';
import { evidenceId } from '../link/content-id.js';
import type { LinkDelta } from '../link/linker-state.js';
import { periodEnd } from '../link/partial-date.js';
import type { PreparedDocument } from '../link/prepare-document.js';
import type { LinkDocument } from '../link/proposition.js';
import type { SourceKey } from './assessment-ports.js';
import type { AssessmentParts } from './assessment-parts.js';
import type { LinkingSession } from './linking-session.js';
import { materializePropositions } from './materialize-propositions.js';
import { linkDocumentOf, type AssessmentPreparation } from './prepare-assessment.js';
import type { NewDocument, Store } from './ports.js';

/** One stored document of a batch with what was extracted from it (and read for assessment ahead, if it was). */
export interface BatchDocument {
  document: Omit<NewDocument, 'bytes'>;
  extraction: Extraction;
  preparation?: AssessmentPreparation;
}

/** What assessing a batch did, for reports and benchmarks. */
export interface BatchAssessment {
  delta: LinkDelta;
  /** Propositions whose current view was recomputed. */
  propositions: number;
  /** Sources whose records were refreshed. */
  sources: number;
}

/**
 * Assesses documents just stored in `store`'s transaction (their log indexes already set, if logged):
 * evidence events are found, the documents linked (statement claims take the store's statement ids),
 * and the propositions they touched, the sources whose outcomes moved and the framing of their speakers
 * are recomputed in the current view; cached as-of views from the earliest publication day on are
 * dropped. Everything is written in the same transaction, so a batch is assessed whole or not at all.
 */
export async function assessBatch(
  store: Store,
  batch: readonly BatchDocument[],
  session: LinkingSession,
  parts: AssessmentParts,
): Promise<BatchAssessment> {
  const logIndexes = await store.assessment.linker.logIndexes(batch.map((b) => b.document.id));
  const evidence = new Map<string, EvidenceEvent>();
  const prepared = new Map<string, PreparedDocument>();
  const documents: LinkDocument[] = batch.map(({ document, extraction, preparation }) => {
    const logIndex = logIndexes.get(document.id) ?? null;
    const linkDocument = linkDocumentOf(document, extraction, parts, logIndex, preparation?.evidence);
    for (const e of linkDocument.evidence ?? []) evidence.set(evidenceId(document.id, e.start, e.end), e);
    if (preparation) prepared.set(document.id, preparation.linking);
    return linkDocument;
  });
  const delta = await session.link(store, documents, evidence, prepared);

  const counts = countStatements(delta.claims, parts.sides);
  await store.assessment.views.addStatements(
    (['actor', 'outlet'] as const).flatMap((kind) =>
      [...counts[kind]].map(([source, statements]) => ({
        kind,
        source,
        name: parts.names[source] ?? source,
        statements,
      })),
    ),
  );
  const touched = new Set(delta.links.map((l) => l.propositionId));
  const sources =
    touched.size > 0 ? await materializePropositions(store, touched, parts, session.subsets) : [];

  const loggedBy = parts.clock().toISOString().slice(0, 10);
  const framing: FramingCount[] = batch.flatMap(({ document, extraction }, i) =>
    framingCounts(
      {
        text: document.text,
        statements: extraction.statements,
        framing: extraction.framing,
        outlet: documents[i]?.outlet ?? null,
        publishedAt: document.publishedAt,
        loggedBy,
      },
      parts.sides,
    ),
  );
  await store.assessment.framing.add(framing);
  await refreshFramingProfiles(store, framing);

  const days = batch.flatMap(({ document: d }) => (d.publishedAt === null ? [] : [periodEnd(d.publishedAt)]));
  const earliest = days.sort()[0];
  if (earliest !== undefined) await store.assessment.views.invalidateFrom(earliest);
  return { delta, propositions: touched.size, sources: sources.length };
}

/** Recomputes the current framing profiles of the sources in `counts` from everything stored. */
async function refreshFramingProfiles(store: Store, counts: readonly FramingCount[]): Promise<void> {
  const sources = new Map<string, SourceKey>();
  for (const c of counts) sources.set(`${c.kind}\u0000${c.source}`, { kind: c.kind, source: c.source });
  if (sources.size === 0) return;
  const tallies = await store.assessment.framing.counts([...sources.values()], null);
  const bySource = new Map<string, typeof tallies>();
  for (const t of tallies) {
    const key = `${t.kind}\u0000${t.source}`;
    const list = bySource.get(key);
    if (list) list.push(t);
    else bySource.set(key, [t]);
  }
  const profiles: (SourceKey & { profile: FramingProfile })[] = [];
  for (const [key, source] of sources) {
    const profile = framingRecord(source.source, bySource.get(key) ?? []);
    if (profile !== null) profiles.push({ ...source, profile });
  }
  await store.assessment.framing.replaceProfiles(profiles);
}
