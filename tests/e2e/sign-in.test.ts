// Signing in through the page on a server where reading needs a session (HOST=0.0.0.0): the dialog opens by itself,
// a wrong password gets a readable message, the right one signs in, signing out returns to the dialog, and the
// one-time link printed on a first start signs in without a password. The timeout covers starting the file's fixtures
// (Neo4j seed, server, Chromium), which count against the first test.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { newAccount, testAccounts } from '../support/accounts.ts';
import { reseed } from '../support/neo4j.ts';
import { explorerTest, screenshot, settle } from './browser.ts';

const accounts = testAccounts();
let analyst: { username: string; password: string };
const test = explorerTest(
  async () => {
    await reseed();
    analyst = await newAccount(accounts, 'analyst');
  },
  { HOST: '0.0.0.0' },
);

/** Keeps a copy of the screenshot where the report points (/tmp/shots). */
async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync('/tmp/shots', { recursive: true });
  copyFileSync(join(resolve(import.meta.dirname, '..', '..', 'test-results', 'e2e'), `${name}.png`), join('/tmp/shots', `${name}.png`));
}

describe('signing in through the page', () => {
  test('asks for an account, explains a wrong password, signs in and out', { timeout: 300_000 }, async ({ app, page }) => {
    await page.goto(app.url);
    const dialog = page.locator('dialog.sign-in-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect(dialog.locator('[role="alert"]').textContent()).resolves.toBe('Reading this server needs an account: sign in.');
    await shot(page, '60-sign-in-dialog');

    await dialog.getByLabel('Username').fill(analyst.username);
    await dialog.getByLabel('Password').fill('not-the-password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[role="alert"]', { hasText: 'Wrong username or password' }).waitFor();
    await shot(page, '61-sign-in-wrong-password');

    await dialog.getByLabel('Password').fill(analyst.password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.account-name', { hasText: `${analyst.username} · analyst` }).waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'explorer_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await page.goto(`${app.url}/?n=lazarus-group&s=lazarus-group`);
    await settle(page);
    await expect(page.locator('#panel-details').textContent()).resolves.toContain('Lazarus');
    await shot(page, '62-signed-in');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await dialog.waitFor({ state: 'visible' });
    expect((await page.context().cookies()).find((c) => c.name === 'explorer_session')).toBeUndefined();
  });

  test('a one-time sign-in link signs in once and leaves the address bar', { timeout: 300_000 }, async ({ app, page }) => {
    const link = await accounts.signInLink(analyst.username);
    await page.goto(`${app.url}/?sign-in=${link}`);
    await page.locator('.account-name', { hasText: analyst.username }).waitFor();
    expect(page.url()).not.toContain('sign-in=');
    // Signing out reloads the page; the next navigation waits for that reload, or the reload would abort it.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out' }).click()]);
    await page.goto(`${app.url}/?sign-in=${link}`);
    await page.locator('[role="alert"]', { hasText: 'used or has expired' }).waitFor();
    await shot(page, '63-sign-in-link-used');
  });
});
