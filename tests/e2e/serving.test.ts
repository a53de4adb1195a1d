// The explorer as a team reaches it: over plain HTTP under a LAN host name (mapped to 127.0.0.1 inside Chromium, no
// traffic leaves the machine), and under /explorer/ behind nginx with TLS (docs/nginx-explorer.conf). Real Chromium,
// the test build of the client, the real server on the test Neo4j.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/main.ts';
import { startTestApp } from '../support/app.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { reseed } from '../support/neo4j.ts';
import { newContext, nodeIds, openPage, pick, screenshot, settle } from './browser.ts';

const lanName = 'analysis-box.lan';
const shots = '/tmp/shots';

let browser: Browser;
beforeAll(async () => {
  await reseed();
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--host-resolver-rules=MAP ${lanName} 127.0.0.1`],
  });
});
afterAll(() => browser?.close());

describe('plain HTTP under a non-loopback name', () => {
  let app: RunningServer;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('loads its scripts and styles over HTTP (no upgrade to HTTPS) and searches and draws the graph', async () => {
    const context = await newContext(browser);
    const errors: string[] = [];
    const page = await openPage(context, errors);
    const url = `http://${lanName}:${new URL(app.url).port}/`;
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
    await settle(page);
    // The stylesheet applied: the top bar is laid out as a flex row, which only styles.css says.
    await expect(page.locator('.topbar').evaluate((bar) => getComputedStyle(bar).display)).resolves.toBe('flex');
    await pick(page, '#search', 'Lazarus', 'Lazarus Group');
    await settle(page);
    expect(await nodeIds(page)).toContain('lazarus-group');
    expect(new URL(page.url()).host).toBe(`${lanName}:${new URL(app.url).port}`);
    await page.screenshot({ path: `${shots}/lan-http-analysis-box.png` });
    await screenshot(page, 'serving-lan-http');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('under /explorer/ behind nginx with TLS', () => {
  let app: RunningServer;
  let proxy: RunningNginx;
  beforeAll(async () => {
    app = await startTestApp({ BASE_PATH: '/explorer', TRUST_PROXY: '1' });
    proxy = await startNginx(new URL(app.url).host);
  });
  afterAll(async () => {
    await proxy?.stop();
    await app?.close();
  });

  it('serves the page, its assets and the API under the prefix; a shared deep link opens the same view', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ignoreHTTPSErrors: true });
    const errors: string[] = [];
    const page = await openPage(context, errors);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) apiCalls.push(new URL(request.url()).pathname);
    });
    await page.goto(`${proxy.origin}/explorer/`);
    await settle(page);
    await pick(page, '#search', 'Lazarus', 'Lazarus Group');
    await settle(page);
    const shown = await nodeIds(page);
    expect(shown).toContain('lazarus-group');
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.filter((path) => !path.startsWith('/explorer/api/'))).toEqual([]);
    const shared = new URL(page.url());
    expect(shared.pathname).toBe('/explorer/');
    expect(shared.searchParams.get('n')).toBe('lazarus-group');
    await page.screenshot({ path: `${shots}/explorer-subpath-nginx.png` });
    await screenshot(page, 'serving-subpath-nginx');

    // The link another investigator receives, opened in a fresh page.
    const other = await openPage(context, errors);
    await other.goto(shared.href);
    await settle(other);
    expect((await nodeIds(other)).sort()).toEqual([...shown].sort());
    await other.screenshot({ path: `${shots}/explorer-subpath-shared-link.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
