// How to start one of claimlog's worker threads, from the compiled build or from the TypeScript sources.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What `new Worker(script, { eval })` is given. */
export interface WorkerEntry {
  script: URL | string;
  eval: boolean;
}

/**
 * The worker module `name` (without extension) beside `base` (a module's import.meta.url): the compiled
 * `name.js` when it exists, or — running from the TypeScript sources (tests, benchmarks) — a bootstrap
 * that registers tsx's loader in the worker and then imports `name.ts` (Node 20 ignores `--import` in a
 * worker's execArgv).
 */
export function workerEntry(base: string, name: string): WorkerEntry {
  const compiled = new URL(`./${name}.js`, base);
  if (existsSync(fileURLToPath(compiled))) return { script: compiled, eval: false };
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const loader = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const source = new URL(`./${name}.ts`, base).href;
  return {
    script: `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`,
    eval: true,
  };
}
