// An analyst's claims in a real browser against the real server and Neo4j: stating a node from the canvas's menu
// (script in every text field stays text), a relationship from the details panel, editing it while another analyst
// changed it first (the 409 offers the current version), its history, retracting it (gone from the view, back with
// "Show retracted claims"), and a viewer who is offered none of it.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { newAccount, testAccounts } from '../support/accounts.ts';
import { reseed } from '../support/neo4j.ts';
import { edgeIds, explorerTest, nodeIds, screenshot, settle } from './browser.ts';

const accounts = testAccounts();
let analyst: { username: string; password: string };
let viewer: { username: string; password: string };
const test = explorerTest(async () => {
  await reseed();
  analyst = await newAccount(accounts, 'analyst');
  viewer = await newAccount(accounts, 'viewer');
});

const script = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const walletId = 'wallet-1ffmbhfnpazjkfvyi1oktjjjusn455paph';

async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync('/tmp/shots', { recursive: true });
  copyFileSync(join(resolve(import.meta.dirname, '..', '..', 'test-results', 'e2e'), `${name}.png`), join('/tmp/shots', `${name}.png`));
}

async function signInAs(page: Page, url: string, account: { username: string }): Promise<void> {
  await page.goto(`${url}/?sign-in=${await accounts.signInLink(account.username)}`);
  await page.locator('.account-name', { hasText: account.username }).waitFor();
}

describe('claims in the page', () => {
  test('states a node and a relationship, edits through a conflict, shows the history, retracts', { timeout: 300_000 }, async ({ app, page, errors }) => {
    await signInAs(page, app.url, analyst);
    await page.goto(`${app.url}/?n=bangladesh-bank-heist-2016&s=bangladesh-bank-heist-2016`);
    await settle(page);

    // The canvas's own menu, on its empty top-left corner.
    const canvas = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(canvas.x + 8, canvas.y + 8, { button: 'right' });
    await page.getByRole('menuitem', { name: 'State a node…' }).click();
    const dialog = page.locator('dialog.claim-dialog');
    await dialog.locator('select[name=kind]').selectOption('Launderer');
    await dialog.locator('input[name=name]').fill('Wallet 1FfmbHfnpaZjKFvyi1okTjJJusN455paPH');
    await dialog.locator('textarea[name=summary]').fill(`Received part of the funds. ${script}`);
    await dialog.locator('input[name=aliases]').fill(script);
    await dialog.locator('input[name=date]').fill('2016-02');
    await dialog.getByLabel('A new source').check();
    await dialog.locator('input[name=source-title]').fill(`Tracing notes ${script}`);
    await dialog.locator('input[name=source-date]').fill('2026-11');
    // No reference and no confidence yet: the dialog says what is missing, and nothing is sent.
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.locator('[role=alert]').textContent()).resolves.toMatch(/^Confidence: /);
    await dialog.locator('select[name=confidence]').selectOption('suspected');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.locator('[role=alert]').textContent()).resolves.toBe('Source: a new source needs a URL or a reference');
    await dialog.locator('input[name=source-reference]').fill('CASE-7/2026');
    await shot(page, '70-claim-state-node');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await settle(page);
    expect(await nodeIds(page)).toContain(walletId);
    const details = page.locator('#details-body');
    await expect(details.locator('.summary').textContent()).resolves.toBe(`Received part of the funds. ${script}`);
    await expect(details.textContent()).resolves.toContain(`Stated by ${analyst.username}`);

    // A relationship from the details panel, citing a source the page has seen.
    await details.getByRole('button', { name: 'Add a relationship…' }).click();
    await dialog.locator('select[name=to]').selectOption('bangladesh-bank-heist-2016');
    await dialog.locator('input[name=type]').fill('RECEIVED_FUNDS_FROM');
    await dialog.locator('textarea[name=context]').fill(`Traced by hand. ${script}`);
    await dialog.locator('select[name=source-id]').selectOption('hir-cybercrime-syndicate');
    await dialog.locator('select[name=confidence]').selectOption('alleged');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await settle(page);
    expect(await edgeIds(page)).toContain(`${walletId}~RECEIVED_FUNDS_FROM~bangladesh-bank-heist-2016`);
    // The new relationship is selected: its details show the context as the text it is.
    await details.getByText(`Traced by hand. ${script}`).waitFor();
    await expect(details.textContent()).resolves.toContain(`Stated by ${analyst.username}`);

    // Another analyst changes the node first: this page's edit gets the 409 and starts again from the current version.
    await page.goto(`${app.url}/?n=bangladesh-bank-heist-2016&x=${walletId}&s=${walletId}`);
    await settle(page);
    await details.getByRole('button', { name: 'Edit…' }).click();
    const other = await newAccount(accounts, 'analyst');
    const { token } = await accounts.createToken(other.username, 'e2e');
    const first = await fetch(`${app.url}/api/claims/${walletId}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, summary: 'Changed by a colleague.' }),
    });
    expect(first.status).toBe(200);
    await dialog.locator('select[name=confidence]').selectOption('alleged');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.locator('[role=alert]', { hasText: /changed since version 1: it is at version 2/ }).waitFor();
    await shot(page, '71-claim-edit-conflict');
    await dialog.getByRole('button', { name: 'Start from the current version' }).click();
    await expect(dialog.locator('textarea[name=summary]').inputValue()).resolves.toBe('Changed by a colleague.');
    await dialog.locator('select[name=confidence]').selectOption('alleged');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const history = details.locator('.history');
    await history.getByText('confidence: suspected → alleged').waitFor();
    await expect(history.textContent()).resolves.toContain(`${other.username} edited it`);
    await shot(page, '72-claim-history');

    // Retracted: out of the view; back, marked, with "Show retracted claims".
    await details.getByRole('button', { name: 'Retract…' }).click();
    await dialog.locator('textarea[name=reason]').fill(`Misread the transaction graph. ${script}`);
    await dialog.getByRole('button', { name: 'Retract' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await details.locator('.claim-retracted', { hasText: 'Misread the transaction graph.' }).waitFor();
    await page.goto(`${app.url}/?n=bangladesh-bank-heist-2016`);
    await settle(page);
    expect(await nodeIds(page)).not.toContain(walletId);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Show retracted claims').check();
    await settle(page);
    expect(page.url()).toContain('rt=1');
    expect(await nodeIds(page)).toContain(walletId);

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The browser logs the conflict's 409 as a failed resource; nothing else may fail.
    expect(errors).toEqual(['console: Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });

  test('offers a viewer no way to state, edit or retract', { timeout: 120_000 }, async ({ app, page }) => {
    await signInAs(page, app.url, viewer);
    await page.goto(`${app.url}/?n=bangladesh-bank-heist-2016&s=bangladesh-bank-heist-2016&rt=1&x=${walletId}`);
    await settle(page);
    await page.locator('#details-body h2').waitFor();
    await expect(page.locator('#details-body').getByRole('button', { name: 'Add a relationship…' }).count()).resolves.toBe(0);
    const canvas = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(canvas.x + 8, canvas.y + 8, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Fit to screen' }).waitFor();
    await expect(page.getByRole('menuitem', { name: 'State a node…' }).count()).resolves.toBe(0);
  });
});
