import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex, type CopyMatch } from './near-duplicate-index.js';

// Our own short reports: a wire story, a lightly edited relay of it, and a different story on the same topic.
const WIRE = `SEOUL, Nov. 4 (Harbour Wire) -- Military intelligence officers told a closed parliamentary session on
Monday that several thousand soldiers from the northern army had moved by rail to a training ground near the
eastern port. The officers said the units had received new uniforms and basic language instruction before the
transfer. Lawmakers who attended the session said the briefing included satellite images of the rail yard and
intercepted radio traffic. The defence ministry declined to comment on the figures but said it was watching the
situation closely with its allies. A spokesman for the foreign ministry called the movement a grave threat to
regional security and urged an immediate halt.`;

const RELAY = `Northern troops moved by rail, intelligence says
Military intelligence officers told a closed parliamentary session on Monday that several thousand soldiers from
the northern army had moved by train to a training ground near the eastern port. The officers said the units had
received new uniforms and basic language instruction before the transfer. Lawmakers who attended the session said
the briefing included satellite photos of the rail yard and intercepted radio traffic. The defence ministry declined
to comment on the figures but said it was watching the situation closely with its allies.
Read more: our full coverage of the region
© 2024 Valley Gazette. All rights reserved.`;

const OTHER = `The foreign ministry of the northern state rejected on Tuesday what it called fabricated claims that its
soldiers were being sent abroad. A statement carried by the official news agency said the reports were a smear
campaign by hostile forces and that the country's armed forces remained at home to defend its borders. Analysts in
the capital said the wording of the denial was unusually careful and did not rule out future cooperation with
partners. Intelligence officers had earlier said that units moved by rail toward the eastern port.`;

describe('NearDuplicateIndex', () => {
  it('finds the original of a lightly edited relay and nothing for a different story on the same topic', () => {
    const index = new NearDuplicateIndex();
    index.add('wire', WIRE);
    const match = index.findCopyOf(RELAY);
    expect(match?.id).toBe('wire');
    expect(match?.similarity).toBeGreaterThan(0.5);
    expect(index.findCopyOf(OTHER)).toBeNull();
  });

  it('recognises an excerpt of a longer story by containment', () => {
    const index = new NearDuplicateIndex();
    index.add('wire', WIRE);
    const excerpt = WIRE.split('. ').slice(1, 4).join('. ');
    const match = index.findCopyOf(excerpt);
    expect(match?.id).toBe('wire');
    expect(match?.containment).toBeGreaterThan(0.7);
  });

  it('gives the same answers when rebuilt from stored signatures', () => {
    const first = new NearDuplicateIndex();
    const stored = [first.add('wire', WIRE), first.add('other', OTHER)];
    const json = JSON.stringify(stored.map((s) => ({ values: [...s.values], shingles: s.shingles })));
    const rebuilt = new NearDuplicateIndex();
    (JSON.parse(json) as { values: number[]; shingles: number }[]).forEach((s, i) =>
      rebuilt.addSignature(i === 0 ? 'wire' : 'other', {
        values: Uint32Array.from(s.values),
        shingles: s.shingles,
      }),
    );
    expect(rebuilt.findCopyOf(RELAY)).toEqual(first.findCopyOf(RELAY));
  });

  it('calls no text a copy of itself when excluded, and never judges texts too short to tell', () => {
    const index = new NearDuplicateIndex();
    index.add('wire', WIRE);
    expect(index.findCopyOf(WIRE, 'wire')).toBeNull();
    index.add('short', 'Troops moved by rail.');
    expect(index.findCopyOf('Troops moved by rail.')).toBeNull();
  });

  it('refuses a stored signature of another size', () => {
    const index = new NearDuplicateIndex({ hashes: 64, rowsPerBand: 4 });
    const other = new NearDuplicateIndex().signatureOf(WIRE);
    expect(() => index.addSignature('x', other)).toThrow(
      'expected a signature of 64 values for x, found 128',
    );
  });
});

// Texts generated from our own word list: stories, exact and near copies, an excerpt, mixed scripts.
const WORDS = (
  'the ministry said convoy border officials talks rail yard port troops drone strike village mayor ' +
  'council vote budget grain ship harbour bridge night morning statement agency report week two three ' +
  'thousand soldiers moved north south east west river shelling power station repair crews water'
).split(' ');

/** A text of `length` words drawn from WORDS by a seeded generator (mulberry32). */
function story(seed: number, length: number): string {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

const A = story(1, 90);
const B = story(2, 120);
const C = story(3, 60);
const STREAM: [string, string][] = [
  ['a', A],
  ['b', B],
  ['a-copy', A],
  ['a-tail', `${A}\n\nFiled at noon by the night desk.`],
  ['b-excerpt', B.split(' ').slice(30, 75).join(' ')],
  ['c', C],
  ['short', 'Troops moved by rail.'],
  ['b-edited', B.replace(/ rail /g, ' train ').replace(/ port /g, ' harbour ')],
  [
    'mixed-script',
    `Міністерство заявило: конвой рухався вночі. L'armée a quitté Kherson’s port. ${C} 🚆 2024 №5`,
  ],
  ['a-again', A],
  ['c-half', C.split(' ').slice(0, 35).join(' ')],
];

const match = (id: string, similarity: number, containment: number): CopyMatch => ({
  id,
  similarity,
  containment,
});

describe('NearDuplicateIndex answers, pinned', () => {
  // Signatures are stored with each document, so their values must never change; nor may the answers.
  // The expected values were produced by the first implementation of this index.
  it('gives the same signatures and the same best and second-best copies as ever', () => {
    const index = new NearDuplicateIndex();
    let digest = 0x811c9dc5;
    const shingles: number[] = [];
    const answers: [string, CopyMatch | null, CopyMatch | null][] = [];
    for (const [id, text] of STREAM) {
      const signature = index.signatureOf(text);
      for (const v of signature.values) digest = Math.imul(digest ^ v, 0x01000193);
      shingles.push(signature.shingles);
      const best = index.findCopyOf(signature, id);
      answers.push([id, best, best === null ? null : index.findCopyOf(signature, best.id)]);
      index.addSignature(id, signature);
    }
    expect((digest >>> 0).toString(16)).toBe('d0c9e369');
    expect(shingles).toEqual([88, 118, 88, 95, 43, 58, 2, 118, 70, 88, 33]);
    expect(answers).toEqual([
      ['a', null, null],
      ['b', null, null],
      ['a-copy', match('a', 1, 1), null],
      // Equal scores: the earliest added wins; without it, the next earliest.
      ['a-tail', match('a', 0.953125, 0.9400421052631579), match('a-copy', 0.953125, 0.9400421052631579)],
      ['b-excerpt', match('b', 0.375, 1), null],
      ['c', null, null],
      ['short', null, null],
      ['b-edited', match('b', 0.875, 0.9333333333333333), match('b-excerpt', 0.4140625, 0.39952242719355746)],
      ['mixed-script', match('c', 0.828125, 0.8283272283272284), null],
      ['a-again', match('a', 1, 1), match('a-copy', 1, 1)],
      ['c-half', match('c', 0.6015625, 1), match('mixed-script', 0.515625, 1)],
    ]);
  });

  it('answers the same from stored signatures as from texts, and for a text looked up by string', () => {
    const fromTexts = new NearDuplicateIndex();
    const fromSignatures = new NearDuplicateIndex();
    for (const [id, text] of STREAM) {
      const signature = fromTexts.add(id, text);
      fromSignatures.addSignature(id, {
        values: Uint32Array.from(signature.values),
        shingles: signature.shingles,
      });
    }
    for (const [, text] of STREAM)
      expect(fromSignatures.findCopyOf(text)).toEqual(fromTexts.findCopyOf(text));
    expect(fromTexts.findCopyOf(A)).toEqual(match('a', 1, 1));
  });
});
