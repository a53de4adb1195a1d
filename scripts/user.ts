// npm run user -- add|list|role|disable|enable|reset|link|token|tokens|revoke: manages the accounts of the explorer
// (server/services/accounts.ts) in the configured Neo4j. Passwords and tokens are printed once and stored only hashed.
import { userInfo } from 'node:os';
import { loadConfig } from '../server/config.ts';
import { createAccountStore } from '../server/db/account-store.ts';
import { createDatabase } from '../server/db/database.ts';
import { type AccountRole, accountRoles, createAccounts } from '../server/services/accounts.ts';
import { parseCli, usageError } from './cli.ts';
import { envOfTarget } from './neo4j/bolt.ts';
import { configuredTarget } from './neo4j/resolve.ts';

const usage = `usage: npm run user -- COMMAND [NAME] [options]
  add NAME [--role viewer|analyst|admin]   create an account (default role viewer); prints its password once
  list                                      accounts with their roles, and whether they are disabled
  role NAME --role ROLE                     change an account's role
  disable NAME | enable NAME                disabling ends its sessions and stops its API tokens
  reset NAME                                a new password (printed once); ends its sessions
  link NAME                                 a one-time sign-in link, valid for a day (--url BASE, default http://127.0.0.1:3000)
  token NAME [--name LABEL]                 a new API token for scripts (Authorization: Bearer …), printed once
  tokens                                    every API token: id, account, label, revoked
  revoke TOKEN-ID                           revoke an API token
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, or the server npm run db:start started.`;

const commands = ['add', 'list', 'role', 'disable', 'enable', 'reset', 'link', 'token', 'tokens', 'revoke'] as const;
type Command = (typeof commands)[number];

async function main(): Promise<void> {
  const { values, positionals } = parseCli(usage, { role: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' } }, { positionals: true });
  const [command, name, ...rest] = positionals;
  if (!commands.includes(command as Command)) usageError(usage, `give one of ${commands.join(', ')}`);
  const needsName = command !== 'list' && command !== 'tokens';
  if (rest.length > 0 || (needsName && !name) || (!needsName && name)) usageError(usage, needsName ? `${command} takes one NAME` : `${command} takes no NAME`);
  const role = values.role === undefined ? undefined : (values.role as AccountRole);
  if (role !== undefined && !accountRoles.includes(role)) usageError(usage, `--role must be one of ${accountRoles.join(', ')}`);
  if (command === 'role' && !role) usageError(usage, 'role needs --role');

  const resolved = await configuredTarget();
  if (!resolved) throw new Error('No Neo4j found: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run `npm run db:start` first.');
  const config = loadConfig({ ...process.env, ...envOfTarget(resolved.target) });
  const db = createDatabase(config);
  const accounts = createAccounts(createAccountStore(db), { sessionSeconds: config.sessionSeconds, changedBy: `cli:${userInfo().username}` });
  try {
    await run(accounts, command as Command, name ?? '', { role, label: values.name, url: values.url ?? `http://127.0.0.1:${config.port}` });
  } finally {
    await db.close();
  }
}

async function run(accounts: ReturnType<typeof createAccounts>, command: Command, name: string, options: { role?: AccountRole; label?: string; url: string }) {
  switch (command) {
    case 'add': {
      const { password } = await accounts.add(name, options.role ?? 'viewer');
      return console.log(`Created ${name} (${options.role ?? 'viewer'}). Password, shown only now:\n  ${password}`);
    }
    case 'list':
      for (const a of await accounts.list()) console.log(`${a.username}\t${a.role}\t${a.disabled ? 'disabled' : 'enabled'}\tcreated ${a.createdAt}`);
      return;
    case 'role':
      await accounts.setRole(name, options.role!);
      return console.log(`${name} is now ${options.role}.`);
    case 'disable':
    case 'enable':
      await accounts.setDisabled(name, command === 'disable');
      return console.log(`${name} is ${command}d.`);
    case 'reset': {
      const { password } = await accounts.resetPassword(name);
      return console.log(`New password for ${name}, shown only now (its sessions have ended):\n  ${password}`);
    }
    case 'link':
      return console.log(`One-time sign-in link for ${name}, valid for a day:\n  ${options.url}/?sign-in=${await accounts.signInLink(name)}`);
    case 'token': {
      const { id, token } = await accounts.createToken(name, options.label ?? 'script');
      return console.log(`API token ${id} for ${name}, shown only now (send Authorization: Bearer <token>):\n  ${token}`);
    }
    case 'tokens':
      for (const t of await accounts.listTokens())
        console.log(`${t.id}\t${t.username}\t${t.name}\t${t.revoked ? 'revoked' : 'active'}\tcreated ${t.createdAt}`);
      return;
    case 'revoke':
      await accounts.revokeToken(name);
      return console.log(`API token ${name} is revoked.`);
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
