// A denial that names no claim of its own ("a claim dismissed as rumours") joins the claim it points at.

import type { Statement } from '../domain/statement.js';
import { readContent, type ClaimFrame } from './claim-frame.js';
import type { IndexedProposition } from './proposition-index.js';
import type { Claim, LinkBasis, Polarity } from './proposition.js';
import type { TextUnits } from './text-units.js';

/** A claim of the document being linked, with where it starts and what it linked to directly. */
export interface DocClaim {
  claim: Claim;
  origin: string | null;
  /** Where the claim starts in the document (speaker or content, whichever is first). */
  at: number;
  /** Propositions it links to directly (not by entailment). */
  primary: string[];
}

/** What reference linking needs of the linker. */
export interface ReferenceContext {
  text: string;
  documentId: string;
  units: TextUnits;
  /** The document's claims before this one. */
  earlier: readonly DocClaim[];
  find(id: string): IndexedProposition | undefined;
  match(frame: ClaimFrame): IndexedProposition | null;
  link(claim: Claim, target: IndexedProposition, polarity: Polarity, basis: LinkBasis, score: number): void;
}

/**
 * Links `docClaim` (a denial or confirmation that only refers to something) to what it points at: the
 * nearest earlier claim of another speaker in the same sentence, else in the same paragraph, else the
 * propositions the sentence's own words name. Returns the propositions linked.
 */
export function linkReference(
  context: ReferenceContext,
  docClaim: DocClaim,
  statement: Statement,
  polarity: Polarity,
): string[] {
  const sentence = context.units.sentenceAt(statement.content.start);
  const paragraph = context.units.paragraphAt(statement.content.start);
  const earlier = context.earlier.filter(
    (c) => c.at < docClaim.at && c.primary.length > 0 && c.origin !== docClaim.origin,
  );
  const pointed =
    earlier.filter((c) => c.at >= sentence.start).pop() ??
    earlier.filter((c) => c.at >= paragraph.start).pop();
  if (pointed) {
    for (const id of pointed.primary) {
      const target = context.find(id);
      if (target) context.link(docClaim.claim, target, polarity, 'reference', 0.6);
    }
    return [...pointed.primary];
  }
  const words = readContent(context.text.slice(sentence.start, sentence.end), sentence.start, {
    speaker: docClaim.origin,
  });
  const linked: string[] = [];
  for (const frame of words.frames) {
    if (frame.entailed || frame.predicate === 'priority') continue;
    const target = context.match(frame);
    if (!target) continue;
    context.link(docClaim.claim, target, polarity, 'reference', 0.5);
    linked.push(target.proposition.id);
  }
  return linked;
}
