// npm run audit -- verify | list: checks the audit chain link by link, or prints its latest records.
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../server/config.ts';
import { createAuditStore } from '../server/db/audit-store.ts';
import { createDatabase } from '../server/db/database.ts';
import { createAudit } from '../server/services/audit.ts';
import { oneCommand, parseCli, positiveInt } from './cli.ts';
import { envOfTarget } from './neo4j/bolt.ts';
import { configuredTarget } from './neo4j/resolve.ts';

const usage = `usage: npm run audit -- verify | list [--limit N] [--user NAME] [--entity ID]
  verify   recompute every record's hash and its link to the one before: exit 0 when the chain is whole, 1 with the
           first record changed, missing or cut off
  list     the latest records (default 20), newest first
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, or the server npm run db:start started.`;

const { values, positionals } = parseCli(usage, { limit: { type: 'string' }, user: { type: 'string' }, entity: { type: 'string' } }, { positionals: true });
const command = oneCommand(usage, positionals, ['verify', 'list']);
const limit = values.limit === undefined ? 20 : positiveInt(usage, 'limit', values.limit);

async function main(): Promise<void> {
  const resolved = await configuredTarget();
  if (!resolved) throw new Error('No Neo4j found: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run `npm run db:start` first.');
  const db = createDatabase(loadConfig({ ...process.env, ...envOfTarget(resolved.target) }));
  const audit = createAudit(createAuditStore(db));
  try {
    if (command === 'list') {
      const { records } = await audit.list({ limit: Math.min(limit, 500), user: values.user, entity: values.entity }, { withPrivate: true });
      for (const r of records) console.log(`${r.seq}\t${r.at}\t${r.actor}\t${r.action}\t${r.entity ?? ''}`);
      return;
    }
    const started = performance.now();
    const bar = process.stdout.isTTY ? new SingleBar({ format: 'verifying {bar} {value}/{total} records' }, Presets.shades_classic) : undefined;
    const result = await audit.verify((checked, total) => {
      if (!bar) return;
      if (!bar.isActive) bar.start(total, 0);
      bar.update(checked);
    });
    bar?.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (result.ok) {
      console.log(`The audit chain is whole: ${result.records} records verified in ${seconds} s. Head hash: ${result.headHash}`);
    } else {
      console.error(`The audit chain is broken at record ${result.seq}: ${result.problem}. ${result.records} records before it verify.`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
