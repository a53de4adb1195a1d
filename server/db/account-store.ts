// The account store: accounts, sessions, one-time sign-in links and API tokens, in Neo4j beside the evidence graph but
// apart from it. Their labels (Account, AccountSession, AccountToken) are never :Entity, and they link to accounts by
// id property rather than by relationship, so no query of the explorer reaches them. Secrets arrive here hashed.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from './database.ts';
import { AppError } from '../errors.ts';
import { cypher, type QueryName } from './queries.ts';
import { type AuditEntry, auditTrail, ensureAuditSchema } from './audit-store.ts';
import { ensureStatements } from './schema.ts';

export type AccountRole = 'viewer' | 'analyst' | 'admin';

/** Who a session or a token belongs to. */
export interface AccountIdentity {
  id: string;
  username: string;
  role: AccountRole;
}

export interface StoredAccount extends AccountIdentity {
  disabled: boolean;
  passwordHash: string;
}

export interface AccountSummary extends AccountIdentity {
  disabled: boolean;
  createdAt: string;
}

export interface TokenSummary {
  id: string;
  username: string;
  name: string;
  revoked: boolean;
  createdAt: string;
}

/** Labels of the account store: the console refuses queries that name them and answers that contain them. */
export const accountLabels = ['Account', 'AccountSession', 'AccountToken'] as const;

/** Properties holding a password hash or a secret's SHA-256. */
export const secretProperties = ['passwordHash', 'secretHash'] as const;

export const accountConstraints = [
  'CREATE CONSTRAINT account_username IF NOT EXISTS FOR (a:Account) REQUIRE a.username IS UNIQUE',
  'CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT account_session_hash IF NOT EXISTS FOR (s:AccountSession) REQUIRE s.secretHash IS UNIQUE',
  'CREATE CONSTRAINT account_token_hash IF NOT EXISTS FOR (t:AccountToken) REQUIRE t.secretHash IS UNIQUE',
  'CREATE CONSTRAINT account_token_id IF NOT EXISTS FOR (t:AccountToken) REQUIRE t.id IS UNIQUE',
];

const WRITE_TIMEOUT_MS = 5000;

type Row = { get(key: string): unknown };

export function createAccountStore(db: GraphDatabase) {
  /** The constraints, created before the first write. */
  const ensureSchema = () => ensureStatements(db, accountConstraints);

  /** One statement, and the audit record of the change it made (none when it changed nothing), in one transaction. */
  async function write(name: QueryName, params: Record<string, unknown>, audit?: (row: Row | undefined) => AuditEntry | undefined) {
    await Promise.all([ensureSchema(), audit ? ensureAuditSchema(db) : undefined]);
    return db.writeTransaction(
      async (tx) => {
        const append = audit ? auditTrail(tx) : undefined;
        const result = await tx.run(cypher(name), params);
        const entry = audit?.(result.records[0]);
        if (entry) await append?.(entry);
        return result;
      },
      { timeoutMs: WRITE_TIMEOUT_MS },
    );
  }
  /** An account change as the audit trail records it (never a secret or its hash). */
  const change = (actor: string, action: string, entity: string, before: unknown, after: unknown): AuditEntry => ({
    action: `account.${action}`,
    actor,
    entity,
    before,
    after,
    request: null,
  });

  const identity = (record: { get(key: string): unknown }): AccountIdentity => ({
    id: record.get('id') as string,
    username: record.get('username') as string,
    role: record.get('role') as AccountRole,
  });

  return {
    ensureSchema,

    async count(): Promise<number> {
      const { records } = await db.read(cypher('account-count'));
      return Number(records[0]?.get('count') ?? 0);
    },

    async create(account: { id: string; username: string; role: AccountRole; passwordHash: string }, actor: string): Promise<void> {
      try {
        await write('account-create', account, () => change(actor, 'create', account.username, null, { username: account.username, role: account.role }));
      } catch (error) {
        if (/already exists/i.test((error as Error).message) || (error as { code?: string }).code?.includes('ConstraintValidation')) {
          throw new AppError('BAD_REQUEST', `An account named ${account.username} already exists`);
        }
        throw error;
      }
    },

    async byUsername(username: string): Promise<StoredAccount | undefined> {
      const { records } = await db.read(cypher('account-by-username'), { username });
      const record = records[0];
      if (!record) return undefined;
      return { ...identity(record), disabled: record.get('disabled') === true, passwordHash: record.get('passwordHash') as string };
    },

    async list(): Promise<AccountSummary[]> {
      const { records } = await db.read(cypher('account-list'));
      return records.map((r) => ({ ...identity(r), disabled: r.get('disabled') === true, createdAt: r.get('createdAt') as string }));
    },

    /** Changes role, disabled or password hash (undefined: unchanged); false when no account has that name. */
    async update(username: string, fields: { role?: AccountRole; disabled?: boolean; passwordHash?: string }, actor: string): Promise<boolean> {
      const params = { username, role: fields.role ?? null, disabled: fields.disabled ?? null, passwordHash: fields.passwordHash ?? null };
      const action = fields.passwordHash ? 'reset' : fields.role ? 'role' : fields.disabled ? 'disable' : 'enable';
      const { records } = await write('account-update', params, (row) =>
        row
          ? change(
              actor,
              action,
              username,
              { role: row.get('roleBefore'), disabled: row.get('disabledBefore') },
              { role: row.get('role'), disabled: row.get('disabled'), ...(fields.passwordHash ? { password: 'reset' } : {}) },
            )
          : undefined,
      );
      return records.length > 0;
    },

    /** A session, or a one-time sign-in link: a credential issued by `issuedBy`, which the audit trail records. */
    async createSession(
      accountId: string,
      hash: string,
      kind: 'session' | 'link',
      seconds: number,
      issuedBy?: { actor: string; username: string },
    ): Promise<void> {
      await write('account-session-create', { accountId, hash, kind, seconds: neo4j.int(seconds) }, () =>
        issuedBy ? change(issuedBy.actor, 'link', issuedBy.username, null, { link: 'issued', validSeconds: seconds }) : undefined,
      );
    },

    async sessionAccount(hash: string): Promise<AccountIdentity | undefined> {
      const { records } = await db.read(cypher('account-session-identify'), { hash });
      return records[0] ? identity(records[0]) : undefined;
    },

    async deleteSession(hash: string): Promise<void> {
      await write('account-session-delete', { hash });
    },

    async consumeLink(hash: string): Promise<AccountIdentity | undefined> {
      const { records } = await write('account-link-consume', { hash });
      return records[0] ? identity(records[0]) : undefined;
    },

    /** The new token's id, or undefined when no account has that name. */
    async createToken(username: string, token: { id: string; hash: string; name: string }, actor: string): Promise<string | undefined> {
      const { records } = await write('account-token-create', { username, ...token }, (row) =>
        row ? change(actor, 'token.create', username, null, { token: token.id, name: token.name }) : undefined,
      );
      return records[0]?.get('id') as string | undefined;
    },

    async tokenAccount(hash: string): Promise<AccountIdentity | undefined> {
      const { records } = await db.read(cypher('account-token-identify'), { hash });
      return records[0] ? identity(records[0]) : undefined;
    },

    async revokeToken(id: string, actor: string): Promise<boolean> {
      const { records } = await write('account-token-revoke', { id }, (row) =>
        row ? change(actor, 'token.revoke', row.get('username') as string, { token: id, revoked: false }, { token: id, revoked: true }) : undefined,
      );
      return records.length > 0;
    },

    async listTokens(): Promise<TokenSummary[]> {
      const { records } = await db.read(cypher('account-token-list'));
      return records.map((r) => ({
        id: r.get('id') as string,
        username: r.get('username') as string,
        name: r.get('name') as string,
        revoked: r.get('revoked') === true,
        createdAt: r.get('createdAt') as string,
      }));
    },
  };
}

export type AccountStore = ReturnType<typeof createAccountStore>;
