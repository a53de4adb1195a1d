// Accounts, sign-in, sessions and API tokens. Passwords are hashed with argon2id; session ids, sign-in links and API
// tokens are 256-bit random secrets stored only as their SHA-256, so reading the store gives nothing to sign in with.
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AccountIdentity, AccountRole, AccountStore, AccountSummary, TokenSummary } from '../db/account-store.ts';
import { AppError } from '../errors.ts';

export type { AccountIdentity, AccountRole } from '../db/account-store.ts';

export const accountRoles: readonly AccountRole[] = ['viewer', 'analyst', 'admin'];

/** A one-time sign-in link is valid for a day: long enough to open it after the first start. */
const LINK_SECONDS = 24 * 3600;

/** Verified against when no account has the name, so that a wrong name takes as long as a wrong password. */
const decoyHash = argon2Hash(randomBytes(16).toString('base64'));

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface AccountOptions {
  sessionSeconds: number;
  /** Who the audit trail names for account changes made through this service: `cli:<os user>` from npm run user. */
  changedBy?: string;
}

export function createAccounts(store: AccountStore, { sessionSeconds, changedBy = 'server' }: AccountOptions) {
  async function startSession(account: AccountIdentity): Promise<{ account: AccountIdentity; session: string; maxAgeMs: number }> {
    const session = newSecret();
    await store.createSession(account.id, digest(session), 'session', sessionSeconds);
    return { account, session, maxAgeMs: sessionSeconds * 1000 };
  }

  return {
    /** The account a username and password sign in as, with a new session; 401 for any mismatch or a disabled account. */
    async signIn(username: string, password: string) {
      const account = await store.byUsername(username);
      const matches = await argon2Verify(account?.passwordHash ?? (await decoyHash), password).catch(() => false);
      if (!account || !matches || account.disabled) throw new AppError('UNAUTHORIZED', 'Wrong username or password, or the account is disabled');
      return startSession(account);
    },

    /** A one-time sign-in link's account, with a new session; the link is used up. */
    async signInWithLink(link: string) {
      const account = await store.consumeLink(digest(link));
      if (!account)
        throw new AppError('UNAUTHORIZED', 'This sign-in link has been used or has expired; ask an admin for a new one (npm run user -- link NAME)');
      return startSession(account);
    },

    async signOut(session: string): Promise<void> {
      await store.deleteSession(digest(session));
    },

    sessionAccount: (session: string) => store.sessionAccount(digest(session)),
    tokenAccount: (token: string) => store.tokenAccount(digest(token)),

    list: (): Promise<AccountSummary[]> => store.list(),
    listTokens: (): Promise<TokenSummary[]> => store.listTokens(),

    /** Creates an account with a new random password, which is returned once and stored only hashed. */
    async add(username: string, role: AccountRole): Promise<{ password: string }> {
      if (!/^[\w.@-]{1,100}$/.test(username)) throw new AppError('BAD_REQUEST', 'A username is 1 to 100 letters, digits and . _ @ -');
      const password = newSecret();
      await store.create({ id: randomUUID(), username, role, passwordHash: await argon2Hash(password) }, changedBy);
      return { password };
    },

    /** Gives an account a new random password and ends its sessions. */
    async resetPassword(username: string): Promise<{ password: string }> {
      const password = newSecret();
      if (!(await store.update(username, { passwordHash: await argon2Hash(password) }, changedBy))) throw unknownAccount(username);
      return { password };
    },

    async setRole(username: string, role: AccountRole): Promise<void> {
      if (!(await store.update(username, { role }, changedBy))) throw unknownAccount(username);
    },

    /** Disabling ends the account's sessions; its tokens stop working until it is enabled again. */
    async setDisabled(username: string, disabled: boolean): Promise<void> {
      if (!(await store.update(username, { disabled }, changedBy))) throw unknownAccount(username);
    },

    /** A one-time sign-in link's secret for an account, valid for a day. */
    async signInLink(username: string): Promise<string> {
      const account = await store.byUsername(username);
      if (!account) throw unknownAccount(username);
      const link = newSecret();
      await store.createSession(account.id, digest(link), 'link', LINK_SECONDS, { actor: changedBy, username });
      return link;
    },

    /** A new API token for an account: returned once, stored only hashed. */
    async createToken(username: string, name: string): Promise<{ id: string; token: string }> {
      const token = newSecret();
      const id = await store.createToken(username, { id: randomUUID(), hash: digest(token), name }, changedBy);
      if (!id) throw unknownAccount(username);
      return { id, token };
    },

    async revokeToken(id: string): Promise<void> {
      if (!(await store.revokeToken(id, changedBy))) throw new AppError('NOT_FOUND', `No API token has the id ${id}`);
    },

    /**
     * On a first start with no accounts: an admin named `admin` and a one-time sign-in link for it. Undefined when
     * accounts exist already.
     */
    async firstAdmin(): Promise<string | undefined> {
      await store.ensureSchema();
      if ((await store.count()) > 0) return undefined;
      await this.add('admin', 'admin');
      return this.signInLink('admin');
    },
  };
}

function unknownAccount(username: string): AppError {
  return new AppError('NOT_FOUND', `No account is named ${username}`);
}

export type Accounts = ReturnType<typeof createAccounts>;
