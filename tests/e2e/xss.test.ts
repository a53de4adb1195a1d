// Graph data holding HTML and script text is shown as text, and nothing in it runs.
import { describe, expect } from 'vitest';
import { reseed, testDriver } from '../support/neo4j.ts';
import { pick, screenshot, settle, explorerTest } from './browser.ts';

const hostile = {
  name: '<img src=x onerror="window.__xss=1">Probe',
  summary: '<script>window.__xss=2</script> summary',
  alias: '<b onmouseover="window.__xss=3">bold</b>',
  note: '<iframe src="javascript:window.__xss=4"></iframe>',
  quote: '<svg onload="window.__xss=5">',
};

const test = explorerTest(async () => {
  await reseed();
  await testDriver().executeQuery(
    `MATCH (l:Entity {id: 'lazarus-group'})
     CREATE (x:Entity:Actor:Person {id: 'xss-probe', name: $h.name, summary: $h.summary, aliases: [$h.alias], note: $h.note, sources: ['hir-cybercrime-syndicate']})
     CREATE (x)-[:MEMBER_OF {id: 'xss-probe~MEMBER_OF~lazarus-group', sources: ['hir-cybercrime-syndicate'], confidence: 'alleged', quote: $h.quote}]->(l)`,
    { h: hostile },
  );
});

describe('data shown safely', () => {
  test('shows names, summaries, aliases, properties and quotes holding HTML as text, running nothing', async ({ app, page, errors }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });

    await page.goto(`${app.url}/?n=xss-probe&s=xss-probe`);
    await settle(page);
    const details = await page.locator('#panel-details').textContent();
    for (const text of [hostile.name, hostile.summary, hostile.alias, hostile.note]) expect(details).toContain(text);
    await screenshot(page, '20-xss-node-details');

    await pick(page, '#search', 'onerror', 'Probe');
    await settle(page);
    await page.goto(`${app.url}/?n=xss-probe&se=${encodeURIComponent('xss-probe~MEMBER_OF~lazarus-group')}`);
    await settle(page);
    const edgeDetails = await page.locator('#panel-details').textContent();
    expect(edgeDetails).toContain(hostile.quote);
    await screenshot(page, '21-xss-edge-details');

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], iframe, svg[onload], b[onmouseover], script:not([src])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
