// npm run bench:claims: what claims and the audit trail cost on a big graph. Fills the audit chain up to --records
// (synthetic records, chained and sealed exactly as the server seals them), then, side by side in one run:
//   add      POST /api/claims/relationships between two random nodes, through the real server, one after another;
//   add-node POST /api/claims/nodes, a new name each time (its id is looked up by prefix in the id index);
//   edit     POST /api/claims/:id/versions on the claims just added;
//   verify   the whole chain recomputed, as npm run audit -- verify does it.
// Two floors beside them, in the same run: a write transaction that changes one property and commits (what any write
// costs on this disk), and one audit record appended alone (the chain's own cost).
// It writes claims and audit records: run it on the bench database (npm run bench:db), not on one you keep.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../server/config.ts';
import { createAccountStore } from '../../server/db/account-store.ts';
import { GENESIS_HASH, auditTrail, ensureAuditSchema, sealOf, type AuditRecord, createAuditStore } from '../../server/db/audit-store.ts';
import { createDatabase } from '../../server/db/database.ts';
import { startServer } from '../../server/main.ts';
import { createAccounts } from '../../server/services/accounts.ts';
import { createAudit } from '../../server/services/audit.ts';
import { parseCli, positiveInt } from '../cli.ts';
import { Random } from '../gen/random.ts';
import { driverFor, envOfTarget } from '../neo4j/bolt.ts';
import { benchTarget } from './neo4j.ts';
import { allIds } from './sample.ts';
import { machine, ms, summarize, table } from './stats.ts';

const usage = `usage: npm run bench:claims -- [--records 100000] [--iterations 300] [--uri bolt://…] [--start-local]
  --records     fill the audit chain up to this many records first (default 100000)
  --iterations  claims added (and edited) per row (default 300; 30 more are a warm-up)
  --uri         the Neo4j to use (default NEO4J_URI, else the bench server of npm run bench:db)
It writes claims and audit records: use the bench database, not one you keep.`;
const { values: args } = parseCli(usage, {
  records: { type: 'string', default: '100000' },
  iterations: { type: 'string', default: '300' },
  uri: { type: 'string' },
  'start-local': { type: 'boolean' },
});
const records = positiveInt(usage, 'records', args.records);
const iterations = positiveInt(usage, 'iterations', args.iterations);
const WARMUP = 30;
const FILL_BATCH = 5000;

/** Appends synthetic records after the current head until the chain holds `target`, in batches, each sealed in turn. */
async function fillChain(driver: Driver, target: number): Promise<number> {
  const head = (await driver.executeQuery("MATCH (h:AuditHead {id: 'audit'}) RETURN h.seq AS seq, h.hash AS hash")).records[0];
  let seq = head ? Number(head.get('seq')) : 0;
  let hash = head ? (head.get('hash') as string) : GENESIS_HASH;
  const added = Math.max(0, target - seq);
  const start = Date.now() - added;
  while (seq < target) {
    const batch: AuditRecord[] = [];
    for (let i = 0; i < FILL_BATCH && seq < target; i++) {
      seq += 1;
      const unsealed = {
        seq,
        at: new Date(start + seq).toISOString(),
        action: 'claim.edit',
        actor: `bench-${seq % 50}`,
        entity: `bench-entity-${seq % 20000}`,
        before: JSON.stringify({ confidence: 'suspected', version: 1 }),
        after: JSON.stringify({ confidence: 'alleged', version: 2 }),
        request: randomUUID(),
        prevHash: hash,
      };
      hash = sealOf(unsealed);
      batch.push({ ...unsealed, hash });
    }
    await driver.executeQuery(
      `UNWIND $rows AS row CREATE (r:AuditRecord) SET r = row
       WITH count(*) AS written
       MERGE (h:AuditHead {id: 'audit'}) SET h.seq = $seq, h.hash = $hash`,
      { rows: batch.map((r) => ({ ...r, seq: neo4j.int(r.seq) })), seq: neo4j.int(seq), hash },
    );
    process.stdout.write(`\raudit chain: ${seq.toLocaleString('en')} / ${target.toLocaleString('en')} records`);
  }
  if (added > 0) process.stdout.write('\n');
  return seq;
}

async function post(url: string, token: string, body: unknown): Promise<{ status: number; json: { id?: string; version?: number } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { id?: string; version?: number } };
}

async function timed<T>(samples: number[], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  samples.push(performance.now() - started);
  return result;
}

async function main(): Promise<void> {
  const target = await benchTarget({ uri: args.uri, startLocal: args['start-local'] });
  const driver = driverFor(target, { userAgent: 'bench-claims' });
  const config = loadConfig({ ...envOfTarget(target), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const db = createDatabase(config);
  const server = await startServer(config);
  try {
    await ensureAuditSchema(db);
    const counts = await driver.executeQuery('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
    console.log(
      `Neo4j ${target.uri} (${target.how}): ${Number(counts.records[0]!.get('nodes')).toLocaleString('en')} nodes, ${Number(counts.records[0]!.get('rels')).toLocaleString('en')} relationships`,
    );
    const chain = await fillChain(driver, records);
    const accounts = createAccounts(createAccountStore(db), { sessionSeconds: 3600, changedBy: 'bench' });
    const username = `bench-analyst-${Date.now()}`;
    await accounts.add(username, 'analyst');
    const { token } = await accounts.createToken(username, 'bench');
    const ids = await allIds(driver);
    const random = new Random(11);
    const source = { id: (await driver.executeQuery('MATCH (s:Entity:Source) RETURN s.id AS id LIMIT 1')).records[0]?.get('id') as string };
    if (!source.id) throw new Error('The graph has no Source node to cite: seed or generate a graph first.');

    const rows = {
      'floor: write commit': [] as number[],
      'floor: audit append': [] as number[],
      add: [] as number[],
      'add-node': [] as number[],
      edit: [] as number[],
    };
    for (let i = 0; i < WARMUP + iterations; i++) {
      const sink = i < WARMUP ? [] : undefined;
      await timed(sink ?? rows['floor: write commit'], () =>
        db.writeTransaction((tx) => tx.run('MERGE (f:BenchFloor {id: 1}) SET f.n = coalesce(f.n, 0) + 1'), { timeoutMs: 10_000 }),
      );
      await timed(sink ?? rows['floor: audit append'], () =>
        db.writeTransaction((tx) => auditTrail(tx)({ action: 'bench.append', actor: username, entity: null, before: null, after: { i }, request: null }), {
          timeoutMs: 10_000,
        }),
      );
    }
    const added: { id: string; version: number }[] = [];
    let errors = 0;
    const run = `${Date.now()}`;
    for (let i = 0; i < WARMUP + iterations; i++) {
      const sink = i < WARMUP ? [] : undefined;
      const from = random.pick(ids);
      let to = random.pick(ids);
      while (to === from) to = random.pick(ids);
      const rel = await timed(sink ?? rows.add, () =>
        post(`${server.url}/api/claims/relationships`, token, { from, to, type: 'BENCH_CLAIM', source, confidence: 'alleged' }),
      );
      const node = await timed(sink ?? rows['add-node'], () =>
        post(`${server.url}/api/claims/nodes`, token, { kind: 'Launderer', name: `Bench wallet ${run} ${i}`, source, confidence: 'suspected' }),
      );
      if (rel.status !== 200 || node.status !== 200) errors += 1;
      else added.push({ id: node.json.id!, version: node.json.version! });
    }
    for (const [i, claim] of added.entries()) {
      const edit = await timed(i < WARMUP ? [] : rows.edit, () =>
        post(`${server.url}/api/claims/${claim.id}/versions`, token, { version: claim.version, confidence: 'alleged' }),
      );
      if (edit.status !== 200) errors += 1;
    }
    const verifyStarted = performance.now();
    const verified = await createAudit(createAuditStore(db)).verify();
    const verifySeconds = (performance.now() - verifyStarted) / 1000;

    console.log(JSON.stringify(machine()));
    console.log(`audit chain before the run: ${chain.toLocaleString('en')} records; errors: ${errors}`);
    console.log(
      table(
        ['row', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
        Object.entries(rows).map(([name, samples]) => {
          const s = summarize(samples);
          return [name, String(s.n), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];
        }),
      ),
    );
    console.log(
      table(
        ['verify', 'records', 'seconds', 'records/s', 'whole'],
        [
          [
            'audit chain',
            verified.records.toLocaleString('en'),
            verifySeconds.toFixed(2),
            Math.round(verified.records / verifySeconds).toLocaleString('en'),
            String(verified.ok),
          ],
        ],
      ),
    );
  } finally {
    await server.close();
    await Promise.all([driver.close(), db.close()]);
    await target.release();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
