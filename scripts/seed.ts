// npm run seed [-- --reset]: applies cypher/seed to the configured Neo4j (NEO4J_URI, or the running local server).
import neo4j from 'neo4j-driver';
import { applySeed } from '../server/db/seed.ts';
import { configuredTarget } from './neo4j/resolve.ts';

async function main(): Promise<void> {
  const resolved = await configuredTarget();
  if (!resolved) throw new Error('No Neo4j to seed: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run `npm run db:start` first.');
  const { uri, user, password } = resolved.target;
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined);
  try {
    const report = await applySeed(driver, { reset: process.argv.includes('--reset'), database: process.env.NEO4J_DATABASE });
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
