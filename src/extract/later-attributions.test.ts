import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { buildGazetteer } from './gazetteer.js';
import { createWinkEngine } from './wink-engine.js';

const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };

function read(text: string): string[] {
  return extractDocument({ text, publishedAt: '2025-04-28', outlet: null }, deps).statements.map(
    (s) => `${s.speaker.text} | ${s.cue.text} | ${s.content.text}`,
  );
}

describe('contents stop where a later clause has a speaker of its own', () => {
  it('ends a contest at the colon that opens a clause with its own attribution', () => {
    expect(
      read(
        "Seoul has disputed Pyongyang's casualty figures before: in February, it said the numbers had been inflated tenfold.",
      ),
    ).toEqual([
      "Seoul | disputed | Pyongyang's casualty figures before",
      'it | said | the numbers had been inflated tenfold',
    ]);
  });

  it('ends a content at the comma before a trailing speaker, while the outer report keeps it all', () => {
    expect(
      read(
        'Two captured sappers told investigators they had expected a border drill, not combat, the security service said on Friday.',
      ),
    ).toEqual([
      'the security service | said | Two captured sappers told investigators they had expected a border drill, not combat',
      'Two captured sappers | told | they had expected a border drill, not combat',
    ]);
  });

  it('starts a content after a dateline and after an "according to" that names another source', () => {
    expect(
      read('KHARKIV (Reuters) — Two drones struck a depot overnight, the regional governor said.'),
    ).toEqual(['the regional governor | said | Two drones struck a depot overnight']);
    expect(
      read(
        'According to the NIS, the soldiers adapted quickly to drone warfare, experience the agency said could benefit the North’s own army.',
      ),
    ).toEqual([
      'the NIS | According to | the soldiers adapted quickly to drone warfare',
      'the agency | said | could benefit the North’s own army',
    ]);
  });

  it('keeps a later attribution inside when a relative clause, a condition or a described noun holds it', () => {
    expect(
      read('The ministry said that if the convoy was stopped, Minsk might threaten to close the border.'),
    ).toEqual([
      'The ministry | said | that if the convoy was stopped, Minsk might threaten to close the border',
    ]);
    expect(
      read(
        'The pilot said he saw smoke on the runway — something a mechanic also told investigators later.',
      )[0],
    ).toBe(
      'The pilot | said | he saw smoke on the runway — something a mechanic also told investigators later',
    );
  });
});
