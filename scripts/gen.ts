// npm run gen -- --nodes 1000000 --rels 5000000 [--seed 42] [--reset] [--uri bolt://… --user neo4j --password …]
//                [--start-local [--fresh] [--heap 4g] [--page-cache 4g]] [--batch 10000]
// A synthetic graph with the labels, relationship types and properties of the real dataset (docs/data-model.md):
// Zipf-skewed ends (a few hubs with thousands of links, most nodes with a handful), at most one relationship of a
// type per ordered pair, every relationship with sources and confidence. Loaded by batched UNWIND with parameters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import neo4j, { type Driver } from 'neo4j-driver';
import { toDriverParams } from '../server/db/database.ts';
import { seedDir } from '../server/db/seed.ts';
import { splitStatements } from '../server/db/statements.ts';
import { benchTarget } from './bench/neo4j.ts';
import { Endpoint, REL_TYPES, SKEW, layout, nodeIdOf, nodeProperties, relProperties, type Pool, type Properties } from './gen/model.ts';
import { Random } from './gen/random.ts';
import { driverFor } from './neo4j/bolt.ts';
import { parseCli, positiveInt } from './cli.ts';

const usage = `usage: npm run gen -- [--nodes 100000] [--rels 500000] [--seed 42] [--batch 10000] [--reset] [--database NAME]
         [--uri … [--user …] [--password …] | --start-local [--fresh] [--heap 4g] [--page-cache 4g]]`;
const { values: args } = parseCli(usage, {
  nodes: { type: 'string', default: '100000' },
  rels: { type: 'string', default: '500000' },
  seed: { type: 'string', default: '42' },
  batch: { type: 'string', default: '10000' },
  reset: { type: 'boolean', default: false },
  uri: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  database: { type: 'string' },
  'start-local': { type: 'boolean', default: false },
  fresh: { type: 'boolean', default: false },
  heap: { type: 'string' },
  'page-cache': { type: 'string' },
});

const nodeTotal = positiveInt(usage, 'nodes', args.nodes);
const relTotal = positiveInt(usage, 'rels', args.rels);
const seed = positiveInt(usage, 'seed', args.seed);
const batchSize = positiveInt(usage, 'batch', args.batch);
const database = args.database ?? process.env.NEO4J_DATABASE;

function bar(phase: string, total: number): cliProgress.SingleBar {
  const progress = new cliProgress.SingleBar(
    {
      format: `${phase.padEnd(22)} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`,
      barsize: 30,
      noTTYOutput: !process.stdout.isTTY,
      notTTYSchedule: 15_000,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  progress.start(total, 0, { rate: 0 });
  return progress;
}

async function write(driver: Driver, query: string, rows: Properties[]): Promise<void> {
  await driver.executeQuery(query, { rows: toDriverParams(rows) }, { database, routing: neo4j.routing.WRITE });
}

/** The span's days as Neo4j `date` values, as cypher/seed/18_time_spans.cypher stores them. */
function withDateValues(props: Properties): Properties {
  for (const key of ['timeFrom', 'timeTo']) {
    const day = props[key];
    if (typeof day !== 'string') continue;
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    props[key] = new neo4j.types.Date(year, month, date);
  }
  return props;
}

/** Keeps one batch in flight while the next one is generated. */
class Pipeline {
  #inflight: Promise<void> | undefined;
  async push(work: () => Promise<void>): Promise<void> {
    await this.#inflight;
    this.#inflight = work();
  }
  async drain(): Promise<void> {
    await this.#inflight;
    this.#inflight = undefined;
  }
}

async function applySchema(driver: Driver): Promise<void> {
  for (const statement of splitStatements(readFileSync(join(seedDir, '00_schema.cypher'), 'utf8'))) {
    await driver.executeQuery(statement.text, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}

async function loadNodes(driver: Driver, pools: Pool[], sources: Endpoint): Promise<number> {
  const random = new Random(seed);
  const progress = bar('nodes', nodeTotal);
  const pipeline = new Pipeline();
  const started = performance.now();
  let done = 0;
  for (const pool of pools) {
    const query = `UNWIND $rows AS row CREATE (n:Entity:${pool.kind.labels.join(':')}) SET n = row`;
    for (let first = 0; first < pool.count; first += batchSize) {
      const rows: Properties[] = [];
      for (let local = first; local < Math.min(pool.count, first + batchSize); local++)
        rows.push(withDateValues(nodeProperties(pool, local, random, pools, sources)));
      await pipeline.push(async () => {
        await write(driver, query, rows);
        done += rows.length;
        progress.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) });
      });
    }
  }
  await pipeline.drain();
  progress.stop();
  return (performance.now() - started) / 1000;
}

interface RelReport {
  seconds: number;
  created: number;
  shortfall: { type: string; wanted: number; made: number }[];
}

function relCounts(): { type: (typeof REL_TYPES)[number]; count: number }[] {
  const weight = REL_TYPES.reduce((sum, type) => sum + type.weight, 0);
  const counts = REL_TYPES.map((type) => ({ type, count: Math.floor((relTotal * type.weight) / weight) }));
  counts.sort((a, b) => b.count - a.count)[0]!.count += relTotal - counts.reduce((sum, c) => sum + c.count, 0);
  return REL_TYPES.map((type) => counts.find((c) => c.type === type)!);
}

async function loadRelationships(driver: Driver, pools: Pool[], sources: Endpoint): Promise<RelReport> {
  const random = new Random(seed * 7919 + 1);
  const dates = new Random(seed * 7919 + 2);
  const progress = bar('relationships', relTotal);
  const pipeline = new Pipeline();
  const started = performance.now();
  const shortfall: RelReport['shortfall'] = [];
  let done = 0;
  let salt = 1;
  for (const { type, count } of relCounts()) {
    const ends = type.variants.map((variant) => ({
      from: new Endpoint(pools, variant.from, SKEW.out, salt++),
      to: new Endpoint(pools, variant.to, SKEW.in, salt++),
    }));
    // Properties listed in CREATE (a null one is not stored): `SET r = row.p` would plan an Eager, since a map could
    // write the `id` the index seeks read.
    const props = REL_KEYS.map((key) => `${key}: row.p.${key}`).join(', ');
    const query = `UNWIND $rows AS row MATCH (a:Entity {id: row.s}) MATCH (b:Entity {id: row.t}) CREATE (a)-[:${type.type} {${props}}]->(b)`;
    // At most one relationship of a type per ordered pair: the API's edge id is source~TYPE~target.
    const seen = new Set<number>();
    let made = 0;
    let attempts = 0;
    while (made < count && attempts < count * 20 + 1000) {
      const rows: Properties[] = [];
      while (rows.length < batchSize && made < count && attempts < count * 20 + 1000) {
        attempts++;
        const end = random.pick(ends);
        const s = end.from.pick(random);
        const t = end.to.pick(random);
        const key = s * nodeTotal + t;
        if (s === t || seen.has(key)) continue;
        seen.add(key);
        made++;
        rows.push({ s: idOf(pools, s), t: idOf(pools, t), p: withDateValues(relProperties(type.type, random, dates, pools, sources)) });
      }
      await pipeline.push(async () => {
        await write(driver, query, rows);
        done += rows.length;
        progress.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) });
      });
    }
    if (made < count) shortfall.push({ type: type.type, wanted: count, made });
  }
  await pipeline.drain();
  progress.setTotal(done);
  progress.stop();
  return { seconds: (performance.now() - started) / 1000, created: done, shortfall };
}

const REL_KEYS = ['sources', 'confidence', 'amountUsd', 'date', 'dates', 'since', 'quote', 'timeFrom', 'timeTo', 'timePrecision'];

/** Relationships first, then nodes, in small transactions: deleting a hub with its links at once can exceed the
 * server's per-transaction memory limit (db.memory.transaction.max). */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

function idOf(pools: Pool[], index: number): string {
  for (const pool of pools) if (index < pool.start + pool.count) return nodeIdOf(pool, index - pool.start);
  throw new Error(`node index ${index} out of range`);
}

async function degreeReport(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree
     RETURN percentileDisc(degree, 0.5) AS p50, percentileDisc(degree, 0.9) AS p90, percentileDisc(degree, 0.99) AS p99,
            percentileDisc(degree, 0.999) AS p999, max(degree) AS max, sum(CASE WHEN degree >= 1000 THEN 1 ELSE 0 END) AS hubs`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const r = records[0]!;
  const n = (key: string) => Number(r.get(key));
  console.log(`Degree: p50 ${n('p50')}, p90 ${n('p90')}, p99 ${n('p99')}, p99.9 ${n('p999')}, max ${n('max')}; ${n('hubs')} nodes with ≥ 1000 links`);
}

async function main(): Promise<void> {
  const target = await benchTarget({
    uri: args.uri,
    user: args.user,
    password: args.password,
    startLocal: args['start-local'],
    fresh: args.fresh,
    heap: args.heap,
    pageCache: args['page-cache'],
  });
  const driver = driverFor(target, { userAgent: 'graph-gen' });
  try {
    console.log(
      `Neo4j: ${target.uri} (${target.how}); ${nodeTotal.toLocaleString('en')} nodes, ${relTotal.toLocaleString('en')} relationships, seed ${seed}, batches of ${batchSize}`,
    );
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
    const existing = Number(records[0]!.get('n'));
    if (existing > 0) {
      if (!args.reset) throw new Error(`The database holds ${existing} nodes; pass --reset to wipe it first (or --start-local --fresh).`);
      const wipeStarted = performance.now();
      console.log(`Wiping ${existing.toLocaleString('en')} nodes…`);
      await wipe(driver);
      console.log(`Wiped in ${((performance.now() - wipeStarted) / 1000).toFixed(1)} s`);
    }
    await applySchema(driver);
    const pools = layout(nodeTotal);
    const sourcePool = pools.find((pool) => pool.kind.key === 'source')!;
    const sources = new Endpoint(pools, ['source'], SKEW.sources, 0);
    if (sourcePool.count < 2) throw new Error('--nodes is too small');
    const nodeSeconds = await loadNodes(driver, pools, sources);
    const rels = await loadRelationships(driver, pools, sources);
    const indexStarted = performance.now();
    await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database });
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    const total = nodeSeconds + rels.seconds + indexSeconds;
    console.log('');
    console.table(Object.fromEntries(pools.map((pool) => [pool.kind.labels.join(':'), pool.count])));
    console.log(
      `Nodes:         ${nodeTotal.toLocaleString('en')} in ${nodeSeconds.toFixed(1)} s = ${Math.round(nodeTotal / nodeSeconds).toLocaleString('en')} nodes/s`,
    );
    console.log(
      `Relationships: ${rels.created.toLocaleString('en')} in ${rels.seconds.toFixed(1)} s = ${Math.round(rels.created / rels.seconds).toLocaleString('en')} relationships/s`,
    );
    console.log(`Indexes online after a further ${indexSeconds.toFixed(1)} s; ${total.toFixed(1)} s in all.`);
    for (const short of rels.shortfall) console.log(`note: ${short.type}: ${short.made} of ${short.wanted} (too few distinct pairs at this size)`);
    await degreeReport(driver);
  } finally {
    await driver.close();
    await target.release();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
