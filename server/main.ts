// Entry point: configuration from the environment, one driver, the app, and a clean shutdown.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createApp } from './app.ts';
import { consoleOffReason, isLoopback, loadConfig, type Config } from './config.ts';
import { createAccountStore } from './db/account-store.ts';
import { createDatabase, type GraphDatabase } from './db/database.ts';
import { createLogger } from './logger.ts';
import { createAccounts } from './services/accounts.ts';

/** How long requests in flight at shutdown may take to finish before their connections are cut. */
const SHUTDOWN_GRACE_MS = 2000;

export interface RunningServer {
  url: string;
  /** What to tell whoever started the server about signing in (the first admin's one-time link), if anything. */
  signInNote?: string;
  close(): Promise<void>;
}

export async function startServer(config: Config = loadConfig()): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const db = createDatabase(config);
  const app = createApp({ config, db, logger });
  const server = await listen(app, config).catch(async (error: Error) => {
    await db.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `${config.tls ? 'https' : 'http'}://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}${config.basePath}`;
  const consoleOff = consoleOffReason(config);
  if (consoleOff) logger.warn(consoleOff);
  return {
    url,
    signInNote: await firstSignIn(db, config, url),
    close: async () => {
      // The driver last: requests still running need it until their connections are cut.
      await closeHttpServer(server, SHUTDOWN_GRACE_MS);
      await db.close();
    },
  };
}

/**
 * With no accounts yet, a loopback server creates the admin account `admin` and prints a one-time sign-in link for it,
 * as Jupyter prints its token; elsewhere it says how to create one. Neo4j being down is not fatal here.
 */
async function firstSignIn(db: GraphDatabase, config: Config, url: string): Promise<string | undefined> {
  const accounts = createAccounts(createAccountStore(db), { sessionSeconds: config.sessionSeconds });
  try {
    if (!isLoopback(config.host)) {
      return (await accounts.list()).length === 0 ? 'No accounts yet: create an admin with npm run user -- add NAME --role admin' : undefined;
    }
    const link = await accounts.firstAdmin();
    return link ? `First start: sign in as admin with this one-time link (valid for a day):\n  ${url}/?sign-in=${link}` : undefined;
  } catch (error) {
    return `Could not check the accounts (${(error as Error).message}); npm run user -- add NAME --role admin creates one.`;
  }
}

/**
 * Stops accepting connections and closes idle keep-alive ones at once (they would hold `close` until they time out);
 * requests in flight get `graceMs` to finish, then every connection left is cut. Resolves when the server has closed.
 */
export async function closeHttpServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A keep-alive connection whose request finishes during the grace period turns idle and would stay open: Node does
  // not close it for a closing server. Closing idle connections every 50 ms lets `close` end as the last request does.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearInterval(idle);
  clearTimeout(cut);
}

/** HTTPS with TLS_CERT_FILE and TLS_KEY_FILE, plain HTTP otherwise. */
function createServer(app: ReturnType<typeof createApp>, config: Config): Server {
  if (!config.tls) return createHttpServer(app);
  const { certFile, keyFile } = config.tls;
  try {
    return createHttpsServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, app);
  } catch (error) {
    throw new Error(`TLS_CERT_FILE/TLS_KEY_FILE: ${certFile} and ${keyFile} are not a PEM certificate and its key (${(error as Error).message})`);
  }
}

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app, config).listen(config.port, config.host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`Port ${config.port} on ${config.host} is already in use; choose another with PORT=3001 (or stop what holds it).`));
      } else reject(error);
    });
  });
}

/** Closes the server and the driver on SIGINT/SIGTERM, then runs `after` (e.g. stopping a Neo4j it started). */
export function closeOnSignals(server: RunningServer, after: () => Promise<void> = async () => undefined): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: shutting down…`);
    await server.close();
    await after();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

if (import.meta.main) {
  try {
    const server = await startServer();
    closeOnSignals(server);
    console.log(`Explorer listening on ${server.url}/`);
    if (server.signInNote) console.log(server.signInNote);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}
