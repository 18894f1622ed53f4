// Runs the real claimlog command line in a child process, against a throwaway CLAIMLOG_HOME.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `claimlog ARGS…` through tsx (no build needed) with `env` added to a clean environment. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd: string = ROOT,
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd, env: cliEnv(env), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Starts a long-running command (serve) and resolves once it prints the URL it serves. */
export function startCli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: cliEnv(env),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`claimlog ${args.join(' ')} exited with ${code}: ${err}`)));
  });
}

function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, CLAIMLOG_HOME: _home, ...rest } = process.env;
  return { ...rest, NO_COLOR: '1', ...env };
}

let template: Promise<string> | undefined;

/**
 * A fresh CLAIMLOG_HOME whose embedded store is already created and migrated: one initdb per test
 * process, then a copy of the folder for each caller.
 */
export async function freshHome(): Promise<string> {
  template ??= (async () => {
    const home = await mkdtemp(join(tmpdir(), 'claimlog-template-'));
    const result = await runCli(['statements'], { CLAIMLOG_HOME: home });
    if (result.code !== 0) throw new Error(`could not create the template store: ${result.stderr}`);
    return home;
  })();
  const home = await mkdtemp(join(tmpdir(), 'claimlog-home-'));
  await cp(await template, home, { recursive: true });
  return home;
}
