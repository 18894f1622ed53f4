// The few error classes claimlog raises; each carries a literal code that maps to an HTTP status and an exit code.

export type ErrorCode =
  'InvalidInput' | 'NotFound' | 'Conflict' | 'Unavailable' | 'Unauthorized' | 'Forbidden';

/** Where in an input a problem was found. */
export interface Location {
  file?: string;
  line?: number;
  offset?: number;
}

export abstract class ClaimlogError extends Error {
  abstract readonly code: ErrorCode;
  readonly where: Location | undefined;

  constructor(message: string, options: { cause?: unknown; where?: Location } = {}) {
    super(withLocation(message, options.where), options.cause === undefined ? {} : { cause: options.cause });
    this.where = options.where;
    this.name = new.target.name;
  }
}

export class InvalidInput extends ClaimlogError {
  readonly code = 'InvalidInput' as const;
}
export class NotFound extends ClaimlogError {
  readonly code = 'NotFound' as const;
}
export class Conflict extends ClaimlogError {
  readonly code = 'Conflict' as const;
}
export class Unavailable extends ClaimlogError {
  readonly code = 'Unavailable' as const;
}
export class Unauthorized extends ClaimlogError {
  readonly code = 'Unauthorized' as const;
}
export class Forbidden extends ClaimlogError {
  readonly code = 'Forbidden' as const;
}

function withLocation(message: string, where: Location | undefined): string {
  if (!where?.file) return message;
  const line = where.line === undefined ? '' : `:${where.line}`;
  return `${where.file}${line}: ${message}`;
}
