// The quick start's main job: `claimlog demo` ingests the bundled corpus and serves its statements.

import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshHome, runCli, startCli } from '../support/cli.js';

describe('claimlog demo', () => {
  let server: { child: ChildProcess; url: string };
  let home: string;

  beforeAll(async () => {
    home = await freshHome();
    server = await startCli(['demo', '--port', '0'], { CLAIMLOG_HOME: home });
  });
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('serves the demo corpus: documents, statements and the web UI', async () => {
    const health = (await (await fetch(new URL('/health', server.url))).json()) as {
      status: string;
      documents: number;
    };
    expect(health).toEqual({ status: 'ok', documents: expect.any(Number) as number });
    expect(health.documents).toBeGreaterThanOrEqual(25);

    const statements = (await (
      await fetch(new URL('/statements?speaker=kp&limit=500', server.url))
    ).json()) as {
      items: { stance: string; speaker: { actor: string } }[];
    };
    expect(statements.items.some((s) => s.stance === 'deny')).toBe(true);
    expect(statements.items.some((s) => s.stance === 'confirm')).toBe(true);

    const home = await fetch(server.url, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/ui/');
    const page = await fetch(new URL('/ui/', server.url));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    // Scripts load from files only: no inline script, no inline handler.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\son\w+=/i);
  });

  it('answers a bad parameter with a problem document naming it', async () => {
    const response = await fetch(new URL('/statements?limit=lots', server.url));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toBe(
      'query parameter "limit": expected an integer from 1 to 500, found "lots"',
    );
  });

  it('keeps a second process out of the embedded store while it serves', async () => {
    const second = await runCli(['statements'], { CLAIMLOG_HOME: home });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`is in use by process ${String(server.child.pid)}`);
  });
});
