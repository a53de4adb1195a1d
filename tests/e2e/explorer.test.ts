// The explorer in a real browser, against the real server and a seeded Neo4j.
import { describe, expect } from 'vitest';
import { edgeIds, marked, newContext, nodeIds, nodePosition, openPage, pick, screenshot, settle, explorerTest } from './browser.ts';

const test = explorerTest();

describe('explorer', () => {
  test('greets a first-time reader with a hint and no errors, under the strict CSP', async ({ app, page, errors }) => {
    const response = await page.goto(app.url);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await settle(page);
    await expect(page.locator('#empty-state').textContent()).resolves.toContain('Search for Lazarus Group');
    await expect(page.locator('#status-line').textContent()).resolves.toContain('0 nodes');
    await screenshot(page, '01-empty-state');
    // The console's editor (CodeMirror) loads lazily: open it too, it must not need inline styles either.
    await page.click('#tab-console');
    await page.locator('.cm-content').waitFor();
    await screenshot(page, '02-console-editor');
    expect(errors).toEqual([]);
  });

  test('finds Lazarus Group by its alias "hidden cobra" with the keyboard and draws its neighbourhood', async ({ app, page, errors }) => {
    await page.goto(app.url);
    const search = page.locator('#search');
    await expect(search.getAttribute('role')).resolves.toBe('combobox');
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('false');
    await search.fill('hidden cobra');
    const listId = await search.getAttribute('aria-controls');
    const options = page.locator(`#${listId} [role="option"]`);
    await options.first().waitFor();
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator(`#${listId}`).getAttribute('role')).resolves.toBe('listbox');
    const lazarus = options.filter({ hasText: 'Lazarus Group' });
    await expect(lazarus.textContent()).resolves.toContain('alias: HIDDEN COBRA');
    await screenshot(page, '03-search-alias');

    // Arrow down to the Lazarus Group option, then Enter.
    const texts = await options.allTextContents();
    const index = texts.findIndex((text) => text.includes('Lazarus Group') && text.includes('alias: HIDDEN COBRA'));
    for (let i = 0; i <= index; i++) await search.press('ArrowDown');
    const active = await search.getAttribute('aria-activedescendant');
    await expect(page.locator(`#${active}`).textContent()).resolves.toContain('Lazarus Group');
    await search.press('Enter');
    await settle(page);

    const ids = await nodeIds(page);
    expect(ids).toContain('lazarus-group');
    expect(ids).toContain('alias-hidden-cobra');
    expect(ids).toContain('bangladesh-bank-heist-2016');
    expect(new URL(page.url()).searchParams.get('n')).toBe('lazarus-group');
    await expect(page.locator('[data-testid="count-nodes"]').textContent()).resolves.toBe(`${ids.length} nodes`);
    await expect(page.locator('#details-body h2').textContent()).resolves.toBe('Lazarus Group');
    await screenshot(page, '04-lazarus-neighbourhood');

    // Escape closes the list; a second Escape clears the box.
    await search.fill('sony');
    await options.first().waitFor();
    await search.press('Escape');
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('false');
    await search.press('Escape');
    await expect(search.inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
  });

  test('expands a node by double-click without duplicates, and undoes and redoes it', async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?n=lazarus-group`);
    await settle(page);
    const before = await nodeIds(page);
    expect(before).not.toContain('bangladesh-bank');

    const heist = await nodePosition(page, 'bangladesh-bank-heist-2016');
    await page.mouse.dblclick(heist.x, heist.y);
    await settle(page);
    const after = await nodeIds(page);
    expect(after).toContain('bangladesh-bank');
    expect(after.length).toBeGreaterThan(before.length);
    expect(new Set(after).size).toBe(after.length);
    expect(new URL(page.url()).searchParams.get('x')).toBe('bangladesh-bank-heist-2016');
    await screenshot(page, '05-expanded-heist');

    // Expanding again adds nothing and says so.
    const again = await nodePosition(page, 'bangladesh-bank-heist-2016');
    await page.mouse.dblclick(again.x, again.y);
    await settle(page);
    expect(await nodeIds(page)).toHaveLength(after.length);
    expect(new Set(await edgeIds(page)).size).toBe((await edgeIds(page)).length);

    await page.click('#undo');
    await settle(page);
    expect((await nodeIds(page)).sort()).toEqual([...before].sort());
    await page.keyboard.press('Control+Shift+Z');
    await settle(page);
    expect(await nodeIds(page)).toHaveLength(after.length);
    await page.goBack();
    await settle(page);
    expect(await nodeIds(page)).toHaveLength(before.length);
    await page.goForward();
    await settle(page);
    expect(await nodeIds(page)).toHaveLength(after.length);
    expect(errors).toEqual([]);
  });

  test('offers a context menu to expand by relationship type and to hide a node', async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?n=tian-yinyin`);
    await settle(page);
    const at = await nodePosition(page, 'lazarus-group');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.locator('.context-menu[role="menu"]');
    await menu.locator('[role="menuitem"]', { hasText: 'Expand ALIAS_OF' }).waitFor();
    await screenshot(page, '06-context-menu');
    await menu.locator('[role="menuitem"]', { hasText: 'Expand ALIAS_OF' }).click();
    await settle(page);
    const ids = await nodeIds(page);
    expect(ids).toContain('alias-hidden-cobra');
    expect(ids).not.toContain('bangladesh-bank-heist-2016');

    const alias = await nodePosition(page, 'alias-hidden-cobra');
    await page.mouse.click(alias.x, alias.y, { button: 'right' });
    await menu.locator('[role="menuitem"]', { hasText: 'Hide' }).click();
    await settle(page);
    expect(await marked(page, 'hidden')).toEqual(['alias-hidden-cobra']);
    await expect(page.locator('#status-line').textContent()).resolves.toContain('1 hidden');
    expect(errors).toEqual([]);
  });

  test('finds the paths from Tian Yinyin to Lazarus Group and reads them as sentences with sources', async ({ app, page, errors }) => {
    await page.goto(app.url);
    await page.click('#tab-paths');
    await pick(page, '#panel-paths input[role="combobox"] >> nth=0', 'Tian Yinyin', 'Tian Yinyin');
    await pick(page, '#panel-paths input[role="combobox"] >> nth=1', 'Lazarus Group', 'Lazarus Group');
    await page.selectOption('#path-mode', 'all');
    await page.fill('#path-hops', '2');
    await page.click('#panel-paths button[type="submit"]');
    await settle(page);

    const sentences = await page.locator('[data-testid="path-sentence"]').allTextContents();
    expect(sentences).toContain('Tian Yinyin —LINKED_TO→ Lazarus Group');
    expect(sentences).toContain('Tian Yinyin —LAUNDERED→ 2018 cryptocurrency exchange hack ←CONDUCTED (2018-04)— Lazarus Group');
    const onPath = await marked(page, 'path');
    expect(onPath).toContain('tian-yinyin');
    expect(onPath).toContain('lazarus-group');
    expect(onPath).toContain('crypto-exchange-hack-2018');
    await expect(page.locator('#panel-paths .hop').first().textContent()).resolves.toMatch(/reported|confirmed|alleged|suspected/);
    await expect(page.locator('#panel-paths .source-title').first().textContent()).resolves.toBeTruthy();
    const params = new URL(page.url()).searchParams;
    expect([params.get('pf'), params.get('pt'), params.get('pm'), params.get('ph')]).toEqual(['tian-yinyin', 'lazarus-group', 'all', '2']);
    await screenshot(page, '07-paths');

    // A hop opens the relationship in the details panel: type, confidence, quote and sources.
    await page.locator('#panel-paths .hop button', { hasText: 'LAUNDERED→ 2018 cryptocurrency exchange hack' }).first().click();
    await settle(page);
    await page.click('#tab-details');
    const details = page.locator('#details-body');
    await expect(details.locator('h2').textContent()).resolves.toContain('—LAUNDERED→');
    await details.locator('.sources .source-title').first().waitFor();
    await expect(details.textContent()).resolves.toMatch(/confidence/);
    await screenshot(page, '08-edge-details');
    expect(errors).toEqual([]);
  });

  test('shows a node’s details with its relationships and sources', async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?n=bangladesh-bank-heist-2016`);
    await settle(page);
    const heist = await nodePosition(page, 'bangladesh-bank-heist-2016');
    await page.mouse.click(heist.x, heist.y);
    await settle(page);
    const details = page.locator('#details-body');
    await expect(details.locator('h2').textContent()).resolves.toBe('Bangladesh Bank heist');
    await details.locator('.sources').first().waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('US$81M');
    expect(text).toContain('The Cybercrime Syndicate Financing the North Korean State');
    expect(text).toMatch(/Relationships \(\d+\)/);
    expect(new URL(page.url()).searchParams.get('s')).toBe('bangladesh-bank-heist-2016');
    await screenshot(page, '09-node-details');

    // A relationship in the list selects the node at its other end.
    await details.locator('.rels button', { hasText: 'Bangladesh Bank' }).first().click();
    await settle(page);
    await expect(details.locator('h2').textContent()).resolves.toBe('Bangladesh Bank');
    expect(errors).toEqual([]);
  });

  test('runs a console query with Ctrl+Enter and shows the graph and the table', async ({ app, page, errors }) => {
    await page.goto(app.url);
    await page.click('#tab-console');
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type("MATCH (g:Group {name: 'Lazarus Group'})-[r:CONDUCTED]->(i:Incident) RETURN g, r, i");
    await page.keyboard.press('Control+Enter');
    await settle(page);
    const rows = await page.locator('[data-testid="cypher-table"] tbody tr').count();
    expect(rows).toBeGreaterThan(5);
    await expect(page.locator('[data-testid="cypher-table"] thead').textContent()).resolves.toBe('gri');
    const ids = await nodeIds(page);
    expect(ids).toContain('lazarus-group');
    expect(ids).toContain('bangladesh-bank-heist-2016');
    expect(await edgeIds(page)).toHaveLength(rows);
    expect(new URL(page.url()).searchParams.get('q')).toContain('CONDUCTED');
    await screenshot(page, '10-console-graph-table');

    // A query without graph values is a table only.
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (i:Incident) WHERE i.amountUsd IS NOT NULL RETURN i.name AS incident, i.amountUsd AS usd ORDER BY usd DESC LIMIT 3');
    await page.click('#console-body button.primary');
    await settle(page);
    expect(await page.locator('[data-testid="cypher-table"] tbody tr').count()).toBe(3);
    await expect(page.locator('[data-testid="cypher-meta"]').textContent()).resolves.toContain('no graph elements');
    await screenshot(page, '11-console-table');
    expect(errors).toEqual([]);
  });

  test('shows API errors from the console plainly, without a stack trace', async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?q=${encodeURIComponent('CREATE (n:Thing) RETURN n')}`);
    await settle(page);
    const message = (await page.locator('[data-testid="cypher-error"]').textContent()) ?? '';
    expect(message.length).toBeGreaterThan(5);
    expect(message).not.toMatch(/\bat .*\.(ts|js):\d+/);
    await screenshot(page, '12-console-error');
    // The browser itself logs the refused request; nothing else may appear.
    expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  test('restores the same view from a shared link', async ({ app, browser, page, errors }) => {
    await page.goto(`${app.url}/?n=lazarus-group&d=1`);
    await settle(page);
    const heist = await nodePosition(page, 'bangladesh-bank-heist-2016');
    await page.mouse.dblclick(heist.x, heist.y);
    await settle(page);
    const cobra = await nodePosition(page, 'alias-hidden-cobra');
    await page.mouse.click(cobra.x, cobra.y, { button: 'right' });
    await page.locator('.context-menu [role="menuitem"]', { hasText: 'Remove from view' }).click();
    await settle(page);
    await page.selectOption('#layout', 'concentric');
    await settle(page);
    const shared = page.url();
    const ids = (await nodeIds(page)).sort();
    expect(ids).not.toContain('alias-hidden-cobra');
    await screenshot(page, '13-before-share');

    // A fresh browser profile opening the link sees the same view.
    const other = await newContext(browser);
    const secondErrors: string[] = [];
    const second = await openPage(other, secondErrors);
    await second.goto(shared);
    await settle(second);
    expect((await nodeIds(second)).sort()).toEqual(ids);
    await expect(second.locator('#layout').inputValue()).resolves.toBe('concentric');
    await screenshot(second, '14-shared-link');
    await second.reload();
    await settle(second);
    expect((await nodeIds(second)).sort()).toEqual(ids);
    expect(secondErrors).toEqual([]);
    await other.close();
    expect(errors).toEqual([]);
  });

  test('says how many neighbours are not shown, loads more, and filters labels', async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?n=lazarus-group&d=3&lim=20`);
    await settle(page);
    const status = page.locator('#status-line');
    await expect(status.textContent()).resolves.toMatch(/\d+ more not shown/);
    const before = (await nodeIds(page)).length;
    await page.click('[data-testid="load-more"]');
    await settle(page);
    expect((await nodeIds(page)).length).toBeGreaterThan(before);
    expect(Number(new URL(page.url()).searchParams.get('lim'))).toBeGreaterThan(20);

    await page.click('#tab-filters');
    await page.locator('#filters-body label', { hasText: 'Incident' }).locator('input').uncheck();
    await settle(page);
    const filtered = await marked(page, 'filtered');
    expect(filtered).toContain('bangladesh-bank-heist-2016');
    expect(new URL(page.url()).searchParams.get('fl')).toBe('Incident');
    await expect(status.textContent()).resolves.toMatch(/filtered out/);
    await screenshot(page, '15-filters');
    await page.locator('#status-line button', { hasText: 'clear filters' }).click();
    await settle(page);
    expect(await marked(page, 'filtered')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('walks through a guided investigation step by step', async ({ app, context, page, errors }) => {
    await page.goto(app.url);
    await page.click('#tab-walkthroughs');
    const first = page.locator('.walk-pick').first();
    await first.waitFor();
    await first.click();
    await settle(page);
    const step = page.locator('.walk-step');
    await expect(step.locator('.walk-step-title').textContent()).resolves.toMatch(/^Step 1 of \d+/);
    expect((await nodeIds(page)).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('ws')).toBe('0');
    await screenshot(page, '16-walkthrough-step-1');
    await step.locator('button', { hasText: 'Next' }).click();
    await settle(page);
    await expect(step.locator('.walk-step-title').textContent()).resolves.toMatch(/^Step 2 of \d+/);
    expect(new URL(page.url()).searchParams.get('ws')).toBe('1');
    await screenshot(page, '17-walkthrough-step-2');
    // The step's link, opened afresh, shows that step with the same elements.
    const linkedErrors: string[] = [];
    const linked = await openPage(context, linkedErrors);
    await linked.goto(page.url());
    await settle(linked);
    await expect(linked.locator('.walk-step .walk-step-title').textContent()).resolves.toMatch(/^Step 2 of \d+/);
    expect((await nodeIds(linked)).sort()).toEqual((await nodeIds(page)).sort());
    await screenshot(linked, '18-walkthrough-step-link');
    expect(linkedErrors).toEqual([]);
    await linked.close();
    // The step's query opens in the console with its parameters written in, and runs.
    await step.locator('button', { hasText: 'Open the query' }).click();
    await page.locator('.cm-content').waitFor();
    await page.click('#console-body button.primary');
    await settle(page);
    expect(await page.locator('[data-testid="cypher-table"] tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('exports the view as PNG and JSON', async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?n=tian-yinyin`);
    await settle(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('dprk-graph.png');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const path = await json.path();
    const { readFile } = await import('node:fs/promises');
    const body = JSON.parse(await readFile(path, 'utf8')) as { nodes: { id: string }[]; edges: unknown[] };
    expect(body.nodes.map((n) => n.id).sort()).toEqual((await nodeIds(page)).sort());
    expect(body.edges.length).toBe((await edgeIds(page)).length);
    expect(errors).toEqual([]);
  });
});
