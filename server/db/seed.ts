// Applies the numbered scripts in cypher/seed, each file in one transaction, and reports what the graph holds.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { splitStatements } from './statements.ts';

export const seedDir = resolve(import.meta.dirname, '..', '..', 'cypher', 'seed');

export interface SeedReport {
  files: string[];
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export interface SeedOptions {
  database?: string;
  dir?: string;
  /** Wipe every node and relationship first (the schema stays). */
  reset?: boolean;
}

class SeedError extends Error {}

/** The seed script that derives comparable time spans from date text; an import runs it again after writing. */
export const timeSpanStatements = splitStatements(readFileSync(join(seedDir, '18_time_spans.cypher'), 'utf8')).map((statement) => statement.text);

function seedFiles(dir = seedDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => join(dir, name));
}

export async function applySeed(driver: Driver, options: SeedOptions = {}): Promise<SeedReport> {
  const files = seedFiles(options.dir);
  if (options.reset) await wipe(driver, options.database);
  for (const file of files) await applyFile(driver, file, options.database);
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: options.database });
  return { files: files.map((file) => relative(process.cwd(), file)), ...(await countGraph(driver, options.database)) };
}

async function applyFile(driver: Driver, file: string, database?: string): Promise<void> {
  const statements = splitStatements(readFileSync(file, 'utf8'));
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) {
        try {
          await tx.run(statement.text);
        } catch (error) {
          throw new SeedError(`${relative(process.cwd(), file)}:${statement.line}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    });
  } finally {
    await session.close();
  }
}

export async function wipe(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Batches keep a large synthetic graph within one transaction's memory limit.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function countGraph(driver: Driver, database?: string): Promise<Omit<SeedReport, 'files'>> {
  const labels = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label', {}, { database });
  const types = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type', {}, { database });
  const totals = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database },
  );
  return {
    nodes: Number(totals.records[0]?.get('nodes')),
    relationships: Number(totals.records[0]?.get('relationships')),
    labels: Object.fromEntries(labels.records.map((r) => [r.get('label') as string, Number(r.get('count'))])),
    relationshipTypes: Object.fromEntries(types.records.map((r) => [r.get('type') as string, Number(r.get('count'))])),
  };
}
