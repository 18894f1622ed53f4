// Vitest global setup: builds the web UI into dist/ui when it is missing or older than its sources, so
// browser tests never run against a stale build (`npm run check` has built it already).

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from './cli.js';

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

export default async function setup(): Promise<void> {
  const built = join(ROOT, 'dist/ui/index.html');
  let builtAt = 0;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    builtAt = 0;
  }
  const sources = Math.max(newest(join(ROOT, 'src/web/ui')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs);
  if (builtAt >= sources) return;
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'src/web/ui'), logLevel: 'warn' });
}
