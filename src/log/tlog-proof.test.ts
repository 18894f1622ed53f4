import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { appendLeaves } from './append-leaves.js';
import { formatCheckpoint } from './checkpoint.js';
import { witnessCosigner, witnessVerifierKey } from './cosignature-key.js';
import { ed25519NoteKeys } from './ed25519-note-key.js';
import { MemoryLogStorage } from './memory-log-storage.js';
import { parseNote, signNote } from './signed-note.js';
import { createTlogProof, formatTlogProof, parseTlogProof, verifyTlogProof } from './tlog-proof.js';

const log = ed25519NoteKeys('example.org/claimlog', new Uint8Array(32).fill(7));
const other = ed25519NoteKeys('example.org/claimlog', new Uint8Array(32).fill(8));
const witnessSeed = new Uint8Array(32).fill(9);
const witnessKey = witnessVerifierKey('witness.example/w1', witnessSeed);
const leafBytes = (i: number): Uint8Array => new TextEncoder().encode(JSON.stringify({ n: i }));

async function logWith(n: number): Promise<{ storage: MemoryLogStorage; checkpoint: string }> {
  const storage = new MemoryLogStorage();
  const leaves = Array.from({ length: n }, (_, i) => ({ data: leafBytes(i), kind: 'test', ref: String(i) }));
  const { newSize, rootHash } = await appendLeaves(storage, leaves);
  const body = formatCheckpoint({ origin: 'example.org/claimlog', size: newSize, rootHash });
  return { storage, checkpoint: signNote(body, log.signerKey) };
}

describe('tlog proofs end to end', () => {
  it('proves every leaf of a 13-leaf log offline, and nothing else', async () => {
    const { storage, checkpoint } = await logWith(13);
    for (let i = 0; i < 13; i++) {
      const proof = await createTlogProof(storage, checkpoint, i);
      expect(proof.startsWith(`c2sp.org/tlog-proof@v1\nindex ${i}\n`)).toBe(true);
      const result = verifyTlogProof(proof, leafBytes(i), {
        logKey: log.verifierKey,
        origin: 'example.org/claimlog',
      });
      expect(result).toMatchObject({ ok: true, index: i, checkpoint: { size: 13 } });
      expect(verifyTlogProof(proof, leafBytes(i + 1), { logKey: log.verifierKey }).ok).toBe(false);
      expect(verifyTlogProof(proof, leafBytes(i), { logKey: other.verifierKey }).ok).toBe(false);
      expect(verifyTlogProof(proof, leafBytes(i), { logKey: log.verifierKey, origin: 'elsewhere' }).ok).toBe(
        false,
      );
    }
  });

  it('keeps extra data and witness cosignatures, and checks a quorum', async () => {
    const { storage, checkpoint } = await logWith(5);
    const cosigned = signNote(
      parseNote(checkpoint),
      witnessCosigner('witness.example/w1', witnessSeed, 1_700_000_000),
    );
    const extra = new TextEncoder().encode('document 3');
    const proof = await createTlogProof(storage, cosigned, 3, extra);
    expect(parseTlogProof(proof).extra).toEqual(extra);
    const options = { logKey: log.verifierKey, witnessKeys: [witnessKey], quorum: 1 };
    expect(verifyTlogProof(proof, leafBytes(3), options)).toMatchObject({
      ok: true,
      extra,
      cosignatures: [{ name: 'witness.example/w1', timestamp: 1_700_000_000 }],
    });
    const bare = await createTlogProof(storage, checkpoint, 3);
    expect(verifyTlogProof(bare, leafBytes(3), options)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/0 of the required 1/) as unknown,
    });
  });

  it('refuses to make a proof against a checkpoint of another tree', async () => {
    const { storage } = await logWith(5);
    const { checkpoint } = await logWith(6);
    const wrongRoot = checkpoint.replace('\n6\n', '\n5\n');
    await expect(createTlogProof(storage, wrongRoot, 1)).rejects.toThrow(/not this log's root at size 5/);
    await expect(createTlogProof(storage, (await logWith(5)).checkpoint, 5)).rejects.toThrow(
      /index < tree size/,
    );
  });
});

describe('tlog proof parser under fuzzing', () => {
  it('turns any text into a proof or an InvalidInput, and verifyTlogProof into a value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        (text) => {
          for (const candidate of [
            text,
            `c2sp.org/tlog-proof@v1\n${text}`,
            `c2sp.org/tlog-proof@v1\nindex 1\n${text}`,
          ]) {
            try {
              parseTlogProof(candidate);
            } catch (error) {
              expect(error).toBeInstanceOf(InvalidInput);
            }
            expect(typeof verifyTlogProof(candidate, leafBytes(0), { logKey: log.verifierKey }).ok).toBe(
              'boolean',
            );
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never verifies a proof with one character changed, inserted or deleted', async () => {
    const { storage, checkpoint } = await logWith(9);
    const proof = await createTlogProof(storage, checkpoint, 6);
    fc.assert(
      fc.property(
        fc.nat({ max: proof.length - 1 }),
        fc.string({ minLength: 1, maxLength: 2 }),
        fc.constantFrom('replace', 'insert', 'delete'),
        (at, text, how) => {
          const changed =
            how === 'delete'
              ? proof.slice(0, at) + proof.slice(at + 1)
              : proof.slice(0, at) + text + proof.slice(how === 'replace' ? at + 1 : at);
          fc.pre(changed !== proof);
          expect(verifyTlogProof(changed, leafBytes(6), { logKey: log.verifierKey }).ok).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('formats only what it can parse back', () => {
    expect(() => formatTlogProof({ index: -1, proof: [], checkpoint: 'x\n\n— a AAAAAAA=\n' })).toThrow(
      /index/,
    );
    expect(() =>
      formatTlogProof({ index: 0, proof: [new Uint8Array(31)], checkpoint: 'x\n\n— a AAAAAAA=\n' }),
    ).toThrow(/31 bytes/);
  });
});
