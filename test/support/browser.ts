// Debian's Chromium driven by playwright-core (never a downloaded browser), with a fresh profile.
// Browser tests skip with a note when Chromium is missing, unless CI is set (then they fail).

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './cli.js';

export const CHROMIUM = process.env.CLAIMLOG_CHROMIUM ?? '/usr/bin/chromium';

/** Where the browser tests write screenshots (git-ignored; a copy is committed under docs/screenshots). */
export const SCREENSHOTS = join(ROOT, 'test/screenshots');

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** Whether browser tests can run here; without Chromium they are skipped, except in CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`CI is set but Chromium is missing at ${CHROMIUM}: install the chromium package`);
  console.warn(
    `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CLAIMLOG_CHROMIUM)`,
  );
  return false;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'claimlog-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: VIEWPORTS.desktop,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Everything a page did that a user or an attacker would care about: errors, dialogs, CSP reports. */
export interface PageWatch {
  errors: string[];
  dialogs: string[];
}

/**
 * Watches `page` for uncaught errors, console errors (Chromium reports CSP and Trusted Types
 * violations there), and dialogs (dismissed); and records `securitypolicyviolation` events in the
 * page as `window.__violations`.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return watch;
}

/** Opens `url` and waits until the app has rendered the page. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"] main:not([aria-busy])');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
