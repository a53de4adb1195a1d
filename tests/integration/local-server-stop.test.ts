// A runaway query inside Neo4j must not hold up `npm run db:stop` or Ctrl+C of `npm start` (both end in the registry's
// stop): one long expression never checks whether its transaction was terminated, and Neo4j's clean shutdown waited a
// minute for it. The stop ends within 10 s, leaves no JVM of the home, and the data is intact at the next start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { driverFor } from '../../scripts/neo4j/bolt.ts';
import { freePort } from '../../scripts/neo4j/local-server.ts';
import { localServerRegistry } from '../../scripts/neo4j/registry.ts';
import { jvmsOfHome, killJvmsOfHome } from '../support/local-jvms.ts';

const registry = localServerRegistry(mkdtempSync(join(tmpdir(), 'neo4j-stop-')), { name: 'test-server' });
const drivers: Driver[] = [];

afterAll(async () => {
  await Promise.all(drivers.map((driver) => driver.close().catch(() => undefined)));
  killJvmsOfHome(registry.home);
  rmSync(registry.home, { recursive: true, force: true });
});

/** Starts the server the way `npm run db:start` does (detached, recorded in the home) and connects to it. */
async function start(): Promise<Driver> {
  const { server } = await registry.start({ boltPort: await freePort(), heap: '512m', pageCache: '128m', detached: true, log: () => undefined });
  const driver = driverFor(server);
  drivers.push(driver);
  return driver;
}

async function runningQueries(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery, status WHERE status = "Running" RETURN currentQuery');
  return records.map((record) => record.get('currentQuery') as string);
}

describe('stopping a local Neo4j', () => {
  it('ends within 10 s while a runaway query runs, leaves no JVM, and keeps the data', async () => {
    const driver = await start();
    await driver.executeQuery("CREATE (:StopMarker {id: 'written-before-stop'})");
    const runaway = "RETURN reduce(s = '', i IN range(1, 50000000) | s + 'x') AS s";
    // No timeout: the query would run for minutes; its failure when the server goes is expected.
    const outcome = driver.executeQuery(runaway).then(
      () => 'finished',
      () => 'failed',
    );
    for (const end = Date.now() + 20_000; !(await runningQueries(driver)).includes(runaway); ) {
      if (Date.now() > end) throw new Error('the runaway query never showed as running');
    }
    expect(jvmsOfHome(registry.home)).toHaveLength(1);

    const started = Date.now();
    expect(await registry.stop()).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(jvmsOfHome(registry.home)).toEqual([]);
    expect(await outcome).toBe('failed');
    expect(await registry.find()).toBeUndefined();

    const restarted = await start();
    const { records } = await restarted.executeQuery('MATCH (m:StopMarker) RETURN m.id AS id');
    expect(records.map((record) => record.get('id'))).toEqual(['written-before-stop']);
    expect(await registry.stop()).toBe(true);
    expect(jvmsOfHome(registry.home)).toEqual([]);
  }, 240_000);
});
