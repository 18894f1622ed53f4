import { describe, expect, it } from 'vitest';
import { readHtmlDocument } from './html-reader.js';

const now = new Date('2025-05-01T12:00:00Z');
const context = { origin: 'page.html', retrievedAt: now.toISOString() };
const read = (html: string) => readHtmlDocument(new TextEncoder().encode(html), context, now);

const page = `<!doctype html><html lang="en"><head><title>Herald | Troops</title>
<meta property="og:title" content="Seoul says troops were sent"><meta property="og:site_name" content="Example Herald">
<meta name="author" content="By Jane Roe"><meta property="article:published_time" content="2024-10-18T09:00:00+09:00">
<link rel="canonical" href="https://herald.example/troops"><script>window.stolen = document.cookie</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Seoul says troops were sent</h1>
<p>South Korea's spy agency said on Friday that about 1,500 soldiers had been sent to Russia.</p>
<p>"We are watching closely," an official said. <img src="x" onerror="alert(1)"><a href="javascript:alert(2)">more</a></p>
<p>The agency added that more could follow in the coming weeks, as ties between the two governments grow closer.</p>
</article><footer>Copyright Example Herald</footer></body></html>`;

describe('readHtmlDocument', () => {
  it('keeps the article as paragraphs under its headline, and the metadata from meta tags', () => {
    const { input } = read(page);
    expect(input.text.split('\n\n')).toEqual([
      'Seoul says troops were sent',
      "South Korea's spy agency said on Friday that about 1,500 soldiers had been sent to Russia.",
      '"We are watching closely," an official said. more',
      'The agency added that more could follow in the coming weeks, as ties between the two governments grow closer.',
    ]);
    expect(input).toMatchObject({
      title: 'Seoul says troops were sent',
      outlet: 'Example Herald',
      author: 'Jane Roe',
      publishedAt: '2024-10-18',
      url: 'https://herald.example/troops',
      language: 'en',
      format: 'html',
    });
    expect(input.text).not.toMatch(/cookie|alert|Home|Copyright/);
  });

  it('refuses an impossible date in the meta tags', () => {
    expect(() => read(page.replace('2024-10-18T09:00:00+09:00', '2024-10-32'))).toThrow(
      'page.html: impossible publication date "2024-10-32": 2024-10 has 31 days',
    );
  });

  it('refuses a page without text', () => {
    expect(() => read('<html><body><script>x()</script></body></html>')).toThrow(
      'page.html: no readable text',
    );
  });
});
