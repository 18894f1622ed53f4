// Who was first: a proposition's earliest logged supporting document with its log index, checkpoint and
// a tlog-proof; for a priority claim ("we were the first to …"), whether the log bears it out.

import {
  earliestSupport,
  supportingDocument,
  type PriorityCheck,
  type SupportingDocument,
} from '../assess/priority.js';
import { NotFound } from '../domain/errors.js';
import { parseCheckpoint } from '../log/checkpoint.js';
import { parseNote } from '../log/signed-note.js';
import { encodeBase64 } from '../log/strict-base64.js';
import type { AsOf } from './assessment-ports.js';
import type { AssessmentParts } from './assessment-parts.js';
import type { LogUseCases } from './log-use-cases.js';
import { assessSubset, readDecidedSubset } from './materialize-propositions.js';
import type { Store } from './ports.js';
import { resolveId } from './resolve-id.js';

/** The answer of `claimlog first ID`. */
export interface FirstAnswer {
  proposition: { id: string; text: string };
  /** The earliest supporting document the log holds (for a priority claim: of the claimed proposition). */
  earliest: SupportingDocument | null;
  /** For a priority claim: the verdict and the documents on either side. */
  priority: PriorityCheck | null;
  /** The document the proof is for: the earliest, or for a priority claim the one that decides it. */
  proved: SupportingDocument | null;
  /** The newest signed checkpoint, whose tree the proof is for. */
  checkpoint: { size: number; rootHash: string; note: string } | null;
  /** The c2sp.org/tlog-proof@v1 text and the exact leaf bytes `claimlog log verify` checks it against. */
  proof: { text: string; leaf: Uint8Array } | null;
  asOf: string | null;
}

/**
 * Answers `first` for a proposition (`id` may be a unique prefix): its earliest supporting document that
 * the log holds, by publication day, then log index. For a priority claim the claimed proposition's
 * supporting documents are checked (the priority claims themselves are no evidence of who was first):
 * borne out when the claimant's is the earliest, not borne out when another's came strictly first. The
 * proof is for the deciding document: the claimant's when borne out, the earlier one when not. Throws
 * NotFound when the id names no live proposition.
 */
export async function firstSupport(
  store: Store,
  log: LogUseCases,
  parts: AssessmentParts,
  id: string,
  asOf: AsOf | null,
): Promise<FirstAnswer> {
  const full = await resolveId(store.assessment.linked, 'proposition', id);
  const [stored] = await store.assessment.linked.propositions([full]);
  const claimed = stored?.priority?.propositionId ?? null;
  const subset = await readDecidedSubset(store, claimed === null ? [full] : [full, claimed], asOf);
  const view = assessSubset(subset, parts, asOf);
  const proposition = view.proposition(full);
  if (proposition === null)
    throw new NotFound(`proposition ${full} is not live${asOf ? ` on ${asOf.day}` : ''}`);
  const priority = view.checkPriority(full);
  const target = priority === null ? full : priority.claimedPropositionId;
  // A priority claim's own statements are no evidence of who was first; without one, all support counts.
  const priorityClaims = new Set(priority === null ? [] : view.linksOf(full).map((e) => e.claim.id));
  const supports =
    target === null
      ? []
      : view
          .linksOf(target)
          .filter((e) => e.link.polarity === 'supports' && !priorityClaims.has(e.claim.id))
          .map((e) => supportingDocument(e.claim))
          .filter((d) => d.logIndex !== null);
  const earliest = earliestSupport(supports);
  const proved = priority === null ? earliest : decidingDocument(priority);
  const answer: FirstAnswer = {
    proposition: { id: proposition.id, text: proposition.text },
    earliest,
    priority,
    proved,
    checkpoint: null,
    proof: null,
    asOf: asOf?.day ?? null,
  };
  if (proved?.logIndex == null) return answer;
  const { proof, leaf } = await log.prove(String(proved.logIndex));
  const note = proof.slice(proof.indexOf('\n\n') + 2);
  const checkpoint = parseCheckpoint(parseNote(note).text);
  return {
    ...answer,
    checkpoint: { size: checkpoint.size, rootHash: encodeBase64(checkpoint.rootHash), note },
    proof: { text: proof, leaf: leaf.data },
  };
}

/** The claimant's earliest document when the claim holds, else the earlier one by another source. */
function decidingDocument(check: PriorityCheck): SupportingDocument | null {
  if (check.verdict === 'borne out') return check.claimantEarliest;
  return check.earlierByOthers[0] ?? check.earliest;
}
