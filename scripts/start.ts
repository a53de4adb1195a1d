// npm start: build the client, find or start Neo4j, seed it when empty, and serve the explorer.
import { execFileSync } from 'node:child_process';
import { loadConfig } from '../server/config.ts';
import { applySeed } from '../server/db/seed.ts';
import { closeOnSignals, startServer } from '../server/main.ts';
import { parseCli } from './cli.ts';
import { driverFor, envOfTarget } from './neo4j/bolt.ts';
import { projectRoot } from './neo4j/paths.ts';
import { resolveNeo4j, type ResolvedNeo4j } from './neo4j/resolve.ts';
import { importShippedBundle } from './import.ts';

async function seedIfEmpty({ target }: ResolvedNeo4j, database: string): Promise<void> {
  const driver = driverFor(target);
  try {
    // Accounts alone do not make the evidence graph seeded.
    const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) > 0 AS seeded', {}, { database });
    if (records[0]?.get('seeded')) return;
    console.log('The database is empty: applying cypher/seed…');
    const report = await applySeed(driver, { database });
    console.log(`Seeded ${report.nodes} nodes and ${report.relationships} relationships from ${report.files.length} files.`);
    const attack = await importShippedBundle(target);
    console.log(
      `Imported ${attack.source.name}: ${attack.created.nodes} nodes and ${attack.created.relationships} relationships created, ${attack.merged.length} merged.`,
    );
  } finally {
    await driver.close();
  }
}

/** Finds or starts Neo4j, seeds it when empty and serves the API (and the built client, when asked to build it). */
export async function launch({ build }: { build: boolean }): Promise<void> {
  if (build) {
    console.log('Building the client…');
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
  }
  const neo4jServer = await resolveNeo4j();
  console.log(`Neo4j: ${neo4jServer.target.uri} (${neo4jServer.how})`);
  const config = loadConfig({ ...process.env, ...envOfTarget(neo4jServer.target) });
  await seedIfEmpty(neo4jServer, config.neo4j.database).catch((error: Error) => {
    console.warn(`warning: could not check or seed the database (${error.message}); starting anyway, /api/health will say why.`);
  });
  const server = await startServer(config).catch(async (error: Error) => {
    await neo4jServer.release();
    throw error;
  });
  closeOnSignals(server, () => neo4jServer.release());
  console.log(`\nExplorer ready: open ${server.url}/\n`);
  if (server.signInNote) console.log(`${server.signInNote}\n`);
}

if (import.meta.main) {
  const { values } = parseCli('usage: npm start [-- --no-build]   (--no-build serves the client built last time)', { 'no-build': { type: 'boolean' } });
  launch({ build: !values['no-build'] }).catch((error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  });
}
