// The value every log verifier returns: a failed check is an expected outcome, reported with its reason.

/** `{ ok: true }` when the check passed, otherwise `{ ok: false, reason }` saying what did not hold. */
export type Verification = { ok: true } | { ok: false; reason: string };

export const verified: Verification = Object.freeze({ ok: true });

export function rejected(reason: string): Verification {
  return { ok: false, reason };
}
