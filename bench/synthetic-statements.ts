// Synthetic statements for the assessment benchmarks: our own templates (troop movements, captures, losses,
// agreements) said by ten speakers, generated deterministically from a seed.
import type { Stance, Statement } from '../src/domain/statement.js';
import type { LinkDocument } from '../src/link/proposition.js';

const PER_DOCUMENT = 5;

/** xorshift32: the same sequence on every run. */
export function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}

const SPEAKERS: [string, string][] = [
  ['The defence ministry in Moscow', 'ru-mod'],
  ['The Kremlin', 'ru-kremlin'],
  ['Pyongyang’s foreign ministry', 'kp-mofa'],
  ['Seoul’s spy agency', 'kr-nis'],
  ['The General Staff in Kyiv', 'ua-general-staff'],
  ['A Pentagon spokesman', 'us-pentagon'],
  ['NATO officials', 'nato'],
  ['A UN envoy', 'un'],
  ['Beijing’s foreign ministry', 'cn-mofa'],
  ['Minsk', 'by'],
];
const ARMIES = ['North Korean', 'Russian', 'Ukrainian', 'Belarusian', 'Iranian'];
const PLACES = Array.from({ length: 400 }, (_, i) => `Ostrovka${i}`);
const WORDS = Array.from({ length: 3_000 }, (_, i) => `term${(i * 7919) % 3_000}`);

/** One sentence and its content, from a template chosen at random. */
function template(random: () => number): { content: string; stance: Stance } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const army = pick(ARMIES);
  const place = pick(PLACES);
  const count = (1 + Math.floor(random() * 90)) * 100;
  switch (Math.floor(random() * 8)) {
    case 0:
      return { content: `${count} ${army} soldiers were sent to the front near ${place}`, stance: 'assert' };
    case 1:
      return { content: `${army} units were withdrawn from ${place}`, stance: 'assert' };
    case 2:
      return { content: `${army} forces have liberated the village of ${place}`, stance: 'assert' };
    case 3:
      return { content: `${army} troops still hold positions in ${place}`, stance: 'assert' };
    case 4:
      return { content: `reports that ${army} soldiers were captured near ${place}`, stance: 'deny' };
    case 5:
      return { content: `about ${count} ${army} soldiers were killed near ${place}`, stance: 'confirm' };
    default: {
      const topic = Math.floor(random() * 600) * 5;
      const words = Array.from(
        { length: 6 },
        (_, k) => WORDS[(topic + k + Math.floor(random() * 3)) % WORDS.length],
      );
      return {
        content: `the ${words.join(' ')} plan was agreed`,
        stance: random() < 0.8 ? 'assert' : 'deny',
      };
    }
  }
}

/** The publication day of the `index`th document: 40 documents a day from 2023-01-01. */
export function day(index: number): string {
  const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(index / 40) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * `statements` statements, five to a document, each from a template and speaker drawn from `random`:
 * the same documents for the same generator state.
 */
export function syntheticDocuments(
  count: number,
  random: () => number,
): (LinkDocument & { statements: Statement[] })[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: (LinkDocument & { statements: Statement[] })[] = [];
  for (let d = 0; d * PER_DOCUMENT < count; d += 1) {
    let text = '';
    const statements: Statement[] = [];
    for (let s = 0; s < PER_DOCUMENT && d * PER_DOCUMENT + s < count; s += 1) {
      const [speaker, actor] = pick(SPEAKERS);
      const { content, stance } = template(random);
      const cue = stance === 'deny' ? 'rejected' : stance === 'confirm' ? 'confirmed' : 'said';
      const start = text.length;
      text += `${speaker} ${cue} that ${content}. `;
      const cueStart = start + speaker.length + 1;
      const contentStart = cueStart + cue.length + 6;
      statements.push({
        speaker: { text: speaker, start, end: start + speaker.length, actor },
        cue: { text: cue, start: cueStart, end: cueStart + cue.length },
        content: { text: content, start: contentStart, end: contentStart + content.length },
        direct: false,
        stance,
        hedged: false,
        saidOn: day(d),
        confidence: 1,
      });
    }
    out.push({ id: `doc${d}`, publishedAt: day(d), logIndex: d, outlet: 'bench-wire', text, statements });
  }
  return out;
}
