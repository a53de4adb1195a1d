import { afterAll, inject } from 'vitest';
import type { Express } from 'express';
import { envOfTarget } from '../../scripts/neo4j/bolt.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { createDatabase } from '../../server/db/database.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer } from '../../server/main.ts';

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

/** The real server with the built client (dist/client) on a free port, for browser tests. */
export async function startTestApp(env: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  return startServer(testConfig(env));
}
