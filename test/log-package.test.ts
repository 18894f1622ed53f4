// The built package path: after `npm run build`, `import … from 'claimlog/log'` works from the repository root.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe("import 'claimlog/log'", () => {
  beforeAll(() => {
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0)
      throw new Error(`the build (tsc -p tsconfig.build.json) failed:\n${build.stdout}${build.stderr}`);
  });

  it('builds and serves the log API to a plain Node process', () => {
    const script = `
      const log = await import('claimlog/log');
      const data = [1, 2, 3].map((i) => new TextEncoder().encode('leaf ' + i));
      const hashes = data.map(log.leafHash);
      const root = log.rootHash(hashes);
      const keys = log.ed25519NoteKeys('example.org/log', new Uint8Array(32));
      const note = log.signNote(log.formatCheckpoint({ origin: 'example.org/log', size: 3, rootHash: root }), keys.signerKey);
      const opened = log.openNote(note, [keys.verifierKey]);
      const checkpoint = log.parseCheckpoint(opened.text);
      const proof = log.inclusionProof(2, hashes);
      const consistency = log.consistencyProof(1, hashes);
      console.log(JSON.stringify({
        opened: opened.ok,
        size: checkpoint.size,
        inclusion: log.verifyInclusion(hashes[2], 2, 3, proof, checkpoint.rootHash),
        consistency: log.verifyConsistency(1, 3, consistency, hashes[0], root),
        bad: log.verifyInclusion(hashes[1], 2, 3, proof, root).ok,
      }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      opened: true,
      size: 3,
      inclusion: { ok: true },
      consistency: { ok: true },
      bad: false,
    });
  });
});
