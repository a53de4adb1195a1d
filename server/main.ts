// Entry point: configuration from the environment, one driver, the app, and a clean shutdown.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { createDatabase } from './db/database.ts';
import { createLogger } from './logger.ts';

/** How long requests in flight at shutdown may take to finish before their connections are cut. */
const SHUTDOWN_GRACE_MS = 2000;

export interface RunningServer {
  url: string;
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
  return {
    url,
    close: async () => {
      // The driver last: requests still running need it until their connections are cut.
      await closeHttpServer(server, SHUTDOWN_GRACE_MS);
      await db.close();
    },
  };
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
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}
