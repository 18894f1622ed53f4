// claimlog's configuration, read once from the environment at the edge and checked.

import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { InvalidInput } from '../domain/errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/source-files.js';
import { parseVerifierKey } from '../log/note-keys.js';
import { parseAllowList, PUBLIC_ONLY, type AddressPolicy } from '../ingest/url/address-policy.js';

export interface Config {
  /** Where the embedded store, keys and log tiles live. */
  home: string;
  /** A PostgreSQL server URL; null selects the embedded PGlite store under `home`. */
  databaseUrl: string | null;
  host: string;
  port: number;
  /** Largest source file ingest reads. */
  maxBytes: number;
  /** Worker threads that extract during large ingests and in a server (0: extract on the main thread). */
  extractWorkers: number;
  /** A JSON file of extra actors merged into the built-in gazetteer. */
  gazetteerFile: string | null;
  /** The log's origin for a new log key (null: derived from the key); an existing key keeps its own. */
  logOrigin: string | null;
  /** The log's signer key file, made on first use (mode 0600). */
  logKeyFile: string;
  /** Verifier keys of the witnesses whose cosignatures the log accepts. */
  witnessKeys: string[];
  /** How many of those witnesses must have cosigned a checkpoint for `log checkpoint --quorum`/`verify` by default. */
  witnessQuorum: number;
  /** When true the HTTP API answers reads only with a valid bearer token (any role). */
  readTokenRequired: boolean;
  /** Hosts and ranges claimlog may fetch from beyond public addresses (CLAIMLOG_FETCH_ALLOW). */
  fetchAllow: AddressPolicy;
}

export const DEFAULT_PORT = 8787;

/** Extraction workers by default: every core but the one the store and linking run on, at least one. */
export function defaultExtractionWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

const Env = z.object({
  CLAIMLOG_HOME: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  CLAIMLOG_HOST: z.string().min(1).optional(),
  CLAIMLOG_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  CLAIMLOG_MAX_SIZE: z.coerce.number().positive().optional(),
  CLAIMLOG_GAZETTEER: z.string().min(1).optional(),
  CLAIMLOG_EXTRACT_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  CLAIMLOG_LOG_ORIGIN: z
    .string()
    .regex(/^[^\s+\p{Cc}]+$/u, 'expected an origin such as example.org/claimlog (no spaces or "+")')
    .optional(),
  CLAIMLOG_LOG_KEY_FILE: z.string().min(1).optional(),
  CLAIMLOG_WITNESS_KEYS: z.string().optional(),
  CLAIMLOG_WITNESS_QUORUM: z.coerce.number().int().min(0).optional(),
  CLAIMLOG_READ_TOKEN_REQUIRED: z
    .enum(['0', '1', 'true', 'false'], { error: 'expected 1, 0, true or false' })
    .optional(),
  CLAIMLOG_FETCH_ALLOW: z.string().optional(),
});

/** Reads the configuration; a malformed variable is an InvalidInput naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInput(`environment variable ${String(issue?.path[0])}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  const home = resolve(e.CLAIMLOG_HOME ?? '.claimlog');
  const witnessKeys = parseWitnessKeys(e.CLAIMLOG_WITNESS_KEYS ?? '');
  const witnessQuorum = e.CLAIMLOG_WITNESS_QUORUM ?? 0;
  if (witnessQuorum > witnessKeys.length) {
    throw new InvalidInput(
      `environment variable CLAIMLOG_WITNESS_QUORUM: ${witnessQuorum} witnesses required, but CLAIMLOG_WITNESS_KEYS names ${witnessKeys.length}`,
    );
  }
  return {
    home,
    databaseUrl: e.DATABASE_URL ?? null,
    host: e.CLAIMLOG_HOST ?? '127.0.0.1',
    port: e.CLAIMLOG_PORT ?? DEFAULT_PORT,
    maxBytes:
      e.CLAIMLOG_MAX_SIZE === undefined ? DEFAULT_MAX_BYTES : Math.round(e.CLAIMLOG_MAX_SIZE * 1024 * 1024),
    extractWorkers: e.CLAIMLOG_EXTRACT_WORKERS ?? defaultExtractionWorkers(),
    gazetteerFile: e.CLAIMLOG_GAZETTEER ?? null,
    logOrigin: e.CLAIMLOG_LOG_ORIGIN ?? null,
    logKeyFile: resolve(e.CLAIMLOG_LOG_KEY_FILE ?? join(home, 'keys', 'log-signer.key')),
    witnessKeys,
    witnessQuorum,
    readTokenRequired: e.CLAIMLOG_READ_TOKEN_REQUIRED === '1' || e.CLAIMLOG_READ_TOKEN_REQUIRED === 'true',
    fetchAllow: e.CLAIMLOG_FETCH_ALLOW === undefined ? PUBLIC_ONLY : parseAllowList(e.CLAIMLOG_FETCH_ALLOW),
  };
}

/** Witness verifier keys separated by commas, spaces or newlines; a malformed one is an InvalidInput naming it. */
function parseWitnessKeys(text: string): string[] {
  const keys = text.split(/[\s,]+/).filter((key) => key.length > 0);
  for (const key of keys) {
    try {
      parseVerifierKey(key);
    } catch (cause) {
      throw new InvalidInput(`environment variable CLAIMLOG_WITNESS_KEYS: ${(cause as Error).message}`, {
        cause,
      });
    }
  }
  return keys;
}
