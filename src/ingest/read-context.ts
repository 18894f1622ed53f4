// What every reader is told about the source it reads, and what it hands back.

import type { DocumentInput } from '../domain/document.js';
import type { InvalidInput } from '../domain/errors.js';

export interface ReadContext {
  /** A path or URL naming the source in messages and in `DocumentInput.origin`. */
  origin: string;
  /** The instant the source was read (ISO 8601). */
  retrievedAt: string;
  /** A publication date given by the user, overriding what the source says. */
  publishedAt?: string | null;
}

/** One report read from a source, with notes the user should see (e.g. "no publication date"). */
export interface ReadDocument {
  kind: 'document';
  input: DocumentInput;
  warnings: string[];
}

export interface ReadFailure {
  kind: 'error';
  error: InvalidInput;
}

export type ReadOutcome = ReadDocument | ReadFailure;

export const NO_DATE_WARNING = 'no publication date: its relative dates are left unresolved';
