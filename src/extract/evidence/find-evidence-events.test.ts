import { describe, expect, it } from 'vitest';
import type { Statement } from '../../domain/statement.js';
import { findDateMentions } from '../date-mentions.js';
import { findEvidenceEvents, type EvidenceInput } from './find-evidence-events.js';

function input(text: string, overrides: Partial<EvidenceInput> = {}): EvidenceInput {
  const publishedAt = overrides.publishedAt ?? '2025-01-14';
  return {
    text,
    kind: 'article',
    publishedAt,
    outlet: 'the-paper',
    statements: [],
    dates: findDateMentions(text, publishedAt),
    ...overrides,
  };
}

describe('findEvidenceEvents', () => {
  it('finds a capture reported as fact, dated by its sentence', () => {
    const text =
      'More proof came in January 2025, when Ukrainian paratroopers captured two North Korean soldiers near Kursk.';
    const [event] = findEvidenceEvents(input(text));
    expect(event).toMatchObject({
      kind: 'physical evidence',
      on: '2025-01',
      what: 'Ukrainian paratroopers captured two North Korean soldiers near Kursk',
      source: 'the-paper',
    });
  });

  it('finds released footage and names who released it', () => {
    const text =
      'The clip was released on Friday by the stratcom centre and shows soldiers queueing for kit.';
    const [event] = findEvidenceEvents(
      input(text, {
        mentions: [
          {
            text: 'the stratcom centre',
            start: text.indexOf('the stratcom'),
            end: text.indexOf(' and'),
            actor: 'ua-spravdi',
          },
        ],
      }),
    );
    expect(event).toMatchObject({ kind: 'footage', on: '2025-01-10', source: 'ua-spravdi' });
  });

  it('takes every sentence of a post as its author’s, dated by the post when the text gives no day', () => {
    const text = 'Our marines have taken three enemy soldiers prisoner.';
    const [event] = findEvidenceEvents(
      input(text, { kind: 'post', outlet: 'ua-navy', publishedAt: '2025-02-02', dates: [] }),
    );
    expect(event).toMatchObject({ kind: 'physical evidence', on: '2025-02-02', source: 'ua-navy' });
  });

  it('reports an official statement, and an admission when the sentence admits something', () => {
    const text =
      'The commission issued a written statement on Sunday admitting that its units fought abroad.';
    expect(findEvidenceEvents(input(text, { publishedAt: '2025-04-28' }))[0]).toMatchObject({
      kind: 'official admission',
      on: '2025-04-27',
    });
  });

  it('leaves out what sits inside a statement, what is negated, and what is only somebody’s claim', () => {
    const said = 'Officials said the army captured two soldiers on the border.';
    const content = said.indexOf('the army');
    const statement: Statement = {
      speaker: { text: 'Officials', start: 0, end: 9, actor: null },
      cue: { text: 'said', start: 10, end: 14 },
      content: { text: said.slice(content, said.length - 1), start: content, end: said.length - 1 },
      direct: false,
      stance: 'assert',
      hedged: false,
      saidOn: null,
      confidence: 1,
    };
    expect(findEvidenceEvents(input(said, { statements: [statement] }))).toEqual([]);
    expect(findEvidenceEvents(input('The paper could not verify when the video was released.'))).toEqual([]);
    expect(findEvidenceEvents(input('Moscow dismissed claims about captured soldiers as lies.'))).toEqual([]);
  });
});
