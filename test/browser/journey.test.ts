// An analyst's way through the web UI in Debian's Chromium, on the demo corpus served by `claimlog demo`:
// home → search "Kursk" → a document with its statements marked → the statements list, by keyboard
// where it matters, at desktop and phone sizes. Screenshots go to test/screenshots/.

import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchBrowser,
  openPage,
  screenshot,
  VIEWPORTS,
  watchPage,
  type Browser,
  type PageWatch,
} from '../support/browser.js';
import { freshHome, startCli } from '../support/cli.js';

describe.runIf(chromiumAvailable())('the web UI in Chromium', () => {
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    server = await startCli(['demo', '--port', '0'], { CLAIMLOG_HOME: await freshHome() });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  const url = (path: string) => new URL(path, server.url).toString();

  it('searches "Kursk" from the home page and lists matching statements and documents', async () => {
    await openPage(page, url('/'));
    expect(new URL(page.url()).pathname).toBe('/ui/');
    await expect(page.title()).resolves.toBe('claimlog');
    await screenshot(page, 'home-1280x800');

    await page.getByLabel('Search claims').fill('Kursk');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ui\/search\?q=Kursk/);
    await page.getByRole('heading', { level: 1, name: 'Results for “Kursk”' }).waitFor();
    // Focus moves to the new page's heading, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const statements = page.locator('section[aria-labelledby="found-statements"] tbody tr');
    expect(await statements.count()).toBeGreaterThan(0);
    const documents = page.locator('section[aria-labelledby="found-documents"] .document-card');
    expect(await documents.count()).toBeGreaterThan(0);
    expect(await page.locator('.snippet mark').first().textContent()).toMatch(/^kursk$/i);
    await screenshot(page, 'search-1280x800');
  });

  it('opens a document with its speakers, cues, contents and framing marked, and points into the text', async () => {
    await page.locator('section[aria-labelledby="found-documents"] .document-card h3 a').first().click();
    await page.waitForURL(/\/ui\/documents\/[0-9a-f]{16}$/);
    await page.locator('.doc-text').waitFor();
    for (const layer of ['speaker', 'cue', 'content'])
      expect(await page.locator(`.doc-text mark.hl-${layer}`).count(), layer).toBeGreaterThan(0);
    // The marks cover exactly the text the API reports for each statement.
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const served = (await (await fetch(url(`/documents/${id}`))).json()) as {
      text: string;
      extraction: { statements: { content: { text: string } }[] };
    };
    const rendered = await page.locator('.doc-text').textContent();
    expect(rendered).toBe(served.text);
    // The first statement's anchor starts its content (later marks may split the content further).
    const anchor = (await page.locator('#statement-0').textContent()) ?? '';
    expect(anchor.length).toBeGreaterThan(0);
    expect(served.extraction.statements[0]?.content.text.startsWith(anchor)).toBe(true);

    // "Show in text" takes keyboard focus to the statement's words.
    const button = page.getByRole('button', { name: 'Show in text' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('statement-0');
    await screenshot(page, 'document-1280x800');

    // Each layer can be hidden; the words stay.
    await page.getByLabel('Speakers').uncheck();
    expect(await page.locator('.doc-text.hide-speaker').count()).toBe(1);
    await page.getByLabel('Speakers').check();
  });

  it('filters statements with a labelled form, by keyboard, and pages through them', async () => {
    await openPage(page, url('/ui/statements'));
    await page.getByLabel('Speaker').fill('kp');
    await page.getByLabel('Stance').selectOption('deny');
    await page.getByLabel('Speaker').press('Enter');
    await page.waitForURL(/speaker=kp/);
    await page.locator('main:not([aria-busy]) tbody tr').first().waitFor();
    const stances = await page.locator('tbody tr .badge').allTextContents();
    expect(stances.length).toBeGreaterThan(0);
    expect(new Set(stances)).toEqual(new Set(['denies']));
    await screenshot(page, 'statements-1280x800');

    await openPage(page, url('/ui/statements'));
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/offset=50/);
    await page.getByRole('link', { name: '← Previous' }).waitFor();
  });

  it('starts keyboard navigation with a skip link and shows where focus is', async () => {
    await openPage(page, url('/ui/'));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      outline: getComputedStyle(document.activeElement as Element).outlineStyle,
    }));
    expect(skip).toEqual({ text: 'Skip to content', outline: 'solid' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Every form control on every page has a label.
    for (const path of ['/ui/', '/ui/statements', '/ui/documents', '/ui/search?q=Kursk']) {
      await openPage(page, url(path));
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((el) => {
            const control = el as HTMLInputElement;
            return (
              control.labels?.length === 0 &&
              !control.getAttribute('aria-label') &&
              !control.textContent?.trim()
            );
          })
          .map((el) => el.outerHTML),
      );
      expect(unlabelled, path).toEqual([]);
    }
  });

  it('reads at phone width without sideways scrolling', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    const pages: [string, string][] = [
      ['/ui/', 'home'],
      ['/ui/search?q=Kursk', 'search'],
      ['/ui/statements', 'statements'],
    ];
    const reader = await page.evaluate(async () => {
      const response = await fetch('/documents?q=Peskov&limit=1');
      return ((await response.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
    });
    pages.push([`/ui/documents/${reader}`, 'document']);
    for (const [path, name] of pages) {
      await openPage(page, url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-390x844`);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  it('ran no script it should not have and raised no error', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
