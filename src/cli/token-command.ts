// `claimlog token create|list|revoke`: bearer tokens for the HTTP API, shown once and stored hashed.

import { InvalidArgumentError, type Command } from 'commander';
import { TOKEN_ROLES, type TokenRole } from '../app/access-tokens.js';
import { writeJson, type CliContext } from './cli-context.js';

interface CreateFlags {
  role: TokenRole;
  label?: string;
  json?: boolean;
}

export function registerToken(program: Command, context: CliContext): void {
  const token = program
    .command('token')
    .description('make, list and revoke bearer tokens for the HTTP API (writes need analyst or admin)');

  token
    .command('create')
    .description('make a token and print it once (only its SHA-256 is kept)')
    .requiredOption('--role <role>', `one of ${TOKEN_ROLES.join(', ')}`, role)
    .option('--label <text>', 'who or what the token is for')
    .option('--json', 'print {"token", "id", "role", "label", "createdAt"}')
    .action(async (flags: CreateFlags) => {
      const claimlog = await context.open();
      try {
        const { token: secret, record } = await claimlog.createToken(flags.role, flags.label ?? null);
        if (flags.json) {
          writeJson(context, { token: secret, ...record });
          return;
        }
        context.stdout.write(`${secret}\n`);
        context.stderr.write(
          `token ${record.id} (${record.role}) made; it is shown only this once: keep it somewhere safe\n`,
        );
      } finally {
        await claimlog.close();
      }
    });

  token
    .command('list')
    .description('list tokens (ids, roles, labels; never the tokens themselves)')
    .option('--json', 'print a JSON array')
    .action(async (flags: { json?: boolean }) => {
      const claimlog = await context.open();
      try {
        const tokens = await claimlog.listTokens();
        if (flags.json) {
          writeJson(context, tokens);
          return;
        }
        if (tokens.length === 0) context.stdout.write('no tokens\n');
        for (const t of tokens) {
          const state = t.revokedAt === null ? 'live' : `revoked ${t.revokedAt}`;
          context.stdout.write(
            `${t.id}  ${t.role.padEnd(7)}  ${t.createdAt}  ${state}${t.label ? `  ${t.label}` : ''}\n`,
          );
        }
      } finally {
        await claimlog.close();
      }
    });

  token
    .command('revoke')
    .description('revoke a token by id: requests with it get 401 from then on')
    .argument('<id>', 'the token id (tok_…), as `token list` shows it')
    .action(async (id: string) => {
      const claimlog = await context.open();
      try {
        await claimlog.revokeToken(id);
        context.stdout.write(`token ${id} revoked\n`);
      } finally {
        await claimlog.close();
      }
    });
}

function role(raw: string): TokenRole {
  if (!(TOKEN_ROLES as readonly string[]).includes(raw))
    throw new InvalidArgumentError(`--role: expected one of ${TOKEN_ROLES.join(', ')}, found "${raw}"`);
  return raw as TokenRole;
}
