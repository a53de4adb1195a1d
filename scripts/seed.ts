// npm run seed [-- --reset]: applies cypher/seed to the configured Neo4j (NEO4J_URI, or the running local server).
import { applySeed } from '../server/db/seed.ts';
import { parseCli } from './cli.ts';
import { driverFor } from './neo4j/bolt.ts';
import { configuredTarget } from './neo4j/resolve.ts';

const { values } = parseCli('usage: npm run seed [-- --reset]   (--reset wipes the database first)', { reset: { type: 'boolean' } });

async function main(): Promise<void> {
  const resolved = await configuredTarget();
  if (!resolved) throw new Error('No Neo4j to seed: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run `npm run db:start` first.');
  const { uri } = resolved.target;
  const driver = driverFor(resolved.target);
  try {
    const report = await applySeed(driver, { reset: values.reset, database: process.env.NEO4J_DATABASE });
    console.log(`Applied ${report.files.length} files to ${uri}: ${report.nodes} nodes, ${report.relationships} relationships.`);
    console.table(report.labels);
    console.table(report.relationshipTypes);
  } finally {
    await driver.close();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
