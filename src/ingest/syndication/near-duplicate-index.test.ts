import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from './near-duplicate-index.js';

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
