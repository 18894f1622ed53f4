// An analyst's way through the web UI in Debian's Chromium, on the demo corpus (`claimlog demo`):
// home → search "Kursk" → a document with its statements marked → the statements list → the troops
// proposition (timeline, status history, as of December 2024) → South Korean intelligence's track record
// → the proof of who was first, downloaded and verified with `claimlog log verify` → an analyst decision;
// by keyboard where it matters, at desktop and phone sizes. Screenshots go to test/screenshots/.

import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { freshHome, runCli, startCli } from '../support/cli.js';

const TROOPS = 'North Korean troops are deployed in the war';
/** The slider's value for a day: days since 1970-01-01. */
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

describe.runIf(chromiumAvailable())('the web UI in Chromium', () => {
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let verifierKey: string;
  let analystToken: string;

  beforeAll(async () => {
    const env = { CLAIMLOG_HOME: await freshHome() };
    const demo = await runCli(['demo', '--no-serve'], env);
    expect(demo.code, demo.stderr).toBe(0);
    // What an outside verifier gets from the log's operator, and what an analyst is given.
    verifierKey = (await runCli(['log', 'key'], env)).stdout.trim();
    analystToken = (await runCli(['token', 'create', '--role', 'analyst'], env)).stdout.trim();
    expect(verifierKey).toMatch(/\+[0-9a-f]{8}\+/);
    expect(analystToken).not.toBe('');
    server = await startCli(['serve', '--port', '0'], env);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  const url = (path: string) => new URL(path, server.url).toString();
  const propositionId = async (text: string) => {
    const list = (await (await fetch(url('/propositions?limit=500'))).json()) as {
      items: { id: string; text: string }[];
    };
    return list.items.find((p) => p.text === text)?.id ?? '';
  };

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
      extraction: {
        statements: { content: { text: string }; propositions?: { id: string; text: string }[] }[];
      };
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

    // Each statement card links to the propositions the API says it is about.
    const about = served.extraction.statements.flatMap((s) => s.propositions ?? []);
    expect(about.length).toBeGreaterThan(0);
    const first = about[0] as { id: string; text: string };
    const cardLinks = page.locator('.statement-card .statement-propositions a');
    expect(await cardLinks.count()).toBe(about.length);
    const link = page.locator(`.statement-propositions a[href="/ui/propositions/${first.id}"]`).first();
    expect(await link.textContent()).toBe(first.text);
    await link.click();
    await page.waitForURL(new RegExp(`/ui/propositions/${first.id}$`));
    await page.getByRole('heading', { level: 1, name: first.text }).waitFor();
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
    const troops = await propositionId(TROOPS);
    for (const path of [
      '/ui/',
      '/ui/statements',
      '/ui/documents',
      '/ui/search?q=Kursk',
      '/ui/propositions',
      `/ui/propositions/${troops}`,
      '/ui/sources',
      '/ui/sources/kr-nis',
    ]) {
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
    pages.push([`/ui/propositions/${await propositionId(TROOPS)}`, 'proposition']);
    pages.push(['/ui/sources/kr-nis', 'source']);
    pages.push(['/ui/sources', 'sources']);
    for (const [path, name] of pages) {
      await openPage(page, url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-390x844`);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  it('finds the troops proposition by searching "Kursk" and shows the denial and the admission', async () => {
    await openPage(page, url('/ui/search?q=Kursk'));
    const found = page.locator('section[aria-labelledby="found-propositions"]');
    await found.getByRole('link', { name: TROOPS, exact: true }).click();
    await page.waitForURL(/\/ui\/propositions\/p[0-9a-f]+$/);
    await page.getByRole('heading', { level: 1, name: TROOPS }).waitFor();
    expect(await page.locator('.status-now .badge').textContent()).toBe('confirmed');

    // On the timeline: North Korea's lane holds its denial (disputing) and its admission (supporting).
    const marks = await page.locator('.timeline-chart svg g.entry > title').allTextContents();
    expect(marks.some((t) => /— North Korea denies · disputes the proposition/.test(t))).toBe(true);
    expect(marks.some((t) => /— North Korea confirms · supports the proposition/.test(t))).toBe(true);
    expect(
      await page.locator('.timeline-chart circle.marker-deny.polarity-disputes').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('.timeline-chart circle.marker-confirm').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline-chart rect.status-confirmed').count()).toBe(1);
    expect(await page.locator('.timeline-chart .evidence-marker').count()).toBeGreaterThan(0);

    // In the status history: it was alleged while North Korea denied, confirmed once it admitted.
    const history = page.locator('.status-history > li');
    expect(await history.locator('> .badge').allTextContents()).toEqual([
      'alleged',
      'corroborated',
      'confirmed',
    ]);
    expect(await history.first().locator('.turn-deny').allTextContents()).toContain(
      'denies North Korea [kp], 21 Oct 2024',
    );
    expect(await history.last().locator('.turn-confirm').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^confirms North Korea \[kp\], /)]),
    );
    expect(await history.last().locator('.meta').textContent()).toMatch(/the accused party admits it: kp/);
    await screenshot(page, 'proposition-1280x800');

    // Each statement links to the reader, at the statement, with the way back.
    const read = page.locator('table.entries tbody tr').first().locator('td[data-label="Outlet"] a');
    const href = (await read.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/ui\/documents\/[0-9a-f]{16}\?proposition=p[0-9a-f]+(#statement-\d+)?$/);
    // There, the way back, and the statement's own link to the proposition marked as the current one.
    const troops = new URL(page.url()).pathname.split('/').pop() ?? '';
    const reader = await browser.context.newPage();
    await openPage(reader, url(href));
    await reader.locator('a[rel="up"]', { hasText: 'The proposition this statement is about' }).waitFor();
    const current = reader.locator('.statement-propositions a[aria-current="true"]');
    expect(await current.count()).toBeGreaterThan(0);
    expect(await current.first().getAttribute('href')).toBe(`/ui/propositions/${troops}`);
    await reader.close();
  });

  it('moves the as-of slider to December 2024 and shows the proposition not yet confirmed', async () => {
    const slider = page.locator('.timeline-chart input[type="range"]');
    await slider.fill(String(dayNumber('2024-12-31')));
    await page.waitForURL(/asOf=2024-12-31/);
    await page.locator('.status-now', { hasText: 'as of 31 Dec 2024' }).waitFor();
    const status = await page.locator('.status-now .badge').textContent();
    expect(status).not.toBe('confirmed');
    expect(status).toBe('alleged');
    expect(await page.locator('.status-history > li > .badge').allTextContents()).toEqual(['alleged']);
    // The denial was on record by then; the admission was not.
    expect(await page.locator('.status-history .turn-deny').count()).toBeGreaterThan(0);
    expect(await page.locator('.status-history .turn-confirm', { hasText: 'North Korea [kp]' }).count()).toBe(
      0,
    );
    // Focus stays on the slider, so a keyboard user can keep moving it.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe(
      'range',
    );
    await screenshot(page, 'proposition-as-of-2024-12-1280x800');
    await page.getByRole('button', { name: 'Show now' }).click();
    await page.locator('.status-now', { hasText: 'Status now' }).waitFor();
    expect(await page.locator('.status-now .badge').textContent()).toBe('confirmed');
  });

  it("opens South Korean intelligence's page: its track record with the accuracy interval plotted", async () => {
    await page.locator('table.entries a[href="/ui/sources/kr-nis"]').first().click();
    await page.waitForURL(/\/ui\/sources\/kr-nis$/);
    await page.getByRole('heading', { level: 1, name: 'National Intelligence Service' }).waitFor();
    const counts = await page.locator('.source-record .counts li').allTextContents();
    expect(counts.map((c) => c.replace(/^\d+/, ''))).toEqual([
      'right',
      'wrong',
      'reversed (e.g. denied, then admitted)',
      'pending',
    ]);
    expect(counts[0]).toMatch(/^[1-9]\d*right$/);
    const row = page.locator('.interval-chart g.source-row');
    const [x1, x2, cx] = await Promise.all([
      row.locator('line.interval').getAttribute('x1'),
      row.locator('line.interval').getAttribute('x2'),
      row.locator('circle.mean').getAttribute('cx'),
    ]);
    expect(Number(x1)).toBeLessThan(Number(cx));
    expect(Number(cx)).toBeLessThan(Number(x2));
    expect(await page.locator('.source-record').textContent()).toMatch(
      /Median lead before confirmation: \d+ days/,
    );
    const troops = page.locator('table.outcomes tr', { hasText: TROOPS });
    expect(await troops.locator('.badge').textContent()).toBe('right');
    expect(await page.locator('section[aria-labelledby="said-heading"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.framing-profile h2').textContent()).toBe('Framing profile');
    await screenshot(page, 'source-1280x800');
    await troops.getByRole('link').click();
    await page.waitForURL(/\/ui\/propositions\/p[0-9a-f]+$/);
  });

  it('downloads the proof of who was first and verifies it offline with `claimlog log verify`', async () => {
    const panel = page.locator('.first-panel');
    await panel.getByRole('heading', { name: 'Who was first' }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'first-and-exports-1280x800');
    const work = await mkdtemp(join(tmpdir(), 'claimlog-proof-'));
    const save = async (name: RegExp) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('link', { name }).click(),
      ]);
      const path = join(work, download.suggestedFilename());
      await download.saveAs(path);
      return path;
    };
    const proof = await save(/Download the proof/);
    const leaf = await save(/Download the leaf/);
    expect(proof).toMatch(/\.tlog-proof$/);
    expect(await readFile(proof, 'utf8')).toMatch(/^c2sp\.org\/tlog-proof@v1\n/);
    // The key the page offers is the one the operator gives out; verifying uses only the downloaded files.
    const key = await save(/download the key/);
    expect((await readFile(key, 'utf8')).trim()).toBe(verifierKey);
    const verified = await runCli(['log', 'verify', proof, '--key', key, '--leaf', leaf]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/^verified: leaf \d+ in tree of size \d+/);
    expect(await panel.locator('pre.command').textContent()).toMatch(
      /^claimlog log verify \S+\.tlog-proof --key /,
    );
    // The exports are linked from the page.
    for (const name of ['ClaimReview (JSON-LD)', 'Timeline (CSV)', 'Timeline (JSON)']) {
      const link = page.locator('.export-links').getByRole('link', { name });
      const response = await fetch(url((await link.getAttribute('href')) ?? ''));
      expect(response.status, name).toBe(200);
    }
  });

  it('records an analyst decision with its reason, and shows refusals in the API words', async () => {
    const form = page.locator('form.link-form');
    // No reason: refused before anything is sent.
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.locator('.problem', { hasText: 'A reason is required' }).waitFor();
    // No token: the API's 401, shown as a problem.
    await form.getByLabel('Reason (required)').fill('checked against the original broadcast');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.locator('.problem', { hasText: '401' }).waitFor();
    // Chromium logs the refused request itself; that one was meant.
    const refused = watch.errors.findIndex((e) => /status of 401/.test(e));
    expect(refused).toBeGreaterThanOrEqual(0);
    watch.errors.splice(refused, 1);
    // With the analyst's token (kept in this tab only), the decision is logged.
    await page.getByLabel('Bearer token').fill(analystToken);
    await page.getByRole('button', { name: 'Keep for this tab' }).click();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['claimlog.analyst-token']);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await form.getByLabel('Reason (required)').fill('checked against the original broadcast');
    await form.getByLabel('Your name (optional)').fill('journey test');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.locator('.recorded').waitFor();
    expect(await form.locator('.recorded').textContent()).toMatch(
      /^Recorded: .+ by journey test \(token \S+\), log leaf #\d+\.$/,
    );
    await page.locator('table.entries tbody tr.link-confirmed').first().waitFor();
  });

  it('ran no script it should not have and raised no error', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
