import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../domain/errors.js';
import { parseFeed } from './parse-feed.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Wire &amp; Partners</title>
  <link>https://harbour.example/</link>
  <item>
    <title>Ministry confirms talks resumed</title>
    <link>/news/talks</link>
    <guid isPermaLink="false">hw-1001</guid>
    <pubDate>Tue, 15 Oct 2024 06:00:00 +0000</pubDate>
    <description><![CDATA[<p>The ministry said on Tuesday that talks had <b>resumed</b>.</p>]]></description>
    <content:encoded>&lt;p&gt;Full text of the talks story.&lt;/p&gt;</content:encoded>
    <dc:creator>Mina Park</dc:creator>
  </item>
  <item>
    <title>Broken item <description>no closing title</description>
  </item>
  <item>
    <guid>https://harbour.example/news/3</guid>
    <pubDate>sometime last week</pubDate>
    <author>desk@harbour.example (Desk Editor)</author>
  </item>
  <item><category>empty</category></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://north.example/feeds/">
  <title type="html">North &lt;em&gt;Desk&lt;/em&gt;</title>
  <link rel="alternate" href="/"/>
  <link rel="self" href="atom.xml"/>
  <author><name>North Desk</name></author>
  <entry>
    <id>tag:north.example,2025:77</id>
    <title type="text">Footage released &lt;unverified&gt;</title>
    <link rel="alternate" type="text/html" href="../stories/77"/>
    <link rel="enclosure" href="/video.mp4"/>
    <updated>2025-04-28T12:00:00Z</updated>
    <published>2025-04-28T09:00:00+03:00</published>
    <summary>Short &amp; plain</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Frames show <strong>the crossing</strong>.</p></div></content>
  </entry>
  <entry>
    <id>tag:north.example,2025:78</id>
    <title>Second</title>
    <updated>not a date</updated>
    <author><name>Oleh K.</name></author>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS items, resolving links, dates, CDATA and escaped HTML', () => {
    const feed = parseFeed(RSS, 'https://harbour.example/rss.xml');
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Harbour Wire & Partners',
      link: 'https://harbour.example/',
    });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      guid: 'hw-1001',
      url: 'https://harbour.example/news/talks',
      title: 'Ministry confirms talks resumed',
      publishedAt: '2024-10-15T06:00:00.000Z',
      updatedAt: null,
      summaryHtml: '<p>The ministry said on Tuesday that talks had <b>resumed</b>.</p>',
      contentHtml: '<p>Full text of the talks story.</p>',
      author: 'Mina Park',
      position: { index: 0, line: 6 },
    });
    expect(feed.items[1]).toMatchObject({
      guid: 'https://harbour.example/news/3',
      url: 'https://harbour.example/news/3',
      publishedAt: null,
      author: 'Desk Editor',
    });
  });

  it('reports a broken item, an item with nothing in it and a bad date with where and what, and goes on', () => {
    const feed = parseFeed(RSS, 'https://harbour.example/rss.xml');
    expect(feed.problems.map((p) => [p.line, p.skipped, p.message])).toEqual([
      [
        15,
        true,
        'item 2 (line 15): <title> opened on line 16 is never closed (closed by </item> on line 17); skipped',
      ],
      [
        18,
        false,
        'item 3 (line 18): expected an RFC 822 date in <pubDate>, found "sometime last week"; kept without a date',
      ],
      [23, true, 'item 4 (line 23): expected a guid, link, title or description, found none; skipped'],
    ]);
  });

  it('reads Atom entries with xml:base, text constructs and feed-level authors', () => {
    const feed = parseFeed(ATOM, 'https://north.example/feeds/atom.xml');
    expect(feed).toMatchObject({ format: 'atom', title: 'North Desk', link: 'https://north.example/' });
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:north.example,2025:77',
      url: 'https://north.example/stories/77',
      title: 'Footage released <unverified>',
      publishedAt: '2025-04-28T06:00:00.000Z',
      updatedAt: '2025-04-28T12:00:00.000Z',
      summaryHtml: 'Short &amp; plain',
      contentHtml: '<p>Frames show <strong>the crossing</strong>.</p>',
      author: 'North Desk',
    });
    expect(feed.items[1]).toMatchObject({ title: 'Second', publishedAt: null, author: 'Oleh K.' });
    expect(feed.problems).toEqual([
      {
        item: { index: 1, line: 17 },
        line: 17,
        message:
          'entry 2 (line 17): expected an RFC 3339 date in <updated>, found "not a date"; kept without it',
        skipped: false,
      },
    ]);
  });

  it('reads JSON Feed items and skips those it cannot identify', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Posts',
      home_page_url: 'https://posts.example/',
      authors: [{ name: 'Stratcom Desk' }],
      items: [
        {
          id: 'p1',
          url: '/p/1',
          title: 'First post',
          content_text: 'We were first.\nAgain.',
          date_published: '2025-04-28T07:00:00Z',
        },
        'not an item',
        { title: 'no id, no url' },
        { id: 42, content_html: '<p>numeric id</p>', date_published: '28/04/2025' },
      ],
    });
    const feed = parseFeed(json, 'https://posts.example/feed.json');
    expect(feed.items.map((i) => [i.guid, i.url, i.author, i.contentHtml])).toEqual([
      ['p1', 'https://posts.example/p/1', 'Stratcom Desk', 'We were first.<br>\nAgain.'],
      ['42', null, 'Stratcom Desk', '<p>numeric id</p>'],
    ]);
    expect(feed.problems.map((p) => p.message)).toEqual([
      'item 2: expected an object, found "not an item"; skipped',
      'item 3: expected an "id" or "url", found neither; skipped',
      'item 4: expected an RFC 3339 date in "date_published", found "28/04/2025"; kept without it',
    ]);
  });

  it('refuses text that is not a feed, saying what it found', () => {
    expect(() => parseFeed('<!doctype html><html><body>hi</body></html>', 'https://x.example/')).toThrow(
      'https://x.example/: expected <rss>, <rdf:RDF> or <feed> at line 1, found <html>',
    );
    expect(() => parseFeed('{"items": []}', 'https://x.example/f.json')).toThrow(InvalidInput);
    expect(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [', null)).toThrow(
      /found invalid JSON/,
    );
    expect(() => parseFeed('Not Found', 'https://x.example/')).toThrow(/found text starting "Not Found"/);
  });

  it('drops links with schemes other than http and https', () => {
    const feed = parseFeed(
      '<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>',
      'https://x.example/',
    );
    expect(feed.items[0]?.url).toBeNull();
  });
});
