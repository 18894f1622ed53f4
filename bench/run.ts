// Runs every benchmark under bench/ (files named *.bench.ts), each in its own process so peak RSS is its own.
// Usage: npm run bench [-- NAME…]   (NAME filters by file name, e.g. `npm run bench -- log seed`)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`# ${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, name)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.log(`# ${name} failed with exit code ${String(result.status)}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
