// Documents are hostile input. This ingests reports carrying <script>, <img onerror>, javascript: links,
// SVG and MathML payloads, and quotes, titles, outlets and authors made of markup; renders every page
// that shows them in Chromium; and checks that no payload ran (a window.__pwned canary, dialogs,
// errors, CSP and Trusted Types reports) and that the markup reads as plain text.

import type { ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchBrowser,
  openPage,
  watchPage,
  type Browser,
  type PageWatch,
} from '../support/browser.js';
import { freshHome, runCli, startCli } from '../support/cli.js';

/** Each payload sets window.__pwned (or opens a dialog) if it ever runs. Our own writing. */
const JSONL = [
  {
    id: 'xss-quotes',
    publishedAt: '2025-03-04',
    outlet: "<script>window.__pwned='outlet'</script>Zorblax Wire",
    title: `Zorblax <img src=x onerror="window.__pwned='title'"> denies convoy`,
    author: `<svg onload="window.__pwned='author'"></svg>`,
    url: 'https://zorblax.example/a?x=<script>',
    text:
      `Zorblax <img src=x onerror="window.__pwned='headline'"> denies convoy\n\n` +
      `The Zorblax defence ministry said on Monday that "<img src=x onerror="window.__pwned='quote'"> no convoy ever crossed the river". ` +
      `A spokesman, <script>window.__pwned='speaker'</script> Colonel Vex, denied that any troops had moved. ` +
      `"<svg onload="window.__pwned='svg'"><circle r=5 /></svg> These reports are lies," said <b onmouseover="window.__pwned='hover'">Colonel Vex</b>.`,
  },
  {
    id: 'xss-links',
    publishedAt: '2025-03-05',
    outlet: 'Zorblax Monitor',
    title: `<a href="javascript:window.__pwned='link'">Zorblax</a> footage`,
    text:
      `Zorblax footage surfaces\n\n` +
      `The monitoring group <a href="javascript:window.__pwned='link'">Zorblax Watch</a> said on Tuesday that footage showed the convoy. ` +
      `"<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe> We have the video," the group said. ` +
      `Zorblax officials dismissed the footage as "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>" fabrication.`,
  },
];

const HTML = `<!doctype html>
<html lang="en">
<head>
<title>Zorblax &lt;img src=x onerror=alert('html-title')&gt; report</title>
<link rel="canonical" href="javascript:window.__pwned='canonical'">
<meta property="og:site_name" content="&lt;script&gt;window.__pwned='site'&lt;/script&gt;Zorblax Herald">
<meta property="article:published_time" content="2025-03-06">
<script>window.__pwned = 'page-script';</script>
</head>
<body onload="window.__pwned='body-onload'">
<article>
<h1>Zorblax convoy report</h1>
<p>The Zorblax border agency said on Wednesday that the convoy had turned back. <img src="x" onerror="window.__pwned='img'"> Its director denied that any shots were fired.</p>
<p><a href="javascript:alert('anchor')">Read the agency statement</a> and <svg onload="window.__pwned='svg-element'"><script>window.__pwned='svg-script'</script></svg> the annex.</p>
<p>Residents said &lt;script&gt;window.__pwned='escaped'&lt;/script&gt; was painted on a wall near the crossing.</p>
<script>window.__pwned = 'inline-script';</script>
</article>
</body>
</html>
`;

const POST = `<img src=x onerror="window.__pwned='post'"> Zorblax troops never crossed the river. We deny every word of these <script>window.__pwned='post-script'</script> lies.

— Zorblax Ministry (@ZorblaxMoD) March 7, 2025
`;

describe.runIf(chromiumAvailable())('hostile documents in the web UI', () => {
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let documentIds: string[];

  beforeAll(async () => {
    const home = await freshHome();
    const corpus = await mkdtemp(join(tmpdir(), 'claimlog-xss-'));
    await writeFile(join(corpus, 'hostile.jsonl'), `${JSONL.map((r) => JSON.stringify(r)).join('\n')}\n`);
    await writeFile(join(corpus, 'hostile.html'), HTML);
    await writeFile(join(corpus, 'zorblax-post.txt'), POST);
    const ingest = await runCli(['ingest', corpus], { CLAIMLOG_HOME: home });
    expect(ingest.code, ingest.stderr).toBe(0);
    server = await startCli(['serve', '--port', '0'], { CLAIMLOG_HOME: home });
    const list = (await (await fetch(new URL('/documents?limit=50', server.url))).json()) as {
      items: { id: string }[];
    };
    documentIds = list.items.map((d) => d.id);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  /** Nothing ran, nothing was blocked, and the DOM holds no live markup from a document. */
  async function expectInert(path: string) {
    const state = await page.evaluate(() => {
      const w = window as unknown as { __pwned?: unknown; __violations: string[] };
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: w.__pwned ?? null,
        violations: w.__violations,
        handlers: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ),
        foreign: all
          .filter((el) => /^(IMG|IFRAME|OBJECT|EMBED|MATH|STYLE|BASE|FORM-NONE)$/.test(el.tagName))
          .map((el) => el.tagName),
        scripts: [...document.scripts].map((s) => s.getAttribute('src') ?? 'inline'),
        links: [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((href) => !/^(#|\/(?!\/)|https?:\/\/)/.test(href)),
        // Charts are SVG the UI draws from shapes it knows; any other SVG came from a document.
        svgs: [...document.querySelectorAll('main svg')].filter((svg) => !svg.closest('figure.chart')).length,
        chartTags: [
          ...new Set(
            [...document.querySelectorAll('main figure.chart svg, main figure.chart svg *')].map((el) =>
              el.tagName.toLowerCase(),
            ),
          ),
        ].filter(
          (tag) => !['svg', 'g', 'rect', 'circle', 'line', 'polygon', 'text', 'title', 'desc'].includes(tag),
        ),
      };
    });
    expect(state.pwned, `${path}: a payload ran`).toBeNull();
    expect(state.violations, `${path}: CSP violations`).toEqual([]);
    expect(state.handlers, `${path}: inline handlers in the DOM`).toEqual([]);
    expect(state.foreign, `${path}: elements from documents`).toEqual([]);
    expect(
      state.scripts.every((src) => src.startsWith('/ui/assets/')),
      `${path}: ${state.scripts.join(', ')}`,
    ).toBe(true);
    expect(state.links, `${path}: links to non-web addresses`).toEqual([]);
    expect(state.svgs, `${path}: SVG from documents`).toBe(0);
    expect(state.chartTags, `${path}: foreign elements in a chart`).toEqual([]);
    expect(watch.dialogs, `${path}: dialogs`).toEqual([]);
    expect(watch.errors, `${path}: errors`).toEqual([]);
  }

  it('held every hostile report (so there is something to attack with)', () => {
    expect(documentIds).toHaveLength(4);
  });

  it('renders the lists and searches that show them without running anything', async () => {
    for (const path of [
      '/ui/',
      '/ui/documents',
      '/ui/documents?q=Zorblax',
      '/ui/search?q=Zorblax',
      '/ui/search?q=%3Cscript%3E',
      '/ui/statements',
      '/ui/statements?q=Zorblax',
      '/ui/statements?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    ]) {
      await openPage(page, new URL(path, server.url).toString());
      await expectInert(path);
    }
    await openPage(page, new URL('/ui/documents', server.url).toString());
    const titles = await page.locator('.document-card h3').allTextContents();
    expect(titles).toContain(`Zorblax <img src=x onerror="window.__pwned='title'"> denies convoy`);
    expect(await page.locator('main').textContent()).toContain(
      "<script>window.__pwned='outlet'</script>Zorblax Wire",
    );
  });

  it('renders each document in the reader as text, marks included, and links nowhere unsafe', async () => {
    for (const id of documentIds) {
      const path = `/ui/documents/${id}`;
      await openPage(page, new URL(path, server.url).toString());
      await expectInert(path);
      // Every "Show in text" lands on text, and hovering the marks runs nothing.
      const buttons = page.getByRole('button', { name: 'Show in text' });
      for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
      for (const mark of await page.locator('.doc-text mark').all()) await mark.hover();
      await expectInert(`${path} after clicks and hovers`);
    }
    const quotes = documentIds[documentIds.length - 1] ?? '';
    await openPage(page, new URL(`/ui/documents/${quotes}`, server.url).toString());
  });

  it('shows the payloads as the words they are', async () => {
    const withQuote = await page.evaluate(async () => {
      const response = await fetch('/documents?q=Colonel%20Vex&limit=1');
      return ((await response.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
    });
    await openPage(page, new URL(`/ui/documents/${withQuote}`, server.url).toString());
    const text = (await page.locator('.doc-text').textContent()) ?? '';
    expect(text).toContain(`"<img src=x onerror="window.__pwned='quote'"> no convoy ever crossed the river"`);
    expect(text).toContain(`<script>window.__pwned='speaker'</script>`);
    // The quoted markup is itself marked as what was said, and reads as text there.
    expect((await page.locator('.doc-text mark.hl-content').allTextContents()).join('')).toContain(
      '<img src=x',
    );
    expect(await page.locator('.meta-list').textContent()).toContain(
      `<svg onload="window.__pwned='author'"></svg>`,
    );
    // The page's own source link is a web address (a javascript: canonical link never becomes one).
    for (const href of await page
      .locator('.meta-list a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^https:\/\//);
    await expectInert('document pages');
  });

  it('renders the propositions, their timelines and the sources drawn from them without running anything', async () => {
    const api = async <T>(path: string) => (await (await fetch(new URL(path, server.url))).json()) as T;
    const propositions = (await api<{ items: { id: string; text: string }[] }>('/propositions?limit=500'))
      .items;
    const sources = (await api<{ items: { id: string; name: string }[] }>('/sources?limit=1000')).items;
    // The hostile reports made propositions and sources, so these pages carry their words.
    expect(propositions.length).toBeGreaterThan(0);
    expect(sources.some((s) => s.name.includes('<script>'))).toBe(true);
    const paths = [
      '/ui/propositions',
      '/ui/sources',
      '/ui/search?q=convoy',
      '/ui/search?q=%3Cimg%20src%3Dx%3E%20Zorblax',
      ...propositions.flatMap((p) => [
        `/ui/propositions/${p.id}`,
        `/ui/propositions/${p.id}?asOf=2025-12-31`,
      ]),
      ...sources.map((s) => `/ui/sources/${encodeURIComponent(s.id)}`),
    ];
    for (const path of paths) {
      await openPage(page, new URL(path, server.url).toString());
      await expectInert(path);
      // Hovering the chart's marks and opening its table runs nothing either.
      for (const mark of await page.locator('.timeline-chart g.entry').all())
        await mark.hover({ force: true });
      for (const details of await page.locator('main details').all())
        await details.locator('summary').click();
      await expectInert(`${path} after hovers`);
    }
    // Markup in a source's name reads as text on the sources page.
    await openPage(page, new URL('/ui/sources', server.url).toString());
    expect(await page.locator('table.sources').textContent()).toContain(
      "<script>window.__pwned='outlet'</script>",
    );
    // And in what was said, on a proposition's page.
    const withMarkup = propositions.find((p) => p.text.includes('<')) ?? propositions[0];
    await openPage(page, new URL(`/ui/propositions/${withMarkup?.id ?? ''}`, server.url).toString());
    const said = (await page.locator('table.entries').textContent()) ?? '';
    expect(said.length).toBeGreaterThan(0);
    await expectInert('proposition text');
  });

  it('serves the UI with a CSP that forbids inline script and requires Trusted Types', async () => {
    const response = await fetch(new URL('/ui/', server.url));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The guard is live: a string written into an HTML sink throws in this page.
    const refused = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=1">');
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    expect(refused).toBe(true);
    watch.errors.length = 0;
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.splice(0));
  });
});
