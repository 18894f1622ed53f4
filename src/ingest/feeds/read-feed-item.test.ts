import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../domain/errors.js';
import type { FeedItem } from './feed-item.js';
import { readFeedItem } from './read-feed-item.js';

const now = new Date('2025-04-29T12:00:00Z');
const context = {
  feedUrl: 'https://wire.example/rss.xml',
  key: 'guid:w-1',
  outlet: 'Example Wire',
  retrievedAt: now.toISOString(),
};

function item(fields: Partial<FeedItem>): FeedItem {
  return {
    guid: 'w-1',
    url: 'https://wire.example/stories/w-1',
    title: 'Ferry service resumes',
    publishedAt: '2025-04-28T23:30:00.000Z',
    updatedAt: null,
    summaryHtml: null,
    contentHtml: null,
    author: 'Jane Roe',
    position: { index: 0, line: 3 },
    ...fields,
  };
}

describe('readFeedItem', () => {
  it('reads the content through the HTML reader: title first, markup and scripts never in the text', () => {
    const read = readFeedItem(
      item({
        contentHtml:
          '<p>The port authority said on Monday that the <b>ferry</b> would sail again.</p><script>track()</script><p>Tickets go on sale today.</p>',
        summaryHtml: '<p>A teaser that the content replaces.</p>',
      }),
      context,
      now,
    );
    expect(read.input).toMatchObject({
      text: 'Ferry service resumes\n\nThe port authority said on Monday that the ferry would sail again.\n\nTickets go on sale today.',
      title: 'Ferry service resumes',
      outlet: 'Example Wire',
      author: 'Jane Roe',
      url: 'https://wire.example/stories/w-1',
      origin: 'https://wire.example/stories/w-1',
      publishedAt: '2025-04-28',
      externalId: 'w-1',
      format: 'html',
      kind: 'article',
    });
    expect(new TextDecoder().decode(read.input.bytes)).toContain('<script>track()</script>');
    expect(read.warnings).toEqual([]);
  });

  it('falls back to the summary, names an item without a link by its feed and key, and says when it has no date', () => {
    const read = readFeedItem(
      item({ url: null, publishedAt: null, summaryHtml: 'Talks &amp; more talks, the envoy said.' }),
      context,
      now,
    );
    expect(read.input.text).toBe('Ferry service resumes\n\nTalks & more talks, the envoy said.');
    expect(read.input.origin).toBe('https://wire.example/rss.xml#guid%3Aw-1');
    expect(read.input.publishedAt).toBeNull();
    expect(read.warnings).toEqual(['no publication date: its relative dates are left unresolved']);
  });

  it('refuses an item dated after today, naming it', () => {
    expect(() => readFeedItem(item({ publishedAt: '2031-01-01T00:00:00.000Z' }), context, now)).toThrow(
      new InvalidInput(
        'impossible publication date "2031-01-01T00:00:00.000Z": it is after today (2025-04-29)',
        { where: { file: 'https://wire.example/stories/w-1' } },
      ),
    );
  });
});
