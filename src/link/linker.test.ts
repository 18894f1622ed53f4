import { describe, expect, it } from 'vitest';
import type { Stance, Statement } from '../domain/statement.js';
import { applyDelta, emptySnapshot, type LinkerSnapshot } from './linker-state.js';
import { InvalidInput } from '../domain/errors.js';
import { Linker } from './linker.js';
import { prepareDocument } from './prepare-document.js';
import type { LinkDocument } from './proposition.js';

function said(text: string, speaker: string, actor: string, content: string, stance: Stance, saidOn: string) {
  const s = text.indexOf(speaker);
  const c = text.indexOf(content);
  const statement: Statement = {
    speaker: { text: speaker, start: s, end: s + speaker.length, actor },
    cue: { text: 'said', start: s + speaker.length + 1, end: s + speaker.length + 5 },
    content: { text: content, start: c, end: c + content.length },
    direct: false,
    stance,
    hedged: false,
    saidOn,
    confidence: 1,
  };
  return statement;
}

function post(id: string, day: string, speaker: string, actor: string, content: string, stance: Stance) {
  const text = `${speaker} said that ${content}.`;
  return {
    id,
    publishedAt: day,
    logIndex: null,
    outlet: null,
    text,
    statements: [said(text, speaker, actor, content, stance, day)],
  } satisfies LinkDocument;
}

const DOCUMENTS: LinkDocument[] = [
  post('a', '2024-10-18', 'Seoul', 'kr-nis', 'North Korea had sent 1,500 soldiers to Russia', 'assert'),
  post(
    'b',
    '2024-11-05',
    'Kyiv',
    'ua-gur',
    'Ukrainian units still hold positions in the Kursk region',
    'assert',
  ),
  post('c', '2024-10-21', 'Pyongyang', 'kp', 'reports that it sent troops abroad are false', 'deny'),
  post('d', '2024-11-02', 'Moscow', 'ru-mod', 'Russian forces have retaken the Kursk region', 'assert'),
  post(
    'e',
    '2024-11-03',
    'Kyiv',
    'ua-gur',
    'the price of bread in the capital rose sharply last month',
    'assert',
  ),
  post('f', '2024-11-04', 'Minsk', 'by', 'bread prices in the capital rose sharply last month', 'assert'),
];

/** Links `documents` in sessions of the given sizes, each restored from the JSON of what the others wrote. */
function linkInSessions(documents: readonly LinkDocument[], sizes: readonly number[]) {
  let snapshot: LinkerSnapshot = emptySnapshot();
  const claims = [];
  const links = [];
  let at = 0;
  for (const size of sizes) {
    const linker = new Linker({ retain: false });
    // Through JSON, as a store would keep it.
    const stored = JSON.parse(
      JSON.stringify({ ...snapshot, termCounts: [...snapshot.termCounts] }),
    ) as LinkerSnapshot;
    linker.restore(stored);
    for (const document of documents.slice(at, at + size)) linker.addDocument(document);
    at += size;
    const delta = linker.drain();
    claims.push(...delta.claims);
    links.push(...delta.links);
    snapshot = applyDelta(snapshot, delta);
  }
  return { claims, links, propositions: snapshot.propositions.map((p) => p.proposition) };
}

describe('Linker sessions', () => {
  it('gives the same claims, propositions and links when restored between documents', () => {
    const linker = new Linker();
    for (const document of DOCUMENTS) linker.addDocument(document);
    const whole = linker.result();
    for (const sizes of [
      [3, 3],
      [1, 1, 1, 1, 1, 1],
      [5, 1],
    ]) {
      const split = linkInSessions(DOCUMENTS, sizes);
      expect(split.propositions).toEqual(whole.propositions);
      expect(split.links).toEqual(whole.links);
      expect(split.claims).toEqual(whole.claims);
    }
  });

  it('links a hold claim (5 Nov) to the control claim (2 Nov) that arrives after it, in another session', () => {
    const split = linkInSessions(DOCUMENTS, [2, 4]);
    const control = split.propositions.find((p) => p.predicate === 'control');
    const dispute = split.links.find((l) => l.basis === 'contradiction');
    expect(control).toBeDefined();
    expect(dispute).toMatchObject({
      propositionId: control?.id,
      polarity: 'disputes',
    });
    expect(dispute?.claimId.startsWith('b/')).toBe(true);
  });

  it('drains only what changed since the previous drain', () => {
    const linker = new Linker({ retain: false });
    linker.addDocument(DOCUMENTS[0] as LinkDocument);
    const first = linker.drain();
    expect(first.propositions.length).toBeGreaterThan(0);
    expect(first.claimsSeen).toBe(1);
    linker.addDocument(DOCUMENTS[2] as LinkDocument);
    const second = linker.drain();
    expect(second.propositions).toEqual([]);
    expect(second.links.map((l) => l.polarity)).toEqual(['disputes']);
    expect(linker.result().links).toEqual([]);
  });

  it('links documents read ahead (and passed as plain data) exactly as it links them itself', () => {
    const itself = new Linker();
    for (const document of DOCUMENTS) itself.addDocument(document);
    const ahead = new Linker();
    for (const document of DOCUMENTS) ahead.addDocument(document, structuredClone(prepareDocument(document)));
    expect(ahead.result()).toEqual(itself.result());
  });

  it('refuses a document read ahead for another document', () => {
    const linker = new Linker();
    const [a, b] = DOCUMENTS as [LinkDocument, LinkDocument];
    expect(() => linker.addDocument(a, prepareDocument(b))).toThrow(InvalidInput);
  });
});
