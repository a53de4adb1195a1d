// The timeline under the canvas, in a real browser against the real server: dated items of the view, selection both
// ways, the time window from the URL fading or hiding what lies outside, undated elements marked, and play; and a
// chronological path in the path panel.
import { describe, expect } from 'vitest';
import { explorerTest, marked, screenshot, settle } from './browser.ts';

const test = explorerTest();
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
});
