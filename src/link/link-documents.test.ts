import { describe, expect, it } from 'vitest';
import type { Stance, Statement } from '../domain/statement.js';
import { linkDocuments } from './link-documents.js';
import type { LinkDocument, LinkResult } from './proposition.js';

/** A statement whose speaker, cue and content are the first occurrences of the given phrases. */
function said(
  text: string,
  speaker: string,
  actor: string | null,
  cue: string,
  content: string,
  stance: Stance,
  saidOn: string | null = null,
): Statement {
  const at = (phrase: string): number => {
    const i = text.indexOf(phrase);
    if (i < 0) throw new Error(`test text lacks "${phrase}"`);
    return i;
  };
  return {
    speaker: { text: speaker, start: at(speaker), end: at(speaker) + speaker.length, actor },
    cue: { text: cue, start: at(cue), end: at(cue) + cue.length },
    content: { text: content, start: at(content), end: at(content) + content.length },
    direct: false,
    stance,
    hedged: false,
    saidOn,
    confidence: 1,
  };
}

function doc(
  id: string,
  publishedAt: string,
  text: string,
  statements: (text: string) => Statement[],
): LinkDocument {
  return { id, publishedAt, logIndex: null, outlet: null, text, statements: statements(text) };
}

function propositionsOf(
  result: LinkResult,
  claimText: string,
): { id: string; polarity: string; text: string }[] {
  const claims = result.claims.filter((c) => c.text === claimText).map((c) => c.id);
  return result.links
    .filter((l) => claims.includes(l.claimId) && l.basis !== 'entailed')
    .map((l) => ({
      id: l.propositionId,
      polarity: l.polarity,
      text: result.propositions.find((p) => p.id === l.propositionId)?.text ?? '',
    }));
}

const REPORT = doc(
  'report',
  '2024-10-20',
  'Seoul spies said that North Korea had sent 2,000 soldiers to Russia. Pyongyang rejected reports that it sent troops abroad.',
  (t) => [
    said(t, 'Seoul spies', 'kr-nis', 'said', 'that North Korea had sent 2,000 soldiers to Russia', 'assert'),
    said(t, 'Pyongyang', 'kp', 'rejected', 'reports that it sent troops abroad', 'deny'),
  ],
);

describe('linkDocuments: a claim and its denial', () => {
  it('puts the report and the denial in one proposition, as support and dispute', () => {
    const result = linkDocuments([REPORT]);
    const [report] = propositionsOf(result, 'that North Korea had sent 2,000 soldiers to Russia');
    const [denial] = propositionsOf(result, 'reports that it sent troops abroad');
    expect(report).toMatchObject({
      polarity: 'supports',
      text: 'North Korean troops are deployed in Russia',
    });
    expect(denial).toMatchObject({ id: report?.id, polarity: 'disputes' });
  });

  it('joins a denial that only points back ("a claim it dismissed as a smear") to the claim before it', () => {
    const text = 'Kyiv said North Korean units were in Kursk, a claim Pyongyang dismissed as a smear.';
    const result = linkDocuments([
      doc('pointer', '2024-11-02', text, (t) => [
        said(t, 'Kyiv', 'ua', 'said', 'North Korean units were in Kursk', 'assert'),
        said(t, 'Pyongyang', 'kp', 'dismissed', 'a claim Pyongyang dismissed as a smear', 'deny'),
      ]),
    ]);
    const [claim] = propositionsOf(result, 'North Korean units were in Kursk');
    const [denial] = propositionsOf(result, 'a claim Pyongyang dismissed as a smear');
    expect(denial).toMatchObject({ id: claim?.id, polarity: 'disputes' });
    expect(result.links.find((l) => l.propositionId === claim?.id && l.polarity === 'disputes')?.basis).toBe(
      'reference',
    );
  });

  it('reads a contest as a dispute, with the contested claim’s owner supporting it', () => {
    const text = 'Kyiv has contested Moscow’s claims that the Kursk region was fully liberated.';
    const result = linkDocuments([
      doc('contest', '2025-04-27', text, (t) => [
        said(
          t,
          'Kyiv',
          'ua',
          'has contested',
          'Moscow’s claims that the Kursk region was fully liberated',
          'contest',
        ),
      ]),
    ]);
    const proposition = result.propositions.find((p) => p.predicate === 'control');
    const links = result.links.filter((l) => l.propositionId === proposition?.id);
    const speakers = links.map((l) => [
      result.claims.find((c) => c.id === l.claimId)?.speaker.actor,
      l.polarity,
    ]);
    expect(speakers).toEqual(
      expect.arrayContaining([
        ['ru', 'supports'],
        ['ua', 'disputes'],
      ]),
    );
  });
});

describe('linkDocuments: sharing a topic is not enough', () => {
  it('keeps "troops are in Kursk" and "troops were withdrawn from Kursk" apart', () => {
    const text =
      'Analysts said North Korean troops were in the Kursk region. Weeks later the agency said North Korean troops were withdrawn from the Kursk region.';
    const result = linkDocuments([
      doc('twins', '2025-02-13', text, (t) => [
        said(t, 'Analysts', 'kr-nis', 'said', 'North Korean troops were in the Kursk region', 'assert'),
        said(
          t,
          'the agency',
          'kr-nis',
          'the agency said',
          'North Korean troops were withdrawn from the Kursk region',
          'assert',
        ),
      ]),
    ]);
    const [present] = propositionsOf(result, 'North Korean troops were in the Kursk region');
    const withdrawn = propositionsOf(result, 'North Korean troops were withdrawn from the Kursk region');
    expect(withdrawn[0]?.text).toBe('North Korean troops have withdrawn from the Kursk region');
    expect(withdrawn[0]?.id).not.toBe(present?.id);
  });

  it('keeps a town apart from its region, and one side’s withdrawal apart from the other’s', () => {
    const text =
      'The ministry said Russian troops had liberated Sudzha. The ministry said Russian troops had liberated the Kursk region. The staff said Ukrainian troops had withdrawn from Sudzha.';
    const result = linkDocuments([
      doc('places', '2025-03-20', text, (t) => [
        said(t, 'The ministry', 'ru-mod', 'said', 'Russian troops had liberated Sudzha', 'assert'),
        said(t, 'The ministry', 'ru-mod', 'said', 'Russian troops had liberated the Kursk region', 'assert'),
        said(
          t,
          'The staff',
          'ua-general-staff',
          'said',
          'Ukrainian troops had withdrawn from Sudzha',
          'assert',
        ),
      ]),
    ]);
    expect(result.propositions.map((p) => p.text).sort()).toEqual([
      'Russia has taken control of Sudzha',
      'Russia has taken full control of the Kursk region',
      'Ukrainian troops have withdrawn from Sudzha',
    ]);
  });

  it('matches claims the lexicon has no predicate for by their words, and only when close enough', () => {
    const text =
      'Officials said the grain corridor reopened for cargo ships. Traders said the grain corridor reopened to cargo ships. Farmers said fertiliser prices doubled.';
    const result = linkDocuments([
      doc('words', '2024-08-01', text, (t) => [
        said(t, 'Officials', 'ua', 'said', 'the grain corridor reopened for cargo ships', 'assert'),
        said(t, 'Traders', null, 'Traders said', 'the grain corridor reopened to cargo ships', 'assert'),
        said(t, 'Farmers', null, 'Farmers said', 'fertiliser prices doubled', 'assert'),
      ]),
    ]);
    const [a] = propositionsOf(result, 'the grain corridor reopened for cargo ships');
    const [b] = propositionsOf(result, 'the grain corridor reopened to cargo ships');
    const [c] = propositionsOf(result, 'fertiliser prices doubled');
    expect(b?.id).toBe(a?.id);
    expect(c?.id).not.toBe(a?.id);
  });
});

describe('linkDocuments: determinism', () => {
  it('gives the same ids and links for the same documents, in any input order', () => {
    const later = doc('later', '2024-10-30', 'NATO said North Korean troops were in Kursk.', (t) => [
      said(t, 'NATO', 'nato', 'said', 'North Korean troops were in Kursk', 'assert'),
    ]);
    const one = linkDocuments([REPORT, later]);
    const two = linkDocuments([later, REPORT]);
    expect(two).toEqual(one);
    expect(one.propositions.every((p) => /^p[0-9a-f]{16}$/.test(p.id))).toBe(true);
    expect(one.links.every((l) => l.state === 'suggested')).toBe(true);
  });
});
