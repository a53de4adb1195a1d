// Accounts for tests, made through the same service as npm run user, in the test run's Neo4j; and the headers a
// browser on this site would send with a session.
import { afterAll } from 'vitest';
import type { AccountRole } from '../../server/services/accounts.ts';
import { createAccountStore } from '../../server/db/account-store.ts';
import { createDatabase } from '../../server/db/database.ts';
import { createAccounts } from '../../server/services/accounts.ts';
import { testConfig } from './app.ts';

/** The Host the tests send, and the Origin of this site's own pages. */
export const siteHost = 'explorer.test';
export const siteOrigin = `http://${siteHost}`;

/** The account service on the test Neo4j; its driver closes after the file's tests. */
export function testAccounts() {
  const config = testConfig();
  const db = createDatabase(config);
  afterAll(() => db.close());
  return createAccounts(createAccountStore(db), { sessionSeconds: config.sessionSeconds });
}

/** A new account with a name unique to this run, and its password. */
export async function newAccount(accounts: ReturnType<typeof testAccounts>, role: AccountRole) {
  const username = `${role}-${Math.random().toString(36).slice(2, 10)}`;
  const { password } = await accounts.add(username, role);
  return { username, password };
}

/** The session cookie of a new session for this account, as `Cookie` header text. */
export async function sessionCookieOf(accounts: ReturnType<typeof testAccounts>, { username, password }: { username: string; password: string }) {
  const { session } = await accounts.signIn(username, password);
  return `explorer_session=${session}`;
}
