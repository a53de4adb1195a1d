// npm run restore -- FILE: a backup (npm run backup) into an empty database, checked whole before anything is
// written; the audit chain is verified after.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadConfig } from '../server/config.ts';
import { createAuditStore } from '../server/db/audit-store.ts';
import { restoreBackup } from '../server/db/backup.ts';
import { createDatabase } from '../server/db/database.ts';
import { createAudit } from '../server/services/audit.ts';
import { parseCli, usageError } from './cli.ts';
import { driverFor, envOfTarget } from './neo4j/bolt.ts';
import { configuredTarget } from './neo4j/resolve.ts';

const usage = `usage: npm run restore -- FILE
  Restores a backup written by npm run backup into an empty database, then verifies the audit chain.
  The whole file is checked first; a file cut short or edited is refused with nothing written.
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, or the server npm run db:start started.`;

const { positionals } = parseCli(usage, {}, { positionals: true });
if (positionals.length !== 1) usageError(usage, 'give one FILE');
const file = positionals[0]!;
if (!existsSync(file)) usageError(usage, `${file} does not exist`);

const lines = () => createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });

async function main(): Promise<void> {
  const resolved = await configuredTarget();
  if (!resolved) throw new Error('No Neo4j found: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run `npm run db:start` first.');
  const driver = driverFor(resolved.target);
  const db = createDatabase(loadConfig({ ...process.env, ...envOfTarget(resolved.target) }));
  try {
    const started = performance.now();
    const counts = await restoreBackup(driver, lines, process.env.NEO4J_DATABASE);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Restored ${counts.nodes} nodes and ${counts.relationships} relationships from ${file} in ${seconds} s.`);
    const verified = await createAudit(createAuditStore(db)).verify();
    if (!verified.ok) throw new Error(`the restored audit chain does not verify: ${verified.problem}`);
    console.log(`Audit chain verified: ${verified.records} records, head ${verified.headHash}.`);
  } finally {
    await Promise.all([driver.close(), db.close()]);
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
