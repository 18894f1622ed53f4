// `claimlog serve`: the HTTP API and pages over the store, until interrupted.

import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import type { Claimlog } from '../app/claimlog.js';
import { createApi } from '../api/create-api.js';
import { Unavailable } from '../domain/errors.js';
import type { CliContext } from './cli-context.js';
import { port } from './options.js';

interface ServeFlags {
  port?: number;
  host?: string;
}

export function registerServe(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('serve the web UI (/ui/) and the JSON API (/openapi.json)')
    .option('--port <n>', `port (default CLAIMLOG_PORT or ${context.config.port})`, port('--port'))
    .option('--host <host>', `address to listen on (default CLAIMLOG_HOST or ${context.config.host})`)
    .action(async (flags: ServeFlags) => {
      const claimlog = await context.open();
      await serveUntilStopped(
        claimlog,
        context,
        flags.host ?? context.config.host,
        flags.port ?? context.config.port,
      );
    });
}

/** Listens, prints the URL, and closes the store cleanly on SIGINT/SIGTERM. */
export async function serveUntilStopped(
  claimlog: Claimlog,
  context: CliContext,
  host: string,
  port: number,
): Promise<void> {
  await claimlog.log.publishTiles(); // the /log/ folder may be missing or behind the database
  const api = createApi(claimlog, {
    readTokenRequired: context.config.readTokenRequired,
    maxBodyBytes: context.config.maxBytes,
  });
  await new Promise<void>((resolve, reject) => {
    const server = serve({ fetch: api.fetch, hostname: host, port }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      context.stdout.write(`claimlog is serving at http://${shown}:${info.port}/\n`);
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      void claimlog.close();
      reject(
        error.code === 'EADDRINUSE'
          ? new Unavailable(
              `port ${port} on ${host} is in use; choose another with --port or CLAIMLOG_PORT`,
              { cause: error },
            )
          : error,
      );
    });
    const stop = () => {
      server.close();
      void claimlog.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
