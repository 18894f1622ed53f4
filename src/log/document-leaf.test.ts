import { describe, expect, it } from 'vitest';
import { documentLeaf } from './document-leaf.js';

describe('documentLeaf', () => {
  const record = {
    contentHash: 'ab'.repeat(32),
    outlet: 'Example Wire',
    url: 'https://example.org/a?b=1',
    publishedAt: '2025-04-27',
    retrievedAt: '2025-04-28T09:00:00.000Z',
    title: 'Émigré “quotes”',
    language: null,
  };

  it('writes the record as canonical JSON with its type, whatever the field order', () => {
    const text = new TextDecoder().decode(documentLeaf(record));
    expect(text).toBe(
      `{"contentHash":"${'ab'.repeat(32)}","language":null,"outlet":"Example Wire","publishedAt":"2025-04-27",` +
        `"retrievedAt":"2025-04-28T09:00:00.000Z","title":"Émigré “quotes”","type":"claimlog.document/v1",` +
        `"url":"https://example.org/a?b=1"}`,
    );
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(documentLeaf(reordered)).toEqual(documentLeaf(record));
  });

  it('changes when any recorded field changes', () => {
    expect(documentLeaf({ ...record, contentHash: 'cd'.repeat(32) })).not.toEqual(documentLeaf(record));
    expect(documentLeaf({ ...record, title: null })).not.toEqual(documentLeaf(record));
  });
});
