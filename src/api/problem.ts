// The one place errors become HTTP responses: RFC 9457 problem details.

import { ClaimlogError, type ErrorCode } from '../domain/errors.js';

const STATUS: Record<ErrorCode, number> = {
  InvalidInput: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  Unavailable: 503,
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

/** Maps an error to a problem document; unexpected errors become a 500 that hides internals. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ClaimlogError) {
    return {
      type: `https://claimlog.dev/problems/${error.code}`,
      title: error.code,
      status: STATUS[error.code],
      detail: error.message,
    };
  }
  return {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'the server failed to answer; see its log',
  };
}

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json' },
  });
}
