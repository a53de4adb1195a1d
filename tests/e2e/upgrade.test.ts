// An upgrade under an open page: the server restarts on the same port with a new build whose stylesheet has a new
// hashed name and the old file gone. Because the page is revalidated on every load (Cache-Control: no-cache), the
// next visit gets the new page, which asks for the new file, and the explorer keeps working.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { RunningServer } from '../../server/main.ts';
import { startTestApp } from '../support/app.ts';
import { testClientDir } from '../support/test-client.ts';
import { reseed } from '../support/neo4j.ts';
import { explorerTest, nodeIds, pick, settle } from './browser.ts';
import { freePort } from '../../scripts/neo4j/local-server.ts';

const test = explorerTest();
const builds = mkdtempSync(join(tmpdir(), 'explorer-builds-'));
afterAll(() => rmSync(builds, { recursive: true, force: true }));

/** A copy of the test build whose stylesheet is renamed, as a new build with changed styles would be; answers its name. */
function nextBuild(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  const stylesheet = readdirSync(join(to, 'assets')).find((name) => name.endsWith('.css'))!;
  const renamed = stylesheet.replace(/\.css$/, '-next.css');
  renameSync(join(to, 'assets', stylesheet), join(to, 'assets', renamed));
  const page = join(to, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace(stylesheet, renamed));
  return renamed;
}

test('after an upgrade the next visit loads the new build and works', { timeout: 180_000 }, async ({ page, errors }) => {
  await reseed();
  const port = String(await freePort());
  const first = join(builds, 'first');
  cpSync(testClientDir, first, { recursive: true });
  let app: RunningServer = await startTestApp({ PORT: port }, first);
  try {
    await page.goto(`${app.url}/`);
    await settle(page);
    await pick(page, '#search', 'Lazarus', 'Lazarus Group');
    await settle(page);
    const shared = page.url();

    await app.close();
    const stylesheet = nextBuild(first, join(builds, 'second'));
    rmSync(first, { recursive: true, force: true });
    app = await startTestApp({ PORT: port }, join(builds, 'second'));

    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    // A plain navigation, not a reload: only a page that revalidates shows the new build here.
    await page.goto(shared);
    await settle(page);
    await expect(page.locator('link[rel="stylesheet"]').getAttribute('href')).resolves.toBe(`/assets/${stylesheet}`);
    await expect(page.locator('.topbar').evaluate((bar) => getComputedStyle(bar).display)).resolves.toBe('flex');
    expect(await nodeIds(page)).toContain('lazarus-group');
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await app.close();
  }
});
