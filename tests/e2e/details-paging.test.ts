// The details panel of a node with more relationships than one page: the first page, then "Load more".
import { describe, expect } from 'vitest';
import { reseed, testDriver } from '../support/neo4j.ts';
import { screenshot, settle, explorerTest } from './browser.ts';

// No seed node has 100 relationships (one page): this one has 130.
const test = explorerTest(async () => {
  await reseed();
  await testDriver().executeQuery(
    `CREATE (hub:Entity:Actor:Group {id: 'paging-hub', name: 'Paging Hub', sources: ['hir-cybercrime-syndicate']})
     WITH hub
     UNWIND range(0, 129) AS i
     CREATE (hub)-[:TARGETED {sources: ['hir-cybercrime-syndicate'], confidence: 'reported'}]->(:Entity:Victim {id: 'paging-victim-' + i, name: 'Victim ' + (1000 + i)})`,
  );
});

describe('details paging', () => {
  test('shows the first 100 relationships of 130 and appends the rest on "Load more"', async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?n=paging-hub&s=paging-hub`);
    await settle(page);
    const details = page.locator('#details-body');
    await expect(details.locator('h2').textContent()).resolves.toBe('Paging Hub');
    await expect(details.textContent()).resolves.toContain('Relationships (130)');
    const items = details.locator('.rels li');
    await expect(items.count()).resolves.toBe(100);
    const pager = details.locator('.pager');
    await expect(pager.textContent()).resolves.toContain('Showing 100 of 130 relationships');
    await pager.scrollIntoViewIfNeeded();
    await screenshot(page, '22-details-paging');

    await pager.getByRole('button', { name: 'Load more' }).click();
    await details.locator('.rels li').nth(129).waitFor();
    await expect(items.count()).resolves.toBe(130);
    await expect(items.last().textContent()).resolves.toContain('Victim 1129');
    await expect(pager.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Victim 1100');
    expect(errors).toEqual([]);
  });
});
