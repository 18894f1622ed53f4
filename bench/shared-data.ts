// Where the benchmarks find the repository and the shared evaluation data (../shared beside the checkout).

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding bench/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The `shared` folder holding `data/` and `tools/`: `../shared` beside the checkout (CI, the main tree),
 * or in the nearest ancestor that has one (a git worktree nested deeper). `../shared` when none exists,
 * so that a missing file is reported under the path the README names.
 */
export const SHARED = ((): string => {
  for (let dir = dirname(REPO_ROOT); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'data'))) return join(dir, 'shared');
    if (dirname(dir) === dir) return resolve(REPO_ROOT, '../shared');
  }
})();

/** A path under the shared data folder, e.g. `sharedData('seed/gold.json')`. */
export function sharedData(path: string): string {
  return join(SHARED, 'data', path);
}
