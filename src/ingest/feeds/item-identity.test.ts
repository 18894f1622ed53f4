import { describe, expect, it } from 'vitest';
import type { FeedItem } from './feed-item.js';
import { itemFingerprint, itemKey } from './item-identity.js';

const base: FeedItem = {
  guid: null,
  url: null,
  title: 'Talks resume',
  publishedAt: null,
  updatedAt: null,
  summaryHtml: '<p>The ministry said talks resumed.</p>',
  contentHtml: null,
  author: null,
  position: { index: 0, line: 1 },
};

describe('item identity', () => {
  it('keys by guid, else by link without tracking parameters, else by content', () => {
    expect(itemKey({ ...base, guid: 'x-1', url: 'https://a.example/1' })).toBe('guid:x-1');
    expect(itemKey({ ...base, url: 'https://a.example/1?utm_source=rss&id=3#top' })).toBe(
      'url:https://a.example/1?id=3',
    );
    expect(itemKey(base)).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(itemKey(base)).toBe(itemKey({ ...base, position: { index: 5, line: 40 } }));
  });

  it('changes the fingerprint when the words change, not when markup, spacing or dates do', () => {
    const fp = itemFingerprint(base);
    expect(
      itemFingerprint({ ...base, summaryHtml: '<div>The ministry  said <b>talks</b> resumed.</div>' }),
    ).toBe(fp);
    expect(
      itemFingerprint({ ...base, publishedAt: '2025-01-01T00:00:00.000Z', url: 'https://b.example/' }),
    ).toBe(fp);
    expect(itemFingerprint({ ...base, summaryHtml: '<p>The ministry said talks stalled.</p>' })).not.toBe(fp);
    expect(itemFingerprint({ ...base, title: 'Talks resume again' })).not.toBe(fp);
  });
});
