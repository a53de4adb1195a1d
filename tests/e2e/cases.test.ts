// A case file's whole loop in a real browser against the real server and Neo4j: an analyst opens a case, saves two
// views, writes a note (Markdown shown, script kept as text, an entity link that opens the node), records a
// three-step walkthrough from the canvas, plays it like a built-in one, opens the brief and exports the case as STIX
// (valid against OASIS's schemas). A member's link opens a saved view; a deleted view's link says so; an analyst who
// is not a member is told the case is not there for them.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { newAccount, testAccounts } from '../support/accounts.ts';
import { reseed } from '../support/neo4j.ts';
import { stixValidator } from '../support/stix-schemas.ts';
import { newContext, nodeIds, openPage, pick, screenshot, settle } from './browser.ts';
import { explorerTest } from './browser.ts';

const accounts = testAccounts();
let owner: { username: string };
let outsider: { username: string };
const test = explorerTest(async () => {
  await reseed();
  owner = await newAccount(accounts, 'analyst');
  outsider = await newAccount(accounts, 'analyst');
});

const script = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

async function signInAs(page: Page, url: string, account: { username: string }): Promise<void> {
  await page.goto(`${url}/?sign-in=${await accounts.signInLink(account.username)}`);
  await page.locator('.account-name', { hasText: account.username }).waitFor();
}

/** Searches and focuses a node without leaving the page (the Cases tab keeps its case). */
async function focusOn(page: Page, text: string, option: string): Promise<void> {
  await pick(page, '#search', text, option);
  await settle(page);
}

async function recordStep(page: Page, title: string, narrative: string): Promise<void> {
  const steps = await page.locator('.case-step').count();
  await page.getByLabel('Step title', { exact: true }).fill(title);
  await page.getByLabel('Step narrative', { exact: true }).fill(narrative);
  await page.getByRole('button', { name: 'Record step' }).click();
  await expect.poll(() => page.locator('.case-step').count()).toBe(steps + 1);
}

describe('a case, from opening it to handing it over', () => {
  test('saves views, writes a note, records and plays a walkthrough, opens the brief, exports STIX', { timeout: 300_000 }, async ({
    app,
    page,
    errors,
    browser,
  }) => {
    await signInAs(page, app.url, owner);
    await page.goto(`${app.url}/?n=bangladesh-bank-heist-2016`);
    await settle(page);

    await page.getByRole('tab', { name: 'Cases' }).click();
    await expect.poll(() => page.locator('#cases-body').textContent()).toMatch(/not a member of any case yet/);
    await page.getByLabel('Title of the new case').fill('The Bangladesh Bank heist');
    await page.getByLabel('Summary of the new case').fill('How the February 2016 heist was done and where the money went.');
    await page.getByRole('button', { name: 'Open case' }).click();
    const caseId = (await page.locator('.case-title').getAttribute('data-case'))!;
    expect(caseId).toMatch(/^case-[a-z0-9]{12}$/);

    // Two saved views, each with a thumbnail.
    await page.getByLabel('Title of the view to save').fill('The heist');
    await page.getByRole('button', { name: 'Save this view' }).click();
    await expect.poll(() => page.locator('.case-view').count()).toBe(1);
    await focusOn(page, 'Lazarus', 'Lazarus Group');
    await page.getByLabel('Title of the view to save').fill('The group');
    await page.getByRole('button', { name: 'Save this view' }).click();
    await expect.poll(() => page.locator('.case-view').count()).toBe(2);
    await expect(page.locator('.case-view img').first().getAttribute('src')).resolves.toMatch(/^data:image\/jpeg;base64,/);

    // A note: Markdown rendered, script shown as the text it is, an entity link that opens the node.
    await page.getByLabel('Note (Markdown)').fill(`Most of the billion was **stopped**. ${script} See [[bangladesh-bank|the bank]].`);
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.locator('.case-note').first();
    await note.waitFor();
    await expect(note.locator('strong').textContent()).resolves.toBe('stopped');
    await expect(note.locator('.note-body').textContent()).resolves.toContain('<script>window.__xss=2</script>');
    await expect(note.locator('.note-body img, .note-body script').count()).resolves.toBe(0);
    await note.getByRole('link', { name: 'the bank' }).click();
    await settle(page);
    expect(new URL(page.url()).searchParams.get('n')).toBe('bangladesh-bank');

    // Three steps, each recorded from what the canvas shows.
    await focusOn(page, 'Lazarus', 'Lazarus Group');
    await recordStep(page, 'The group', 'The Lazarus Group, as the sources describe it.');
    await focusOn(page, 'Bangladesh Bank heist', 'Bangladesh Bank heist');
    await recordStep(page, 'The heist', 'In February 2016 the group sent almost US$1 billion out of the Bangladesh Bank.');
    await focusOn(page, 'Manila', 'Manila casino industry');
    await recordStep(page, 'The casinos', 'The transfers were routed to Manila’s casino industry.');
    await screenshot(page, '80-case-page');

    // Played like a built-in walkthrough: the stepper, and a deep link per step.
    await page.getByRole('button', { name: 'Play the walkthrough' }).click();
    await settle(page);
    await expect(page.locator('.walk-step-title').textContent()).resolves.toBe('Step 1 of 3: The group');
    expect(await nodeIds(page)).toContain('lazarus-group');
    await page.getByRole('button', { name: 'Next →' }).click();
    await settle(page);
    await expect(page.locator('.walk-step-title').textContent()).resolves.toBe('Step 2 of 3: The heist');
    const stepLink = new URL(page.url());
    expect(stepLink.searchParams.get('w')).toBe(`case:${caseId}`);
    expect(stepLink.searchParams.get('ws')).toBe('1');
    expect(await nodeIds(page)).toContain('bangladesh-bank-heist-2016');
    await screenshot(page, '81-case-walkthrough-playing');
    await page.goto(stepLink.toString());
    await settle(page);
    await expect(page.locator('.walk-step-title').textContent()).resolves.toBe('Step 2 of 3: The heist');

    // The brief, a page of its own: each step's picture, narrative and claims, the note, the bibliography.
    await page.goto(`${app.url}/?case=${caseId}`);
    const briefLink = page.getByRole('link', { name: 'Open the brief' });
    await expect(briefLink.getAttribute('href')).resolves.toBe(`/brief.html?case=${caseId}`);
    await page.goto(`${app.url}/brief.html?case=${caseId}`);
    await page.locator('.brief-sources').waitFor();
    await expect(page.locator('.brief-step').count()).resolves.toBe(3);
    await expect(page.locator('.brief-step img').count()).resolves.toBe(3);
    await expect(page.locator('.brief-claims').first().textContent()).resolves.toMatch(/Lazarus Group — /);
    await expect(page.locator('.brief-notes').textContent()).resolves.toContain('<script>');
    await expect(page.locator('.brief-sources li').first().textContent()).resolves.toMatch(/\S/);
    await screenshot(page, '82-case-brief');

    // STIX: a report with its note, every object valid against the OASIS schemas.
    const bundle = await page.evaluate(async (id) => (await fetch(`/api/cases/${id}/stix`, { credentials: 'same-origin' })).json(), caseId);
    const validate = stixValidator();
    const objects = (bundle as { objects: { type: string; id: string }[] }).objects;
    expect(objects.flatMap((object) => validate(object))).toEqual([]);
    expect(objects.filter((object) => object.type === 'report')).toHaveLength(1);
    expect(objects.filter((object) => object.type === 'note')).toHaveLength(1);

    // A saved view's link opens that view; once deleted, its link says so.
    await page.goto(`${app.url}/?case=${caseId}`);
    await page.locator('.case-view').first().waitFor();
    const viewId = await page.locator('.case-view-open').first().getAttribute('data-view');
    await page.goto(`${app.url}/?case=${caseId}&cv=${viewId}`);
    await settle(page);
    expect(new URL(page.url()).searchParams.get('n')).toBe('bangladesh-bank-heist-2016');
    await page.locator('.case-view').first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.case-view').count()).toBe(1);
    await page.goto(`${app.url}/?case=${caseId}&cv=${viewId}`);
    await expect
      .poll(() => page.locator('#cases-body').textContent())
      .toMatch(/The saved view '[^']+' is not in this case: it was deleted, or the link is wrong/);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);

    // Someone who is not a member is told the case is not there for them.
    const otherErrors: string[] = [];
    const other = await openPage(await newContext(browser), otherErrors);
    await signInAs(other, app.url, outsider);
    await other.goto(`${app.url}/?case=${caseId}`);
    await expect.poll(() => other.locator('#cases-body').textContent()).toMatch(/does not exist, or you are not one of its members/);
    await other.goto(`${app.url}/brief.html?case=${caseId}`);
    await expect.poll(() => other.locator('.brief').textContent()).toMatch(/does not exist, or you are not one of its members/);
    await other.context().close();
  });
});
