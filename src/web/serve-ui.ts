// Serves the built web UI (Vite's output in dist/ui) under /ui/, with the UI's strict CSP.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env, Hono } from 'hono';
import { UI_CSP } from '../api/security-headers.js';

/** Where `npm run build` puts the UI, from src/web or dist/web alike. */
export const UI_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url));

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  map: 'application/json',
};

/**
 * Mounts the UI: `/` and `/ui` lead to `/ui/`; `/ui/assets/<file>` are the hashed bundles (cached for
 * good); every other `/ui/…` path is the single page, which routes itself. Without a build, the page
 * says how to make one. File names are matched against a strict pattern, so no path leaves `dir`.
 */
export function mountUi<E extends Env>(app: Hono<E>, dir: string = UI_DIR): void {
  app.get('/', (c) => c.redirect('/ui/', 302));
  app.get('/ui', (c) => c.redirect('/ui/', 302));
  app.get('/ui/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = TYPES[file.split('.').pop() ?? ''];
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(file) || type === undefined) return c.notFound();
    const bytes = await readFile(join(dir, 'assets', file)).catch(() => null);
    if (bytes === null) return c.notFound();
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  app.get('/ui/*', async (c) => {
    const html = await readFile(join(dir, 'index.html'), 'utf8').catch(() => null);
    if (html === null)
      return c.text(
        'The claimlog web UI has not been built here: run `npm run build`, then reload. The JSON API is served meanwhile; see /openapi.json.\n',
        503,
      );
    return c.html(html, 200, { 'content-security-policy': UI_CSP, 'cache-control': 'no-cache' });
  });
}
