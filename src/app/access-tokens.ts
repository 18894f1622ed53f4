// API bearer tokens: made at random, shown once, kept only as their SHA-256, checked on each request.

import { createHash, randomBytes } from 'node:crypto';
import { InvalidInput, NotFound } from '../domain/errors.js';

export type TokenRole = 'reader' | 'analyst' | 'admin';
export const TOKEN_ROLES: readonly TokenRole[] = ['reader', 'analyst', 'admin'];

/** A token as listed: never the secret, which is not kept. */
export interface TokenRecord {
  id: string;
  role: TokenRole;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** Who a valid token speaks for. */
export interface Principal {
  tokenId: string;
  role: TokenRole;
}

/** Where tokens are kept. Implementations MUST store only the hash they are given. */
export interface TokenRepository {
  insertToken(token: TokenRecord & { tokenHash: string }): Promise<void>;
  listTokens(): Promise<TokenRecord[]>;
  /** Sets `revokedAt` if not yet set; false when no token has this id. */
  revokeToken(id: string, at: string): Promise<boolean>;
  /** The live (unrevoked) token with this hash, or null. */
  findLiveToken(tokenHash: string): Promise<Principal | null>;
}

const TOKEN_PREFIX = 'clg_';
const TOKEN_SHAPE = /^clg_[A-Za-z0-9_-]{43}$/;

/**
 * Makes a token for `role`: 32 random bytes, base64url, with a `clg_` prefix so it is recognisable
 * in a leaked file. Returns the secret (to show once) and its record; only the hash is stored.
 */
export async function createToken(
  tokens: TokenRepository,
  role: TokenRole,
  label: string | null,
  now: Date,
): Promise<{ token: string; record: TokenRecord }> {
  if (!TOKEN_ROLES.includes(role))
    throw new InvalidInput(`expected a role of ${TOKEN_ROLES.join(', ')}, found "${role}"`);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record: TokenRecord = {
    id: `tok_${randomBytes(6).toString('hex')}`,
    role,
    label,
    createdAt: now.toISOString(),
    revokedAt: null,
  };
  await tokens.insertToken({ ...record, tokenHash: hashToken(token) });
  return { token, record };
}

/** Revokes a token by id; revoking twice is harmless. */
export async function revokeToken(tokens: TokenRepository, id: string, now: Date): Promise<void> {
  if (!(await tokens.revokeToken(id, now.toISOString()))) throw new NotFound(`no token with id "${id}"`);
}

/** The principal of a presented token, or null when it is malformed, unknown or revoked. */
export async function authenticateToken(tokens: TokenRepository, token: string): Promise<Principal | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return tokens.findLiveToken(hashToken(token));
}

/** Whether `role` may do what `allowed` lists; admin may do anything. */
export function roleAllows(role: TokenRole, allowed: readonly TokenRole[]): boolean {
  return role === 'admin' || allowed.includes(role);
}

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
