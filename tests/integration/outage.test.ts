// Neo4j stops under a running server and comes back: the API answers 503 quickly meanwhile and recovers by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { driverFor } from '../../scripts/neo4j/bolt.ts';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDatabase } from '../../server/db/database.ts';
import { applySeed } from '../../server/db/seed.ts';
import { createLogger } from '../../server/logger.ts';
import { freePort } from '../../scripts/neo4j/local-server.ts';
import { localServerRegistry, type RegisteredServer } from '../../scripts/neo4j/registry.ts';

const registry = localServerRegistry(mkdtempSync(join(tmpdir(), 'neo4j-outage-')), { name: 'test-server' });

async function start(port: number): Promise<RegisteredServer> {
  const started = await registry.start({ boltPort: port, heap: '512m', pageCache: '128m', detached: false, log: () => undefined });
  return started.server;
}

afterAll(async () => {
  await registry.stop();
  rmSync(registry.home, { recursive: true, force: true });
});

describe('Neo4j outage', () => {
  it('answers 503 DATABASE_UNAVAILABLE within 2 s while Neo4j is down, and recovers without a restart', async () => {
    const port = await freePort();
    const { uri } = await start(port);
    const seeder = driverFor({ uri });
    await applySeed(seeder);
    await seeder.close();

    const config = loadConfig({ NEO4J_URI: uri, LOG_LEVEL: 'silent' });
    const db = createDatabase(config);
    const app = createApp({ config, db, logger: createLogger('silent') });
    expect((await request(app).get('/api/nodes/lazarus-group')).status).toBe(200);

    await registry.stop();
    for (const path of ['/api/nodes/lazarus-group', '/api/search?q=lazarus', '/api/nodes/lazarus-group/neighbourhood', '/api/schema']) {
      const started = Date.now();
      const res = await request(app).get(path);
      expect(Date.now() - started, path).toBeLessThan(2000);
      expect(res.status, path).toBe(503);
      expect(res.body.error.code).toBe('DATABASE_UNAVAILABLE');
    }
    const cypher = await request(app).post('/api/cypher').send({ query: 'MATCH (n) RETURN count(n)' });
    expect(cypher.status).toBe(503);
    expect((await request(app).get('/api/ready')).status).toBe(503);
    const health = await request(app).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.neo4j).toMatchObject({ connected: false });
    expect(health.body.neo4j.reason).toMatch(/not reachable/);

    await start(port);
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await request(app).get('/api/nodes/lazarus-group')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect((await request(app).get('/api/ready')).status).toBe(200);
    await db.close();
  }, 180_000);
});
