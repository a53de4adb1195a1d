import type { Driver } from 'neo4j-driver';
import { driverFor } from '../../scripts/neo4j/bolt.ts';
import { afterAll, inject } from 'vitest';
import { applySeed as applySeedFiles, type SeedReport } from '../../server/db/seed.ts';

export type { SeedReport };

let driver: Driver | undefined;

/** A driver to the test run's Neo4j, closed after the file's tests. */
export function testDriver(): Driver {
  if (!driver) {
    driver = driverFor(inject('neo4j'));
    afterAll(async () => {
      await driver?.close();
      driver = undefined;
    });
  }
  return driver;
}

/** Wipes the graph and applies cypher/seed: each test file starts from the same known data. */
export function reseed(db: Driver = testDriver()): Promise<SeedReport> {
  return applySeedFiles(db, { reset: true });
}

/** Applies cypher/seed on top of what is there (for idempotency checks). */
export function applySeed(db: Driver = testDriver()): Promise<SeedReport> {
  return applySeedFiles(db);
}

/**
 * Every node's labels and properties and every relationship's type, ends and properties, and the indexes, as one
 * sorted text. The audit trail is left out: it records every import, a second one of the same bundle included.
 */
export async function graphFingerprint(db: Driver = testDriver()): Promise<string> {
  const nodes = await db.executeQuery('MATCH (n) WHERE NOT n:AuditRecord AND NOT n:AuditHead RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await db.executeQuery('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props');
  const schema = await db.executeQuery("SHOW INDEXES YIELD name WHERE NOT name STARTS WITH 'audit_' RETURN collect(name) AS names");
  const lines = [
    ...nodes.records.map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), sortKeys(r.get('props'))])),
    ...rels.records.map((r) => JSON.stringify([r.get('a'), r.get('type'), r.get('b'), sortKeys(r.get('props'))])),
    JSON.stringify([...((schema.records[0]?.get('names') as string[] | undefined) ?? [])].sort()),
  ];
  return lines.sort().join('\n');
}

function sortKeys(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value)
    .map(([key, item]): [string, unknown] => [
      key,
      typeof item === 'object' && item !== null && 'toString' in item && !Array.isArray(item) ? String(item) : item,
    ])
    .sort(([a], [b]) => a.localeCompare(b));
}
