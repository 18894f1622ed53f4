import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { ed25519NoteKeys } from './ed25519-note-key.js';
import { openNote, parseNote, signNote } from './signed-note.js';

const seed = (byte: number): Uint8Array => new Uint8Array(32).fill(byte);
const alice = ed25519NoteKeys('example.org/alice', seed(1));
const bob = ed25519NoteKeys('example.org/bob', seed(2));

describe('signNote / openNote', () => {
  it('round-trips a note signed by two keys, and reports which keys it knew', () => {
    const note = signNote('claim 1\nclaim 2\n', [alice.signerKey, bob.signerKey]);
    expect(note).toMatch(
      /^claim 1\nclaim 2\n\n\u2014 example\.org\/alice \S+\n\u2014 example\.org\/bob \S+\n$/,
    );
    const opened = openNote(note, [alice.verifierKey]);
    expect(opened).toMatchObject({ ok: true, text: 'claim 1\nclaim 2\n' });
    if (!opened.ok) return;
    expect(opened.verified.map((s) => s.name)).toEqual(['example.org/alice']);
    expect(opened.unverified.map((s) => s.name)).toEqual(['example.org/bob']);
  });

  it('adds a signature to a parsed note, replacing an older one by the same key', () => {
    const once = signNote('text\n', alice.signerKey);
    const twice = signNote(parseNote(once), [bob.signerKey, alice.signerKey]);
    expect(parseNote(twice).signatures.map((s) => s.name)).toEqual(['example.org/bob', 'example.org/alice']);
    expect(openNote(twice, [alice.verifierKey, bob.verifierKey])).toMatchObject({ ok: true });
  });

  it('refuses to sign text a reader could not open', () => {
    expect(() => signNote('no newline', alice.signerKey)).toThrow(/must end with a newline/);
    expect(() => signNote('tab\there\n', alice.signerKey)).toThrow(/control character U\+0009 at offset 3/);
    expect(() => signNote('x\n', 'PRIVATE+KEY+x+00000000+AQ==')).toThrow(/malformed signer key/);
  });

  it('fails a note whose text changed after signing, naming the key', () => {
    const note = signNote('size 10\n', alice.signerKey).replace('10', '11');
    expect(openNote(note, [alice.verifierKey])).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^invalid signature for key example\.org\/alice\+[0-9a-f]{8}$/,
      ) as unknown,
    });
  });

  it('fails a note no trusted key signed', () => {
    const opened = openNote(signNote('x\n', bob.signerKey), [alice.verifierKey]);
    expect(opened).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no valid signature by a trusted key/) as unknown,
    });
  });
});

describe('signed note parser under fuzzing', () => {
  const valid = signNote('origin\n42\nAAAA\n', [alice.signerKey, bob.signerKey]);

  it('turns any string into a note or an InvalidInput, and openNote into a value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })),
        (text) => {
          expectNoteOrInvalid(() => parseNote(text));
          expect(typeof openNote(text, [alice.verifierKey]).ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('turns any bytes into a note or an InvalidInput', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectNoteOrInvalid(() => parseNote(bytes));
        expect(typeof openNote(bytes, [alice.verifierKey]).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never opens a note with any one character changed, inserted or deleted', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: valid.length - 1 }),
        fc.string({ minLength: 1, maxLength: 2 }),
        fc.constantFrom('replace', 'insert', 'delete'),
        (at, text, how) => {
          const changed =
            how === 'delete'
              ? valid.slice(0, at) + valid.slice(at + 1)
              : valid.slice(0, at) + text + valid.slice(how === 'replace' ? at + 1 : at);
          fc.pre(changed !== valid);
          const opened = openNote(changed, [alice.verifierKey, bob.verifierKey]);
          // Changing only bob's line may leave alice's valid signature and bob's as unknown or malformed.
          if (opened.ok) expect(opened.text).toBe('origin\n42\nAAAA\n');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('handles large hostile inputs in linear time', () => {
    const manyLines = `x\n\n${'\u2014 a AAAAAAAA\n'.repeat(100_000)}`;
    expect(openNote(manyLines, [alice.verifierKey])).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/more than the 100/) as unknown,
    });
    const blankLines = '\n'.repeat(1_000_000);
    expect(openNote(blankLines, [alice.verifierKey]).ok).toBe(false);
  });
});

function expectNoteOrInvalid(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).message).toMatch(/^signed note: malformed note: /);
  }
}
