// Helpers for the browser tests: the `explorerTest` fixture (the app, Debian's Chromium through playwright-core and a
// page per test), console error collection, screenshots, and reading the canvas through window.explorerTestHooks.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { test } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { reseed } from '../support/neo4j.ts';

const screenshotDir = resolve(import.meta.dirname, '..', '..', 'test-results', 'e2e');

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records every console error, uncaught exception and Content-Security-Policy violation in `errors`. */
export async function openPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => errors.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return page;
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
}

/** Waits until no request, state change or layout is under way. */
export async function settle(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => window.explorerTestHooks !== undefined, null, { timeout });
  await page.waitForTimeout(50);
  await page.waitForFunction(() => !window.explorerTestHooks?.busy(), null, { timeout, polling: 50 });
  // The layout animation's last frame and the zoom clamp.
  await page.waitForTimeout(350);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.explorerTestHooks?.nodeIds() ?? []);
}

export function edgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.explorerTestHooks?.edgeIds() ?? []);
}

export function marked(page: Page, cls: string): Promise<string[]> {
  return page.evaluate((name) => window.explorerTestHooks?.marked(name) ?? [], cls);
}

/** Where a node is drawn, in page coordinates. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((nodeId) => window.explorerTestHooks?.pagePosition(nodeId), id);
  if (!position) throw new Error(`node ${id} is not in the view`);
  return position;
}

/** Types into a combobox and picks the option whose text contains `option`. */
export async function pick(page: Page, input: string, text: string, option: string): Promise<void> {
  const box = page.locator(input);
  await box.fill(text);
  const listId = await box.getAttribute('aria-controls');
  const wanted = page.locator(`#${listId} [role="option"]`, { hasText: option }).first();
  await wanted.waitFor({ state: 'visible' });
  await wanted.click();
}

/**
 * The browser tests' fixtures. For each file: `seed` puts the file's data into Neo4j, then `app` (the real server on
 * the test Neo4j, serving the test build of the client, with `env` added to its configuration), `browser` and
 * `context` start. For each test: `page`, a page
 * of that context whose console errors, uncaught exceptions and CSP violations go to `errors`; it closes afterwards.
 */
export function explorerTest(seed: () => Promise<unknown> = () => reseed(), env: Record<string, string> = {}) {
  return (
    test
      // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern, and it has none.
      .extend('app', { scope: 'file' }, async ({}, { onCleanup }) => {
        await seed();
        const app = await startTestApp(env);
        onCleanup(() => app.close());
        return app;
      })
      // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern, and it has none.
      .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
        const browser = await launchBrowser();
        onCleanup(() => browser.close());
        return browser;
      })
      .extend('context', { scope: 'file' }, async ({ browser }, { onCleanup }) => {
        const context = await newContext(browser);
        onCleanup(() => context.close());
        return context;
      })
      .extend('errors', (): string[] => [])
      .extend('page', async ({ context, errors }, { onCleanup }) => {
        const page = await openPage(context, errors);
        onCleanup(() => page.close());
        return page;
      })
  );
}
