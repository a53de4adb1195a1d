import { afterAll, inject } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { createDatabase } from '../../server/db/database.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer } from '../../server/main.ts';
import { createStixStore } from '../../server/db/stix-store.ts';
import { importBundle } from '../../server/services/stix-import.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Imports the ATT&CK bundle the product ships (data/attack), as `npm start` does after the seed. */
export async function importShippedAttack(): Promise<void> {
  const dir = join(import.meta.dirname, '..', '..', 'data', 'attack');
  const db = createDatabase(testConfig());
  try {
    const source = JSON.parse(readFileSync(join(dir, 'attack-dprk.source.json'), 'utf8')) as { id: string; name: string; publisher: string };
    await importBundle(createStixStore(db), JSON.parse(readFileSync(join(dir, 'attack-dprk.json'), 'utf8')), { source });
  } finally {
    await db.close();
  }
}

/** Configuration for the test run's Neo4j; `env` overrides any variable (API_TOKEN, CONSOLE_ROW_LIMIT…). */
export function testConfig(env: Record<string, string> = {}): Config {
  const neo4j = inject('neo4j');
  return loadConfig({
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user ?? 'neo4j',
    ...(neo4j.password ? { NEO4J_PASSWORD: neo4j.password } : {}),
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
