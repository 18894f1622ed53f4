// `claimlog log …` as a user runs it: ingest, prove a document, verify the proof offline with only the key
// and the leaf, check consistency between two checkpoints, add witness cosignatures, and read the tiles over HTTP.

import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntryBundle } from '../../src/log/entry-bundle.js';
import { leafHash } from '../../src/log/hashes.js';
import { rootHash } from '../../src/log/merkle-tree.js';
import { parseCheckpoint } from '../../src/log/checkpoint.js';
import { parseNote, signNote } from '../../src/log/signed-note.js';
import { witnessCosigner, witnessVerifierKey } from '../../src/log/cosignature-key.js';
import { freshHome, runCli, startCli } from '../support/cli.js';

const report = (id: string, text: string, extra: Record<string, string> = {}): string =>
  JSON.stringify({ id, text, publishedAt: '2025-04-28', outlet: 'Example Wire', ...extra });

describe('claimlog log', () => {
  let home: string;
  let work: string;
  let env: Record<string, string>;
  let key: string;
  let firstCheckpoint: string;
  let secondCheckpoint: string;
  const witnessSeed = new Uint8Array(32).fill(42);
  const witnessKey = witnessVerifierKey('witness.example/w1', witnessSeed);

  beforeAll(async () => {
    [home, work] = await Promise.all([freshHome(), mkdtemp(join(tmpdir(), 'claimlog-log-'))]);
    env = { CLAIMLOG_HOME: home };
    await writeFile(
      join(work, 'first.jsonl'),
      [
        report('a', 'Seoul said on Friday that North Korean troops had arrived in Russia.'),
        report('b', 'Pyongyang dismissed the reports as groundless rumours on Saturday.', {
          url: 'https://example.org/b',
        }),
        report('c', 'The Kremlin said it had nothing to add about the reports.'),
      ].join('\n'),
    );
    await writeFile(
      join(work, 'second.jsonl'),
      [
        report('d', 'Kyiv said two soldiers had been captured in Kursk in January.'),
        report('e', 'Moscow acknowledged the deployment on Saturday, its chief of staff said.'),
      ].join('\n'),
    );
    const first = await runCli(['ingest', join(work, 'first.jsonl'), '--verbose'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^logged [0-9a-f]{16} at 0$/m);
    firstCheckpoint = (await runCli(['log', 'checkpoint'], env)).stdout;
    expect((await runCli(['ingest', join(work, 'second.jsonl')], env)).code).toBe(0);
    const [second, keyRun] = [await runCli(['log', 'checkpoint'], env), await runCli(['log', 'key'], env)];
    secondCheckpoint = second.stdout;
    key = keyRun.stdout.trim();
    await writeFile(join(work, 'old.checkpoint'), firstCheckpoint);
    await writeFile(join(work, 'new.checkpoint'), secondCheckpoint);
    await writeFile(join(work, 'log.vkey'), `${key}\n`);
  });

  it('names the log by a key made on first use, kept readable by its owner only', async () => {
    expect(key).toMatch(/^claimlog\.local\/[0-9a-f]{16}\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*$/);
    expect(parseCheckpoint(parseNote(firstCheckpoint).text).size).toBe(3);
    expect(parseCheckpoint(parseNote(secondCheckpoint).text).size).toBe(5);
    const keyFile = await readFile(join(home, 'keys', 'log-signer.key'), 'utf8');
    expect(keyFile).toMatch(/^PRIVATE\+KEY\+claimlog\.local\//);
    const { stat } = await import('node:fs/promises');
    expect((await stat(join(home, 'keys', 'log-signer.key'))).mode & 0o777).toBe(0o600);
  });

  it('proves a document by id, and the proof verifies offline with only the key and the leaf', async () => {
    const leaf = await runCli(['log', 'leaf', '1', '--json'], env);
    const { ref } = JSON.parse(leaf.stdout) as { ref: string };
    const proved = await runCli(['log', 'prove', ref, '--leaf-out', join(work, 'leaf1')], env);
    expect(proved.code).toBe(0);
    expect(proved.stdout).toMatch(/^c2sp\.org\/tlog-proof@v1\nindex 1\n/);
    await writeFile(join(work, 'leaf1.proof'), proved.stdout);
    const leafBytes = await readFile(join(work, 'leaf1'), 'utf8');
    expect(JSON.parse(leafBytes)).toMatchObject({
      type: 'claimlog.document/v1',
      url: 'https://example.org/b',
      outlet: 'Example Wire',
      publishedAt: '2025-04-28',
    });

    // Offline: a CLAIMLOG_HOME that does not exist, and no database: only the proof, the key and the leaf.
    const elsewhere = { CLAIMLOG_HOME: join(await mkdtemp(join(tmpdir(), 'claimlog-verifier-')), 'home') };
    const verified = await runCli(
      [
        'log',
        'verify',
        join(work, 'leaf1.proof'),
        '--key',
        join(work, 'log.vkey'),
        '--leaf',
        join(work, 'leaf1'),
      ],
      elsewhere,
    );
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toBe(`verified: leaf 1 in tree of size 5 of origin ${key.split('+')[0]}\n`);
    expect(existsSync(elsewhere.CLAIMLOG_HOME)).toBe(false);

    await writeFile(join(work, 'leaf1.changed'), leafBytes.replace('Example Wire', 'Other Wire'));
    const refused = await runCli(
      ['log', 'verify', join(work, 'leaf1.proof'), '--key', key, '--leaf', join(work, 'leaf1.changed')],
      elsewhere,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^not verified: leaf 1 is not proven in the checkpoint: /);
  });

  it('gives the exact leaf bytes by index', async () => {
    const raw = await runCli(['log', 'leaf', '0'], env);
    expect(raw.code).toBe(0);
    expect(JSON.parse(raw.stdout)).toMatchObject({ type: 'claimlog.document/v1', outlet: 'Example Wire' });
    const missing = await runCli(['log', 'leaf', '99'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('claimlog: the log has no leaf 99: it has 5 leaves\n');
  });

  it('proves and checks that the newer checkpoint extends the older one', async () => {
    const printed = await runCli(
      ['log', 'consistency', join(work, 'old.checkpoint'), join(work, 'new.checkpoint')],
      env,
    );
    expect(printed.code).toBe(0);
    expect(printed.stderr).toContain('consistent: the tree of size 5 extends the tree of size 3');
    await writeFile(join(work, 'consistency.proof'), printed.stdout);
    const offline = await runCli(
      [
        'log',
        'consistency',
        join(work, 'old.checkpoint'),
        join(work, 'new.checkpoint'),
        '--proof',
        join(work, 'consistency.proof'),
        '--key',
        key,
      ],
      { CLAIMLOG_HOME: join(work, 'no-home') },
    );
    expect(offline.stdout).toBe('consistent: the tree of size 5 extends the tree of size 3\n');
    const backwards = await runCli(
      ['log', 'consistency', join(work, 'new.checkpoint'), join(work, 'old.checkpoint'), '--json'],
      env,
    );
    expect(backwards.code).toBe(1);
    expect(JSON.parse(backwards.stdout)).toEqual({
      ok: false,
      reason: 'the old checkpoint (5) is larger than the new one (3)',
    });
  });

  it('keeps a witness cosignature and lets a verifier require it', async () => {
    const cosigned = signNote(
      parseNote(secondCheckpoint),
      witnessCosigner('witness.example/w1', witnessSeed, 1_745_800_000),
    );
    await writeFile(join(work, 'cosigned.checkpoint'), cosigned);
    const witnessEnv = { ...env, CLAIMLOG_WITNESS_KEYS: witnessKey };
    const unconfigured = await runCli(['log', 'cosign-add', join(work, 'cosigned.checkpoint')], env);
    expect(unconfigured.code).toBe(1);
    expect(unconfigured.stderr).toContain('no witness keys are configured');
    const added = await runCli(['log', 'cosign-add', join(work, 'cosigned.checkpoint')], witnessEnv);
    expect(added.stdout).toBe('checkpoint of size 5: kept cosignatures by witness.example/w1\n');
    const checkpoint = await runCli(['log', 'checkpoint', '--quorum', '1'], witnessEnv);
    expect(checkpoint.stdout).toBe(cosigned);

    const proof = await runCli(['log', 'prove', '0', '--leaf-out', join(work, 'leaf0')], env);
    await writeFile(join(work, 'leaf0.proof'), proof.stdout);
    const verify = (witness: string, quorum: string) =>
      runCli(
        [
          'log',
          'verify',
          join(work, 'leaf0.proof'),
          '--key',
          key,
          '--leaf',
          join(work, 'leaf0'),
          '--witness',
          witness,
          '--quorum',
          quorum,
        ],
        { CLAIMLOG_HOME: join(work, 'no-home') },
      );
    const required = await verify(witnessKey, '1');
    expect(required.stdout).toMatch(
      /^verified: leaf 0 in tree of size 5 of origin .*, cosigned by witness\.example\/w1\n$/,
    );
    const other = await verify(witnessVerifierKey('witness.example/w2', new Uint8Array(32).fill(7)), '1');
    expect(other.code).toBe(1);
    expect(other.stderr).toBe('not verified: 0 of the required 1 witnesses cosigned the checkpoint\n');
  });

  describe('over HTTP', () => {
    let server: { child: ChildProcess; url: string };
    beforeAll(async () => {
      server = await startCli(['serve', '--port', '0'], env);
    });
    afterAll(() => {
      server?.child.kill('SIGTERM');
    });

    it('serves the tiles folder under /log/, from which a client rebuilds the checkpoint root', async () => {
      const checkpoint = await fetch(new URL('/log/checkpoint', server.url));
      expect(checkpoint.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(checkpoint.headers.get('cache-control')).toBe('no-cache');
      const note = await checkpoint.text();
      const { size, rootHash: root } = parseCheckpoint(parseNote(note).text);
      expect(size).toBe(5);
      const entries = await fetch(new URL(`/log/tile/entries/000.p/${size}`, server.url));
      expect(entries.headers.get('content-type')).toBe('application/octet-stream');
      expect(entries.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const leaves = decodeEntryBundle(new Uint8Array(await entries.arrayBuffer()));
      expect(rootHash(leaves.map(leafHash))).toEqual(root);
      const tile = new Uint8Array(
        await (await fetch(new URL(`/log/tile/0/000.p/${size}`, server.url))).arrayBuffer(),
      );
      expect(tile.subarray(0, 32)).toEqual(leafHash(leaves[0]!));
      expect((await fetch(new URL('/log/tile/0/000', server.url))).status).toBe(404);
      expect((await fetch(new URL('/log/keys/log-signer.key', server.url))).status).toBe(404);
      expect((await fetch(new URL('/log/%2e%2e/keys/log-signer.key', server.url))).status).toBe(404);
    });
  });
});
