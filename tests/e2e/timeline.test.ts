// The timeline under the canvas, in a real browser against the real server: dated items of the view, selection both
// ways, the time window from the URL fading or hiding what lies outside, undated elements marked, and play; and a
// chronological path in the path panel.
import neo4j from 'neo4j-driver';
import { describe, expect } from 'vitest';
import { testDriver, reseed } from '../support/neo4j.ts';
import { explorerTest, marked, screenshot, settle } from './browser.ts';

// Beside the seed, a crowded view: an organisation linked to 300 incidents, each dated to a month of 2010 to 2020
// (a view of 300 neighbours, `lim=300`, shows them and their 300 links: more than the timeline draws one by one).
const CROWD = 300;
const test = explorerTest(
  async () => {
    await reseed();
    await testDriver().executeQuery(
      `CREATE (hub:Entity:Organization {id: 'crowd-hub', name: 'Crowd hub'})
     WITH hub UNWIND range(0, $n - 1) AS i
     WITH hub, i, date({year: 2010 + i % 11, month: 1 + i % 12, day: 1}) AS first
     CREATE (hub)-[:TARGETED {id: 'crowd-link-' + i, sources: ['hir-cybercrime-syndicate'], confidence: 'reported',
             timeFrom: first, timeTo: first + duration('P1M') - duration('P1D'), timePrecision: 'month'}]->
            (:Entity:Incident {id: 'crowd-' + i, name: 'Crowd incident ' + i, sources: ['hir-cybercrime-syndicate'],
             timeFrom: first, timeTo: first + duration('P1M') - duration('P1D'), timePrecision: 'month'})`,
      { n: neo4j.int(CROWD) },
    );
  },
  { SUPERNODE_DEGREE: '1000' },
);
const HEIST = 'bangladesh-bank-heist-2016';
const CHARGE_2018 = `park-jin-hyok~CHARGED_WITH~${HEIST}`;

describe('timeline', () => {
  test('shows the dated elements of the view and selects both ways', async ({ app, page, errors }) => {
    await page.goto(`${app.url}?n=${HEIST}`);
    await settle(page);
    const status = await page.locator('[data-testid="timeline-status"]').textContent();
    const [, dated] = /^(\d+) dated, (\d+) undated/.exec(status ?? '') ?? [];
    expect(Number(dated)).toBeGreaterThan(2);
    await expect(page.locator('.timeline .vis-item:not(.vis-background):not(.vis-dot)').count()).resolves.toBe(Number(dated));

    // Timeline → graph.
    await page.locator('.timeline .vis-item.node', { hasText: 'Bangladesh Bank heist' }).click();
    await settle(page);
    expect(new URL(page.url()).searchParams.get('s')).toBe(HEIST);
    await expect(page.locator('#details-body h2').textContent()).resolves.toBe('Bangladesh Bank heist');

    // Graph → timeline.
    await page.goto(`${app.url}?n=${HEIST}&se=${encodeURIComponent(CHARGE_2018)}`);
    await settle(page);
    await expect(page.locator('.timeline .vis-item.vis-selected').textContent()).resolves.toContain('CHARGED_WITH');
    expect(errors).toEqual([]);
  });

  test('a window over 2016 from the URL fades what lies outside, marks undated elements, and can hide instead', async ({ app, page, errors }) => {
    await page.goto(`${app.url}?n=${HEIST}&ts=2016&tu=2016`);
    await settle(page);
    expect(await marked(page, 'time-out')).toContain(CHARGE_2018);
    expect(await marked(page, 'time-out')).not.toContain(HEIST);
    expect(await marked(page, 'undated')).toContain('bangladesh-bank');
    await expect(page.locator('[data-testid="timeline-status"]').textContent()).resolves.toContain('window 2016');
    await screenshot(page, 'timeline-window-2016');

    await page.check('#timeline-hide');
    await settle(page);
    expect(new URL(page.url()).searchParams.get('th')).toBe('1');
    expect(await marked(page, 'time-hidden')).toContain(CHARGE_2018);
    expect(await marked(page, 'time-out')).toEqual([]);

    await page.click('#timeline-clear');
    await settle(page);
    expect(new URL(page.url()).searchParams.get('ts')).toBeNull();
    expect(await marked(page, 'time-hidden')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('play steps the window through the years of the view, and a malformed window in the URL is ignored', async ({ app, page, errors }) => {
    for (const window of ['ts=2016-13', 'ts=2017&tu=2015']) {
      await page.goto(`${app.url}?n=${HEIST}&${window}`);
      await settle(page);
      expect(await marked(page, 'time-out'), window).toEqual([]);
    }
    await page.click('#timeline-play');
    await expect.poll(() => new URL(page.url()).searchParams.get('ts'), { timeout: 10_000 }).toMatch(/^\d{4}$/);
    const first = Number(new URL(page.url()).searchParams.get('ts'));
    await expect.poll(() => Number(new URL(page.url()).searchParams.get('ts')), { timeout: 10_000 }).toBeGreaterThan(first);
    await page.click('#timeline-play');
    await expect(page.locator('#timeline-play').textContent()).resolves.toContain('Play');
    expect(errors).toEqual([]);
  });

  test('a chronological path goes round the shortest one, which runs backwards in time, and gives each hop its date', async ({ app, page, errors }) => {
    // Sony Pictures (2014) to the 2013 wiper attack: the shortest way is through Lazarus Group, 2014 then 2013.
    const route = 'pf=sony-pictures-hack-2014&pt=south-korea-wiper-attack-2013&ph=4';
    await page.goto(`${app.url}?n=sony-pictures-hack-2014&${route}`);
    await settle(page);
    await page.click('#tab-paths');
    await expect(page.locator('[data-testid="path-sentence"]').first().textContent()).resolves.toBe(
      'Sony Pictures hack ←CONDUCTED (2014)— Lazarus Group —CONDUCTED (2013)→ 2013 wiper attack on the South Korean financial system',
    );
    await page.selectOption('#path-order', 'chronological');
    await page.click('#panel-paths button[type="submit"]');
    await settle(page);
    expect(new URL(page.url()).searchParams.get('po')).toBe('chronological');
    const sentences = await page.locator('[data-testid="path-sentence"]').allTextContents();
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(/^Sony Pictures hack .* Lazarus Group —CONDUCTED \(2013\)→ 2013 wiper attack on the South Korean financial system$/);
    expect(sentences[0]).not.toContain('(2014)');
    await expect(page.locator('#panel-paths .path-meta').first().textContent()).resolves.toBe('Path 1 · 4 hops · 3 undated hops, not checked against time');
    await screenshot(page, 'path-chronological');
    expect(errors).toEqual([]);
  });

  test('a crowded view draws overlapping items as clusters, and the item selected in the graph is never inside one', async ({ app, page, errors }) => {
    await page.goto(`${app.url}?n=crowd-hub&lim=300`);
    await settle(page);
    const status = await page.locator('[data-testid="timeline-status"]').textContent();
    const dated = Number(/^(\d+) dated/.exec(status ?? '')?.[1]);
    expect(dated).toBeGreaterThan(500);
    const clusters = await page.locator('.timeline .vis-item.vis-cluster').count();
    expect(clusters).toBeGreaterThan(0);
    expect(await page.locator('.timeline .vis-item:not(.vis-background)').count()).toBeLessThan(dated / 4);

    await page.goto(`${app.url}?n=crowd-hub&lim=300&s=crowd-7`);
    await settle(page);
    await expect(page.locator('.timeline .vis-item.vis-selected').textContent()).resolves.toBe('Crowd incident 7');
    await screenshot(page, 'timeline-crowded');
    expect(errors).toEqual([]);
  });
});
