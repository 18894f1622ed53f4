// The log leaf of an analyst decision (a link confirmed, a status set, propositions merged): RFC 8785 canonical JSON with its type.
import { InvalidInput } from '../domain/errors.js';
import { canonicalJsonBytes, type JsonValue } from './canonical-json.js';

/** The `type` member of decision leaves; a new version gets a new name, old leaves keep theirs. */
export const DECISION_LEAF_TYPE = 'claimlog.decision/v1';

/** What a decision's leaf records. Everything an outsider needs to re-check the decision goes in it. */
export interface DecisionLeafRecord {
  /** What was decided, as dotted lowercase words: `link.confirm`, `status.set`, `propositions.merge`. */
  action: string;
  /** The id of what the decision is about (a proposition, a link, a statement). */
  subject: string;
  /** Who decided (the analyst's `--by` name or token owner). */
  by: string;
  /** Why, in the analyst's words; null when none was given. */
  reason: string | null;
  /** When it was decided: an ISO 8601 instant (UTC, `Z`). */
  decidedAt: string;
  /** The decision's own values (the new status, the merged ids, …); `{}` when it has none. */
  details: { readonly [key: string]: JsonValue };
}

const ACTION = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * The exact leaf bytes for `decision`: canonical JSON of its fields plus `type`. The same decision always
 * gives the same bytes. Throws InvalidInput when the action is not dotted lowercase words, `subject` or
 * `by` is empty, `decidedAt` is not a UTC ISO 8601 instant, or `details` holds what JSON cannot.
 */
export function decisionLeaf(decision: DecisionLeafRecord): Uint8Array {
  if (!ACTION.test(decision.action)) {
    throw new InvalidInput(
      `decision leaf: expected an action such as "status.set", found ${JSON.stringify(decision.action)}`,
    );
  }
  if (decision.subject.length === 0) throw new InvalidInput('decision leaf: expected a subject id, found ""');
  if (decision.by.trim().length === 0)
    throw new InvalidInput('decision leaf: expected who decided (by), found ""');
  if (!INSTANT.test(decision.decidedAt) || Number.isNaN(Date.parse(decision.decidedAt))) {
    throw new InvalidInput(
      `decision leaf: expected decidedAt as a UTC instant (2025-04-27T10:00:00Z), found ${JSON.stringify(decision.decidedAt)}`,
    );
  }
  return canonicalJsonBytes({
    type: DECISION_LEAF_TYPE,
    action: decision.action,
    subject: decision.subject,
    by: decision.by,
    reason: decision.reason,
    decidedAt: decision.decidedAt,
    details: decision.details,
  });
}
