// The one place errors become exit codes and messages on stderr.

import { ClaimlogError, type ErrorCode } from '../domain/errors.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, unavailable: 3 } as const;

const BY_CODE: Record<ErrorCode, number> = {
  InvalidInput: EXIT.failed,
  NotFound: EXIT.failed,
  Conflict: EXIT.failed,
  Unauthorized: EXIT.failed,
  Forbidden: EXIT.failed,
  Unavailable: EXIT.unavailable,
};

/** Prints an error as a user should see it and returns the exit code; unexpected errors keep their stack. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof ClaimlogError) {
    stderr.write(`claimlog: ${error.message}\n`);
    return BY_CODE[error.code];
  }
  stderr.write(
    `claimlog: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT.failed;
}
