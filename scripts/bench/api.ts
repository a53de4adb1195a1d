// npm run bench -- [--iterations 200] [--warmup 30] [--seed 7] [--limit 300] [--max-hops 4] [--label 1M/5M]
//                  [--baseline] [--uri … | --start-local] [--out bench/out/api-….json]
// For each API question over random ids (fixed seed), side by side in one run:
//   (a) the API end to end over HTTP: the real server (startServer) in this process on a free port, fetch + JSON;
//   (b) the same Cypher statements through neo4j-driver directly, in this process;
//   (c) Neo4j's own time for them, resultAvailableAfter + resultConsumedAfter from the result summaries.
// a/b is what HTTP, Express, validation, mapping and JSON add; b/c what Bolt, the driver and its decoding add.
// (a) and (b) alternate which goes first, so contention from other work on the machine falls on both alike.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type Path, type Record as Neo4jRecord } from 'neo4j-driver';
import { loadConfig } from '../../server/config.ts';
import { toDriverParams } from '../../server/db/database.ts';
import { cypher } from '../../server/db/queries.ts';
import { startServer } from '../../server/main.ts';
import { buildLuceneQuery } from '../../server/services/search-query.ts';
import { Random } from '../gen/random.ts';
import { projectRoot } from '../neo4j/paths.ts';
import { benchTarget } from './neo4j.ts';
import { allIds, searchWords } from './sample.ts';
import { machine, ms, ratio, summarize, table, type Summary } from './stats.ts';
import { driverFor } from '../neo4j/bolt.ts';

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    seed: { type: 'string', default: '7' },
    limit: { type: 'string', default: '300' },
    'max-hops': { type: 'string', default: '4' },
    label: { type: 'string' },
    baseline: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    uri: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    'start-local': { type: 'boolean', default: false },
    heap: { type: 'string' },
    'page-cache': { type: 'string' },
  },
});

const iterations = Number(args.iterations);
const warmup = Number(args.warmup);
const limit = Number(args.limit);
const maxHops = Number(args['max-hops']);
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
/** The targets hold for responses of up to this many elements (nodes + edges, or rows). */
const ELEMENT_CAP = 1000;

interface Statement {
  query: string;
  params: Record<string, unknown>;
  /** Counts towards (c), Neo4j's time for the question's own query (helpers such as existence checks do not). */
  main?: boolean;
}

interface Case {
  name: string;
  /** The API request; returns the number of elements in the answer. */
  http(base: string, i: number): Promise<number>;
  /** The statements the service runs for the same request, in its order; each step's statements run in parallel. */
  raw(driver: Driver, i: number): Promise<{ neo4jMs: number; mainMs: number }>;
  /** Only (b) and (c): a query kept for comparison, e.g. the service query before this work. */
  rawOnly?: boolean;
}

async function runStatements(driver: Driver, steps: Statement[][]): Promise<{ neo4jMs: number; mainMs: number; records: Neo4jRecord[][] }> {
  let neo4jMs = 0;
  let mainMs = 0;
  const records: Neo4jRecord[][] = [];
  for (const step of steps) {
    const results = await Promise.all(
      step.map((s) => driver.executeQuery(s.query, toDriverParams(s.params) as Record<string, unknown>, { database, routing: neo4j.routing.READ, transactionConfig: { timeout: 30_000 } })),
    );
    results.forEach((result, i) => {
      const t = result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber();
      neo4jMs += t;
      if (step[i]!.main) mainMs += t;
      records.push(result.records);
    });
  }
  return { neo4jMs, mainMs, records };
}

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(url, init);
  const body = await res.json();
  if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

function citedSources(records: Neo4jRecord[]): string[] {
  const ids = new Set<string>();
  for (const record of records) {
    for (const segment of (record.get('path') as Path).segments) {
      const sources = segment.relationship.properties.sources;
      if (Array.isArray(sources)) for (const id of sources) ids.add(String(id));
    }
  }
  return [...ids];
}

function cases(plan: { ids: string[]; pairs: [string, string][]; words: string[] }): Case[] {
  const neighbourhood = (depth: number, text = cypher('neighbourhood', { depth }), name = `neighbourhood d${depth}`, rawOnly = false): Case => ({
    name,
    rawOnly,
    http: async (base, i) => {
      const body = (await getJson(`${base}/api/nodes/${encodeURIComponent(plan.ids[i]!)}/neighbourhood?depth=${depth}&limit=${limit}`)) as { nodes: unknown[]; edges: unknown[] };
      return body.nodes.length + body.edges.length;
    },
    raw: (driver, i) => runStatements(driver, [[{ query: text, params: { id: plan.ids[i]!, limit, labels: [], types: [] }, main: true }]]),
  });
  const paths = (mode: 'shortest' | 'all-shortest'): Case => {
    const query = cypher(mode === 'shortest' ? 'paths-shortest' : 'paths-all-shortest', { maxHops });
    return {
      name: `paths ${mode}`,
      http: async (base, i) => {
        const [from, to] = plan.pairs[i]!;
        const body = (await getJson(`${base}/api/paths?from=${from}&to=${to}&mode=${mode}&maxHops=${maxHops}`)) as { paths: { nodes: unknown[]; edges: unknown[] }[] };
        return body.paths.reduce((sum, p) => sum + p.nodes.length + p.edges.length, 0);
      },
      raw: async (driver, i) => {
        const [from, to] = plan.pairs[i]!;
        const exists = cypher('node-exists');
        const first = await runStatements(driver, [
          [
            { query: exists, params: { id: from } },
            { query: exists, params: { id: to } },
          ],
          [{ query, params: { from, to, types: [], limit: 10 }, main: true }],
        ]);
        const ids = citedSources(first.records[2]!);
        if (ids.length === 0) return first;
        const sources = await runStatements(driver, [[{ query: cypher('sources-by-id'), params: { ids } }]]);
        return { neo4jMs: first.neo4jMs + sources.neo4jMs, mainMs: first.mainMs };
      },
    };
  };
  const consoleQuery = 'MATCH (n:Entity {id: $id})-[r]-(m) RETURN n, r, m LIMIT 100';
  const list: Case[] = [
    {
      name: 'search',
      http: async (base, i) => {
        const body = (await getJson(`${base}/api/search?q=${encodeURIComponent(plan.words[i]!)}`)) as { results: unknown[] };
        return body.results.length;
      },
      raw: (driver, i) =>
        runStatements(driver, [[{ query: cypher('search'), params: { lucene: buildLuceneQuery(plan.words[i]!), labels: [], limit: 10, candidates: 70 }, main: true }]]),
    },
    {
      name: 'node details',
      http: async (base, i) => {
        const body = (await getJson(`${base}/api/nodes/${encodeURIComponent(plan.ids[i]!)}`)) as { relationships: unknown[]; sources: unknown[] };
        return 1 + body.relationships.length + body.sources.length;
      },
      raw: (driver, i) => runStatements(driver, [[{ query: cypher('node-details'), params: { id: plan.ids[i]!, limit: 100, offset: 0 }, main: true }]]),
    },
    neighbourhood(1),
    neighbourhood(2),
    paths('shortest'),
    paths('all-shortest'),
    {
      name: 'console',
      http: async (base, i) => {
        const body = (await getJson(`${base}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: consoleQuery, params: { id: plan.ids[i]! } }),
        })) as { graph: { nodes: unknown[]; edges: unknown[] } };
        return body.graph.nodes.length + body.graph.edges.length;
      },
      // The console asks Neo4j for the plan (EXPLAIN) before it runs the statement.
      raw: (driver, i) =>
        runStatements(driver, [[{ query: `EXPLAIN ${consoleQuery}`, params: { id: plan.ids[i]! } }], [{ query: consoleQuery, params: { id: plan.ids[i]! }, main: true }]]),
    },
  ];
  if (args.baseline) {
    const baseline = (name: string) => readFileSync(join(projectRoot, 'scripts', 'bench', 'baseline', `${name}.cypher`), 'utf8');
    list.push(neighbourhood(1, baseline('neighbourhood-v0').replaceAll('{{depth}}', '1'), 'before: neighbourhood d1', true));
    list.push(neighbourhood(2, baseline('neighbourhood-v0').replaceAll('{{depth}}', '2'), 'before: neighbourhood d2', true));
    list.push({
      name: 'before: node details',
      rawOnly: true,
      http: async () => 0,
      raw: (driver, i) => runStatements(driver, [[{ query: baseline('node-details-v0'), params: { id: plan.ids[i]! }, main: true }]]),
    });
  }
  return args.only ? list.filter((c) => c.name.includes(args.only!)) : list;
}

interface Samples {
  api: number[];
  driver: number[];
  neo4j: number[];
  main: number[];
  elements: number[];
  errors: string[];
}

interface Row {
  name: string;
  api: Summary;
  driver: Summary;
  neo4j: Summary;
  main: Summary;
  /** Over the samples whose answer had at most ELEMENT_CAP elements. */
  capped: { n: number; api: Summary; driver: Summary };
  elements: Summary;
  errors: number;
  firstErrors: string[];
}

async function main(): Promise<void> {
  const target = await benchTarget({ uri: args.uri, user: args.user, password: args.password, startLocal: args['start-local'], heap: args.heap, pageCache: args['page-cache'] });
  const driver = driverFor(target, { userAgent: 'bench-raw' });
  const config = loadConfig({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    ...(target.password ? { NEO4J_PASSWORD: target.password } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    // Request logs would go to this terminal; warn keeps the errors.
    LOG_LEVEL: 'warn',
    CYPHER_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const server = await startServer(config);
  try {
    const counts = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels', {}, { database });
    const nodeCount = Number(counts.records[0]!.get('nodes'));
    const relCount = Number(counts.records[0]!.get('rels'));
    console.log(`Neo4j ${target.uri} (${target.how}): ${nodeCount.toLocaleString('en')} nodes, ${relCount.toLocaleString('en')} relationships; API ${server.url}`);
    const ids0 = await allIds(driver, database);
    const random = new Random(Number(args.seed));
    const total = warmup + iterations;
    const ids = Array.from({ length: total }, () => random.pick(ids0));
    const pairs = Array.from({ length: total }, (): [string, string] => {
      const from = random.pick(ids0);
      let to = random.pick(ids0);
      while (to === from) to = random.pick(ids0);
      return [from, to];
    });
    const words = await searchWords(driver, ids.slice(0, Math.min(ids.length, 500)), database);
    const plan = { ids, pairs, words: Array.from({ length: total }, () => random.pick(words)) };
    const list = cases(plan);
    const samples = new Map<string, Samples>(list.map((c) => [c.name, { api: [], driver: [], neo4j: [], main: [], elements: [], errors: [] }]));
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      for (const c of list) {
        const s = samples.get(c.name)!;
        const timeApi = async () => {
          const t0 = performance.now();
          const elements = await c.http(server.url, i);
          return { ms: performance.now() - t0, elements };
        };
        const timeRaw = async () => {
          const t0 = performance.now();
          const result = await c.raw(driver, i);
          return { ms: performance.now() - t0, ...result };
        };
        try {
          let api: { ms: number; elements: number } | undefined;
          let raw: Awaited<ReturnType<typeof timeRaw>>;
          if (c.rawOnly) raw = await timeRaw();
          else if (i % 2 === 0) {
            api = await timeApi();
            raw = await timeRaw();
          } else {
            raw = await timeRaw();
            api = await timeApi();
          }
          if (i < warmup) continue;
          if (api) {
            s.api.push(api.ms);
            s.elements.push(api.elements);
          }
          s.driver.push(raw.ms);
          s.neo4j.push(raw.neo4jMs);
          s.main.push(raw.mainMs);
        } catch (error) {
          if (i >= warmup) s.errors.push(`${plan.ids[i]} / ${plan.pairs[i]?.join('→')}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
      if ((i + 1) % 50 === 0) console.log(`  ${i + 1}/${total} rounds (${warmup} warm-up), ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const rows: Row[] = list.map((c) => {
      const s = samples.get(c.name)!;
      const small = s.api.map((_, k) => k).filter((k) => s.elements[k]! <= ELEMENT_CAP);
      return {
        name: c.name,
        api: summarize(s.api),
        driver: summarize(s.driver),
        neo4j: summarize(s.neo4j),
        main: summarize(s.main),
        capped: { n: small.length, api: summarize(small.map((k) => s.api[k]!)), driver: summarize(small.map((k) => s.driver[k]!)) },
        elements: summarize(s.elements),
        errors: s.errors.length,
        firstErrors: s.errors.slice(0, 3),
      };
    });
    const label = args.label ?? `${nodeCount}/${relCount}`;
    console.log(`\nAPI benchmark, ${label}: ${iterations} random requests per row after ${warmup} warm-up rounds, seed ${args.seed}, neighbourhood limit ${limit}, maxHops ${maxHops}. Times in ms.\n`);
    console.log(
      table(
        ['query', '(a) API p50/p95/p99', '(b) driver p50/p95/p99', '(c) Neo4j p50/p95/p99', 'a/b p50', 'a/b p99', 'b/c p50', 'b/c p99', 'elements p50/max', 'errors'],
        rows.map((r) => [
          r.name,
          r.api.n ? `${ms(r.api.p50)} / ${ms(r.api.p95)} / ${ms(r.api.p99)}` : '–',
          `${ms(r.driver.p50)} / ${ms(r.driver.p95)} / ${ms(r.driver.p99)}`,
          `${ms(r.neo4j.p50)} / ${ms(r.neo4j.p95)} / ${ms(r.neo4j.p99)}`,
          ratio(r.api.p50, r.driver.p50),
          ratio(r.api.p99, r.driver.p99),
          ratio(r.driver.p50, r.neo4j.p50),
          ratio(r.driver.p99, r.neo4j.p99),
          r.elements.n ? `${r.elements.p50} / ${r.elements.max}` : '–',
          String(r.errors),
        ]),
      ),
    );
    console.log(`\nTargets (answers of ≤ ${ELEMENT_CAP} elements): API p50 ≤ 1.3 × driver p50, API p99 ≤ 1.5 × driver p99; Neo4j's own time of the query itself.\n`);
    const neo4jTarget: Record<string, number> = { 'neighbourhood d1': 5, 'neighbourhood d2': 40, 'paths shortest': 50 };
    console.log(
      table(
        ['query', 'n ≤ 1000 el.', 'a/b p50', 'a/b p99', 'query Neo4j p99', 'Neo4j target', 'met'],
        rows
          .filter((r) => r.api.n)
          .map((r) => {
            const p50 = r.capped.api.p50 / r.capped.driver.p50;
            const p99 = r.capped.api.p99 / r.capped.driver.p99;
            const limitMs = neo4jTarget[r.name];
            const ok = p50 <= 1.3 && p99 <= 1.5 && (limitMs === undefined || r.main.p99 <= limitMs);
            return [r.name, String(r.capped.n), `${p50.toFixed(2)}×`, `${p99.toFixed(2)}×`, ms(r.main.p99), limitMs ? `≤ ${limitMs}` : '–', ok ? 'yes' : 'NO'];
          }),
      ),
    );
    for (const r of rows) for (const e of r.firstErrors) console.log(`error in ${r.name}: ${e}`);
    const out = args.out ?? join(projectRoot, 'bench', 'out', `api-${label.replace(/[^A-Za-z0-9]+/g, '_')}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(
      out,
      JSON.stringify({ label, nodes: nodeCount, relationships: relCount, iterations, warmup, seed: Number(args.seed), limit, maxHops, machine: machine(), target: target.how, rows }, null, 2),
    );
    console.log(`\nWrote ${out}`);
  } finally {
    await server.close();
    await driver.close();
    await target.release();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
