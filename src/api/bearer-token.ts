// Reads the bearer token of a request (RFC 6750 §2.1) and resolves it to a principal.

import type { Claimlog } from '../app/claimlog.js';
import type { Principal } from '../app/access-tokens.js';
import { Unauthorized } from '../domain/errors.js';

/**
 * The principal of `authorization`: null when the header is absent; Unauthorized when it is not a
 * bearer credential or its token is unknown or revoked — a client that sends a token learns it is bad
 * rather than being served as anonymous.
 */
export async function principalOf(
  claimlog: Claimlog,
  authorization: string | undefined,
): Promise<Principal | null> {
  if (authorization === undefined) return null;
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(authorization);
  if (!match?.[1])
    throw new Unauthorized('Authorization header: expected "Bearer <token>", found another scheme or form');
  const principal = await claimlog.authenticate(match[1]);
  if (principal === null)
    throw new Unauthorized('the bearer token is not valid: unknown, mistyped or revoked');
  return principal;
}
