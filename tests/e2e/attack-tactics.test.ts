// The Lazarus Group's neighbourhood after the ATT&CK import, in a real browser: its techniques are drawn inside one
// box per tactic, labelled with the tactic and how many techniques it holds; the boxes are not nodes of the graph
// (not counted, not selectable, not exported).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { createDatabase } from '../../server/db/database.ts';
import { createStixStore } from '../../server/db/stix-store.ts';
import { importBundle } from '../../server/services/stix-import.ts';
import { testConfig } from '../support/app.ts';
import { reseed } from '../support/neo4j.ts';
import { explorerTest, marked, nodeIds, screenshot, settle } from './browser.ts';

const test = explorerTest(async () => {
  await reseed();
  const db = createDatabase(testConfig());
  try {
    const bundle = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'attack', 'attack-dprk.json'), 'utf8')) as unknown;
    await importBundle(createStixStore(db), bundle, { source: { id: 'mitre-attack-enterprise-v18-1', name: 'MITRE ATT&CK Enterprise v18.1' } });
  } finally {
    await db.close();
  }
});

describe('ATT&CK techniques by tactic', () => {
  test('groups the Lazarus Group techniques into labelled tactic boxes', { timeout: 300_000 }, async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?n=lazarus-group`);
    await settle(page);
    const boxes = await marked(page, 'tactic-group');
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.every((id) => id.startsWith('tactic:'))).toBe(true);
    const ids = await nodeIds(page);
    expect(ids.some((id) => id.startsWith('tactic:'))).toBe(false);
    const parents = await page.evaluate((all) => all.map((id) => [id, window.explorerTestHooks?.parentOf(id)] as const), ids);
    const techniques = parents.filter(([, parent]) => parent !== undefined);
    expect(techniques.length).toBeGreaterThan(10);
    expect(techniques.every(([, parent]) => boxes.includes(parent!))).toBe(true);
    await expect(page.locator('#status-line').textContent()).resolves.toMatch(new RegExp(`${ids.length} nodes`));
    await screenshot(page, '80-lazarus-tactics');
    expect(errors).toEqual([]);
  });
});
