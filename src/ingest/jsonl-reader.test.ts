import { describe, expect, it } from 'vitest';
import { readJsonlDocuments } from './jsonl-reader.js';

const now = new Date('2025-05-01T12:00:00Z');
const context = { origin: 'feed.jsonl', retrievedAt: now.toISOString() };
const read = (lines: string[]) =>
  readJsonlDocuments(new TextEncoder().encode(lines.join('\n')), context, now);

describe('readJsonlDocuments', () => {
  it('reads each line as a report with its metadata', () => {
    const [outcome] = read([
      JSON.stringify({
        id: 'r1',
        text: 'Seoul said on Friday that troops had moved.',
        publishedAt: '2024-10-18',
        outlet: 'Example Wire',
        url: 'https://news.example/r1',
        title: 'Troops moved',
        language: 'en',
      }),
    ]);
    expect(outcome).toMatchObject({
      kind: 'document',
      input: {
        externalId: 'r1',
        outlet: 'Example Wire',
        publishedAt: '2024-10-18',
        origin: 'feed.jsonl:1',
        format: 'jsonl',
        language: 'en',
      },
      warnings: [],
    });
  });

  it('reports a bad line by number and reads the others', () => {
    const outcomes = read([
      JSON.stringify({ text: 'First report.', publishedAt: '2024-10-18' }),
      '{"text": "unterminated',
      '',
      JSON.stringify({ title: 'no body', publishedAt: '2024-10-18' }),
      '[1, 2]',
      JSON.stringify({ text: 'Bad date.', publishedAt: '2024-02-30' }),
      JSON.stringify({ text: 'Last report.', publishedAt: '2024-10-19', url: 'ftp://x' }),
      JSON.stringify({ text: 'No date at all.' }),
    ]);
    const messages = outcomes.map((o) => (o.kind === 'error' ? o.error.message : `ok ${o.input.origin}`));
    expect(messages).toEqual([
      'ok feed.jsonl:1',
      expect.stringMatching(/^feed\.jsonl:2: malformed JSON: /),
      'feed.jsonl:4: report: expected a non-empty "text" or "html"',
      'feed.jsonl:5: expected a JSON object, found an array',
      'feed.jsonl:6: impossible publication date "2024-02-30": 2024-02 has 29 days',
      'feed.jsonl:7: url: expected an http or https URL',
      'ok feed.jsonl:8',
    ]);
    expect(outcomes[6]).toMatchObject({
      warnings: ['no publication date: its relative dates are left unresolved'],
    });
  });

  it('extracts the text of an html field', () => {
    const [outcome] = read([
      JSON.stringify({
        html: '<html><body><article><p>Kyiv said the fighting goes on.</p><script>alert(1)</script></article></body></html>',
        publishedAt: '2025-04-27',
      }),
    ]);
    expect(outcome?.kind === 'document' && outcome.input.text).toBe('Kyiv said the fighting goes on.');
  });
});
