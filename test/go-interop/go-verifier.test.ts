// Interoperability: checkpoints, tlog-proofs and consistency proofs made by claimlog verify with Go's own
// golang.org/x/mod/sumdb/note and sumdb/tlog (Debian's golang-go and golang-golang-x-mod-dev, built offline).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendLeaves,
  canonicalJsonBytes,
  createTlogProof,
  ed25519NoteKeys,
  encodeBase64,
  formatCheckpoint,
  MemoryLogStorage,
  parseNote,
  proveConsistency,
  signNote,
  witnessCosigner,
} from '../../src/log/index.js';
import { freshHome, runCli } from '../support/cli.js';

const GO_MOD_SOURCES = '/usr/share/gocode';
const here = dirname(fileURLToPath(import.meta.url));
const goVersion = spawnSync('go', ['version'], { encoding: 'utf8' });
const goReady = goVersion.status === 0 && existsSync(join(GO_MOD_SOURCES, 'src/golang.org/x/mod/sumdb/note'));
const inCI = (process.env.CI ?? '') !== '';
const missing =
  'Go interop needs `go` and golang.org/x/mod under /usr/share/gocode: ' +
  'apt-get install -y golang-go golang-golang-x-mod-dev';

interface GoAnswer {
  notes: string[] | null;
  proofs: string[] | null;
  consistency: string[] | null;
  signed: string;
}

if (!goReady && !inCI) {
  describe('Go interoperability', () => {
    it.skip(`skipped: ${missing}`, () => undefined);
  });
} else {
  describe('Go interoperability (golang.org/x/mod/sumdb)', () => {
    let gopath = '';
    let verifier = '';

    beforeAll(async () => {
      if (!goReady) throw new Error(`CI is set but ${missing}`);
      gopath = await mkdtemp(join(tmpdir(), 'claimlog-go-'));
      const source = join(gopath, 'src', 'claimlogverifier');
      await mkdir(source, { recursive: true });
      await copyFile(join(here, 'verifier', 'main.go'), join(source, 'main.go'));
      verifier = join(gopath, 'claimlogverifier');
      const build = spawnSync('go', ['build', '-o', verifier, 'claimlogverifier'], {
        cwd: gopath,
        encoding: 'utf8',
        env: {
          ...process.env,
          GO111MODULE: 'off',
          GOPATH: `${gopath}:${GO_MOD_SOURCES}`,
          GOCACHE: join(gopath, 'cache'),
          GOFLAGS: '',
          GOPROXY: 'off',
        },
      });
      if (build.status !== 0) throw new Error(`go build failed:\n${build.stderr}`);
    });

    afterAll(async () => {
      if (gopath !== '') await rm(gopath, { recursive: true, force: true });
    });

    function askGo(request: unknown): GoAnswer {
      const run = spawnSync(verifier, [], { input: JSON.stringify(request), encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`Go verifier failed: ${run.stderr}`);
      return JSON.parse(run.stdout) as GoAnswer;
    }

    const origin = 'claimlog.example/interop';
    const keys = ed25519NoteKeys(
      origin,
      new Uint8Array(32).map((_, i) => i * 7),
    );
    const record = (i: number): Uint8Array =>
      canonicalJsonBytes({
        contentHash: `${i}`.padStart(64, '0'),
        outlet: 'example',
        url: `https://example.org/${i}`,
      });

    async function buildLog(): Promise<{ storage: MemoryLogStorage; notes: Map<number, string> }> {
      const storage = new MemoryLogStorage();
      const notes = new Map<number, string>();
      let size = 0;
      for (const batch of [1, 36, 27, 1, 35, 157]) {
        const leaves = Array.from({ length: batch }, (_, i) => ({
          data: record(size + i),
          kind: 'document',
          ref: '',
        }));
        const result = await appendLeaves(storage, leaves);
        size = result.newSize;
        notes.set(
          size,
          signNote(formatCheckpoint({ origin, size, rootHash: result.rootHash }), keys.signerKey),
        );
      }
      return { storage, notes };
    }

    it('opens claimlog checkpoints with sumdb/note, witness cosignatures included, and refuses a changed one', async () => {
      const { notes } = await buildLog();
      const cosigned = signNote(
        parseNote(notes.get(100)!),
        witnessCosigner('witness.example/w', new Uint8Array(32), 1),
      );
      const changed = notes.get(100)!.replace('\n100\n', '\n101\n');
      const answer = askGo({ verifierKey: keys.verifierKey, notes: [...notes.values(), cosigned, changed] });
      expect(answer.notes).toEqual([
        ...[...notes.values()].map(() => ''),
        '',
        expect.stringMatching(/invalid signature/),
      ]);
    });

    it('signs a note byte for byte as Go does with the same key', () => {
      const text = `${origin}\n5\n${encodeBase64(new Uint8Array(32))}\n`;
      const answer = askGo({ verifierKey: keys.verifierKey, sign: { signerKey: keys.signerKey, text } });
      expect(answer.signed).toBe(signNote(text, keys.signerKey));
    });

    it('verifies claimlog tlog-proofs with tlog.CheckRecord, and refuses one for another leaf', async () => {
      const { storage, notes } = await buildLog();
      const proofs = [];
      for (const [size, note] of notes) {
        for (const index of new Set([0, Math.floor(size / 2), size - 1])) {
          proofs.push({
            proof: await createTlogProof(storage, note, index),
            leaf: encodeBase64(record(index)),
          });
        }
      }
      const wrong = { proof: proofs.at(-1)!.proof, leaf: encodeBase64(record(0)) };
      const answer = askGo({ verifierKey: keys.verifierKey, proofs: [...proofs, wrong] });
      expect(answer.proofs).toEqual([...proofs.map(() => ''), 'invalid transparency proof']);
    });

    it('verifies a proof and checkpoint made by the real `claimlog log prove` with sumdb/tlog', async () => {
      const env = { CLAIMLOG_HOME: await freshHome() };
      const sources = await mkdtemp(join(tmpdir(), 'claimlog-go-sources-'));
      await writeFile(
        join(sources, 'reports.jsonl'),
        ['Seoul said troops had moved.', 'Pyongyang denied it.', 'Kyiv said two were captured.']
          .map((text) => JSON.stringify({ text, publishedAt: '2025-01-10' }))
          .join('\n'),
      );
      expect((await runCli(['ingest', join(sources, 'reports.jsonl'), '--batch', '2'], env)).code).toBe(0);
      const proved = JSON.parse((await runCli(['log', 'prove', '1', '--json'], env)).stdout) as {
        proof: string;
        leaf: string;
      };
      const verifierKey = (await runCli(['log', 'key'], env)).stdout.trim();
      const checkpoint = proved.proof.slice(proved.proof.indexOf('\n\n') + 2);
      const answer = askGo({
        verifierKey,
        notes: [checkpoint],
        proofs: [{ proof: proved.proof, leaf: proved.leaf }],
      });
      expect(answer.notes).toEqual(['']);
      expect(answer.proofs).toEqual(['']);
    });

    it('verifies claimlog consistency proofs with tlog.CheckTree between every pair of checkpoints', async () => {
      const { storage, notes } = await buildLog();
      const checks = [];
      for (const [oldSize, oldNote] of notes) {
        for (const [newSize, newNote] of notes) {
          if (oldSize > newSize) continue;
          const proof = (await proveConsistency(storage, oldSize, newSize)).map(encodeBase64);
          checks.push({ oldNote, newNote, proof });
        }
      }
      const tampered = { ...checks[3]!, proof: [...checks[3]!.proof].reverse() };
      const answer = askGo({ verifierKey: keys.verifierKey, consistency: [...checks, tampered] });
      expect(answer.consistency).toEqual([...checks.map(() => ''), 'invalid transparency proof']);
    });
  });
}
