// The one place errors become HTTP responses: RFC 9457 problem details.

import { ClaimlogError, type ErrorCode } from '../domain/errors.js';
import { BodyTooLarge, InvalidParameters } from './invalid-parameters.js';
import type { ProblemJson } from './schemas/service-json.js';

const STATUS: Record<ErrorCode, number> = {
  InvalidInput: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  Unavailable: 503,
};

export type Problem = ProblemJson;

/** Maps an error to a problem document; unexpected errors become a 500 that hides internals. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ClaimlogError) {
    return {
      type: `https://claimlog.dev/problems/${error.code}`,
      title: error.code,
      status: error instanceof BodyTooLarge ? 413 : STATUS[error.code],
      detail: error.message,
      ...(error instanceof InvalidParameters ? { 'invalid-params': [...error.params] } : {}),
    };
  }
  return {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'the server failed to answer; see its log',
  };
}

/** The problem as a response; a 401 carries the bearer challenge of RFC 6750 §3. */
export function problemResponse(problem: Problem): Response {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer realm="claimlog"';
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
