// Framing attribution: whose words a framing span is — the speaker of the statement it sits in, else the outlet.

import type { Statement } from '../../domain/statement.js';

/**
 * Returns the speaker a span `[start, end)` belongs to: the speaker of the statement whose content holds
 * it (the whole span, or else its middle character; the innermost such statement when several nest),
 * given as `speaker.actor`, or the speaker text when the actor is unresolved. A span outside every
 * statement's content is the reporter's own wording and belongs to `outlet`. Never reads the text.
 */
export function attributeFraming(
  start: number,
  end: number,
  statements: readonly Statement[],
  outlet: string | null,
): string | null {
  const statement = statementHolding(start, end, statements);
  return statement === null ? outlet : statementSpeaker(statement);
}

/** The speaker id a statement's words belong to: its resolved actor, else the speaker text. */
export function statementSpeaker(statement: Statement): string {
  return statement.speaker.actor ?? statement.speaker.text;
}

/**
 * The statement whose content holds `[start, end)`: the whole span, or else its middle character; the
 * innermost (shortest content) when several do. Null when none does.
 */
export function statementHolding(
  start: number,
  end: number,
  statements: readonly Statement[],
): Statement | null {
  const middle = Math.floor((start + end - 1) / 2);
  let best: Statement | null = null;
  let bestRank = Infinity;
  for (const statement of statements) {
    const { content } = statement;
    const whole = content.start <= start && end <= content.end;
    const holdsMiddle = content.start <= middle && middle < content.end;
    if (!whole && !holdsMiddle) continue;
    // Whole containment outranks holding the middle; then the shorter content (the inner statement) wins.
    const rank = (whole ? 0 : 1e12) + (content.end - content.start);
    if (rank < bestRank) {
      best = statement;
      bestRank = rank;
    }
  }
  return best;
}
