// npm run backup -- FILE: the graph, accounts (hashes only) and the audit chain to one JSON-lines file
// (server/db/backup.ts). npm run restore -- FILE brings it back into an empty database.
import { createWriteStream, existsSync, renameSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { writeBackup } from '../server/db/backup.ts';
import { parseCli, usageError } from './cli.ts';
import { driverFor } from './neo4j/bolt.ts';
import { configuredTarget } from './neo4j/resolve.ts';

const usage = `usage: npm run backup -- FILE [--force]
  Writes the evidence graph, accounts (password and token hashes, never a secret in clear) and the audit chain to FILE
  (JSON lines). --force overwrites an existing FILE. Restore with: npm run restore -- FILE
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, or the server npm run db:start started.`;

const { values, positionals } = parseCli(usage, { force: { type: 'boolean' } }, { positionals: true });
if (positionals.length !== 1) usageError(usage, 'give one FILE');
const file = positionals[0]!;
if (existsSync(file) && !values.force) usageError(usage, `${file} exists; give --force to overwrite it`);

async function main(): Promise<void> {
  const resolved = await configuredTarget();
  if (!resolved) throw new Error('No Neo4j found: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run `npm run db:start` first.');
  const driver = driverFor(resolved.target);
  // Written beside the file and renamed at the end: a failed backup never leaves a half file under FILE's name.
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  try {
    const started = performance.now();
    const counts = await writeBackup(driver, out, process.env.NEO4J_DATABASE);
    out.end();
    await finished(out);
    renameSync(partial, file);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Backed up ${counts.nodes} nodes and ${counts.relationships} relationships from ${resolved.target.uri} to ${file} in ${seconds} s.`);
  } finally {
    out.destroy();
    await driver.close();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
