// The proposition timeline, status history, "who was first" and track-record components in Chromium,
// drawn from fixture data in issue 4's shapes (phase 2 wires them to the API). Screenshots show them.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchBrowser,
  screenshot,
  VIEWPORTS,
  watchPage,
  type Browser,
  type PageWatch,
} from '../support/browser.js';
import { ROOT } from '../support/cli.js';

/** The harness bundled in memory: its script and its stylesheet. */
async function bundleHarness(): Promise<{ js: string; css: string }> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      write: false,
      lib: { entry: join(ROOT, 'test/browser/component-harness.ts'), formats: ['iife'], name: 'harness' },
      cssCodeSplit: false,
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const js = chunks.find((c) => c.type === 'chunk');
  const css = chunks.find((c) => c.type === 'asset' && c.fileName.endsWith('.css'));
  if (js?.type !== 'chunk') throw new Error('the harness bundle has no script');
  return { js: js.code, css: css?.type === 'asset' ? String(css.source) : '' };
}

describe.runIf(chromiumAvailable())('assessment components in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let bundle: { js: string; css: string };

  beforeAll(async () => {
    bundle = await bundleHarness();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function render(viewport: { width: number; height: number }) {
    await page.setViewportSize(viewport);
    await page.setContent(
      '<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body></body></html>',
    );
    await page.addStyleTag({ content: bundle.css });
    await page.addScriptTag({ content: bundle.js });
    await page.locator('.timeline-chart .chart-scroll > svg').waitFor();
  }

  it('draws the timeline with its bands, markers and slider, and moving the slider fades later statements', async () => {
    await render(VIEWPORTS.desktop);
    const box = await page.locator('.timeline-chart .chart-scroll > svg').boundingBox();
    expect(box?.width).toBeGreaterThan(900);
    expect(await page.locator('.timeline-chart circle.marker').count()).toBeGreaterThanOrEqual(5);
    // Deny is drawn in a different colour from confirm.
    const fills = await page.evaluate(() => ({
      deny: getComputedStyle(document.querySelector('circle.marker-deny') as Element).stroke,
      confirm: getComputedStyle(document.querySelector('circle.marker-confirm') as Element).fill,
    }));
    expect(fills.deny).not.toBe(fills.confirm);
    await screenshot(page, 'components-proposition-1280x800');

    const slider = page.getByLabel('As of');
    await slider.focus();
    for (let i = 0; i < 120; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('g.entry.after-as-of').count()).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { __settled: string[] }).__settled.length),
    ).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'components-proposition-as-of-1280x800');
    await page.locator('.first-panel').evaluate((panel) => panel.scrollIntoView());
    await screenshot(page, 'components-first-and-source-1280x800');
  });

  it('stays within a phone screen', async () => {
    await render(VIEWPORTS.phone);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'components-proposition-390x844');
    await page.locator('.source-record').scrollIntoViewIfNeeded();
    await screenshot(page, 'components-source-390x844');
  });

  it('raised no error', () => {
    expect(watch.errors).toEqual([]);
  });
});
