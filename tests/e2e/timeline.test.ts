// The timeline under the canvas, in a real browser against the real server: dated items of the view, selection both
// ways, the time window from the URL fading or hiding what lies outside, undated elements marked, and play.
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
});
