import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, inject } from 'vitest';
import type { Express } from 'express';
import { envOfTarget } from '../../scripts/neo4j/bolt.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { createDatabase } from '../../server/db/database.ts';
import { createLogger } from '../../server/logger.ts';
import type { RunningServer } from '../../server/main.ts';
import { testClientDir } from './test-client.ts';

/** Configuration for the test run's Neo4j; `env` overrides any variable (API_TOKEN, CONSOLE_ROW_LIMIT…). */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    ...envOfTarget(inject('neo4j')),
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
}

/** The Express app on the test Neo4j, for supertest; its driver closes after the file's tests. */
export function testApp(env: Record<string, string> = {}): Express {
  const config = testConfig(env);
  const db = createDatabase(config);
  afterAll(() => db.close());
  return createApp({ config, db, logger: createLogger('silent') });
}

/**
 * The real server on a free port with the test build of the client (dist/client-test), for browser tests. As
 * server/main.ts's startServer, which always serves the production build (dist/client).
 */
export async function startTestApp(env: Record<string, string> = {}, staticDir = testClientDir): Promise<RunningServer> {
  const config = testConfig(env);
  const db = createDatabase(config);
  const server = createApp({ config, db, logger: createLogger('silent'), staticDir }).listen(config.port, config.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    close: async () => {
      // The browser's keep-alive connections would hold `close` open: cut them (a test may restart on the same port).
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await db.close();
    },
  };
}
