// npm run bench -- [--iterations 200] [--warmup 30] [--seed 7] [--limit 300] [--max-hops 4] [--label 1M/5M]
//                  [--since 2016] [--until 2016] [--baseline] [--uri … | --start-local] [--out bench/out/api-….json]
// For each API question over random ids (fixed seed), side by side in one run:
//   (a) the API end to end over HTTP: the real server (startServer) in this process on a free port, node:http + JSON;
//   (b) the same Cypher statements through neo4j-driver directly, in this process, with the driver's executeQuery;
//   (b′) the same again in auto-commit sessions, the transactions the server itself uses (server/db/database.ts);
//   (c) Neo4j's own time for them, resultAvailableAfter + resultConsumedAfter from the result summaries.
// a/b is the API against a client written the driver's recommended way; a/b′ is what HTTP, Express, validation,
// mapping and JSON add to the same transactions; b/c and b′/c what Bolt, the driver and its decoding add.
// (a), (b) and (b′) take turns going first, so contention from other work on the machine falls on all alike.
// Time (docs/data-model.md § Time): the neighbourhoods again with the window --since/--until, and shortest paths of
// up to 6 hops with and without order=chronological, each beside its plain twin in the same rounds; a table of their
// Neo4j times and the ratios closes the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver, type Path, type QueryResult, type Record as Neo4jRecord } from 'neo4j-driver';
import { type ChronologicalRequest, chronologicalAllShortest, chronologicalShortest } from '../../server/db/chronological-paths.ts';
import { loadConfig } from '../../server/config.ts';
import { toDriverParams, type Transaction } from '../../server/db/database.ts';
import { cypher, type QueryName } from '../../server/db/queries.ts';
import type { WindowDays } from '../../server/db/window.ts';
import { startServer } from '../../server/main.ts';
import { buildLuceneQuery } from '../../server/services/search-query.ts';
import { type WindowQuery, windowDays } from '../../server/services/time-window.ts';
import { Random } from '../gen/random.ts';
import { projectRoot } from '../neo4j/paths.ts';
import { benchTarget } from './neo4j.ts';
import { allIds, searchWords } from './sample.ts';
import { machine, ms, ratio, summarize, table, type Summary } from './stats.ts';
import { driverFor, envOfTarget } from '../neo4j/bolt.ts';
import { requestJson, startFloorServer, type FloorServer } from './http-client.ts';
import { parseCli } from '../cli.ts';

const usage = `usage: npm run bench -- [--iterations 200] [--warmup 30] [--seed 7] [--limit 300] [--max-hops 4] [--label 1M/5M]
         [--since 2016] [--until 2016] [--baseline] [--only NAME] [--uri … [--user …] [--password …] | --start-local [--heap 4g] [--page-cache 4g]] [--out FILE]`;
const { values: args } = parseCli(usage, {
  iterations: { type: 'string', default: '200' },
  warmup: { type: 'string', default: '30' },
  seed: { type: 'string', default: '7' },
  limit: { type: 'string', default: '300' },
  'max-hops': { type: 'string', default: '4' },
  since: { type: 'string', default: '2016' },
  until: { type: 'string', default: '2016' },
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
});

const iterations = Number(args.iterations);
const warmup = Number(args.warmup);
const limit = Number(args.limit);
const maxHops = Number(args['max-hops']);
/** The time window of the windowed rows: all of 2016 by default, the year of the Bangladesh Bank heist. */
const window: WindowQuery = { since: args.since, until: args.until };
/** The issue's hop bound for chronological paths. */
const CHRONOLOGICAL_HOPS = 6;
/** The server's setting, from SUPERNODE_DEGREE as the server would read it; the raw side passes the same value. */
const { supernodeDegree } = loadConfig({ SUPERNODE_DEGREE: process.env.SUPERNODE_DEGREE });
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
  raw(client: RawClient, i: number): Promise<{ neo4jMs: number; mainMs: number }>;
  /** Only (b) and (c): a query kept for comparison, e.g. the service query before this work. */
  rawOnly?: boolean;
}

/** How the raw side talks to Neo4j: executeQuery's managed transaction, or an auto-commit one per statement. */
interface RawClient {
  driver: Driver;
  via: 'executeQuery' | 'autoCommit';
}

async function runStatement({ driver, via }: RawClient, s: Statement): Promise<QueryResult> {
  const params = toDriverParams(s.params) as Record<string, unknown>;
  if (via === 'executeQuery') return driver.executeQuery(s.query, params, { database, routing: neo4j.routing.READ, transactionConfig: { timeout: 30_000 } });
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.run(s.query, params, { timeout: 30_000 });
  } finally {
    await session.close();
  }
}

async function runStatements(client: RawClient, steps: Statement[][]): Promise<{ neo4jMs: number; mainMs: number; records: Neo4jRecord[][] }> {
  let neo4jMs = 0;
  let mainMs = 0;
  const records: Neo4jRecord[][] = [];
  for (const step of steps) {
    const results = await Promise.all(step.map((s) => runStatement(client, s)));
    results.forEach((result, i) => {
      const t = result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber();
      neo4jMs += t;
      if (step[i]!.main) mainMs += t;
      records.push(result.records);
    });
  }
  return { neo4jMs, mainMs, records };
}

interface PathsOnClient {
  neo4jMs: number;
  /** The sources cited by the paths' hops. */
  sources: string[];
}

/** One path query's statement, as the service runs it for every mode but the chronological search. */
async function mainQuery(
  client: RawClient,
  query: string,
  request: { from: string; to: string; types: string[]; limit: number; chronological: boolean; window: WindowDays; withRetracted: boolean },
): Promise<PathsOnClient> {
  const { window, ...params } = request;
  const { neo4jMs, records } = await runStatements(client, [[{ query, params: { ...params, windowFrom: window.from, windowTo: window.to }, main: true }]]);
  const sources = records[0]!.flatMap((record) => {
    const path = record.get('path') as Path | null;
    return (path?.segments ?? []).flatMap((segment) => segment.relationship.properties.sources ?? []).map(String);
  });
  return { neo4jMs, sources };
}

/** The service's chronological path functions with this client's transaction: Neo4j's time of all their statements. */
async function chronologicalOnClient(client: RawClient, mode: 'shortest' | 'all-shortest', request: ChronologicalRequest): Promise<PathsOnClient> {
  let neo4jMs = 0;
  const readTransaction = async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
    const session = client.driver.session({ database, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction({ timeout: 30_000 });
    try {
      const result = await work({
        run: async (query, params = {}) => {
          const answer = await tx.run(query, toDriverParams(params) as Record<string, unknown>);
          neo4jMs += answer.summary.resultAvailableAfter.toNumber() + answer.summary.resultConsumedAfter.toNumber();
          return answer;
        },
      });
      await tx.commit();
      return result;
    } finally {
      await session.close();
    }
  };
  const paths = await (mode === 'shortest' ? chronologicalShortest : chronologicalAllShortest)({ readTransaction }, request);
  const sources = paths.flatMap((path) => path.edges.flatMap((edge) => (Array.isArray(edge.properties.sources) ? edge.properties.sources.map(String) : [])));
  return { neo4jMs, sources };
}

function cases(plan: { ids: string[]; pairs: [string, string][]; words: string[] }): Case[] {
  const neighbourhood = (
    depth: number,
    text = cypher('neighbourhood', { depth }),
    name = `neighbourhood d${depth}`,
    rawOnly = false,
    timeWindow: WindowQuery = {},
  ): Case => {
    const days = windowDays(timeWindow);
    return {
      name,
      rawOnly,
      http: async (base, i) => {
        const body = (await requestJson(
          `${base}/api/nodes/${encodeURIComponent(plan.ids[i]!)}/neighbourhood?depth=${depth}&limit=${limit}${windowQueryText(timeWindow)}`,
        )) as { nodes: unknown[]; edges: unknown[] };
        return body.nodes.length + body.edges.length;
      },
      raw: (client, i) =>
        runStatements(client, [
          [
            {
              query: text,
              params: { id: plan.ids[i]!, limit, labels: [], types: [], supernodeDegree, windowFrom: days.from, windowTo: days.to, withRetracted: false },
              main: true,
            },
          ],
        ]),
    };
  };
  const pathQueries = { shortest: 'paths-shortest', 'all-shortest': 'paths-all-shortest', all: 'paths-all' } as const;
  const noWindow = windowDays({});
  const paths = (
    mode: keyof typeof pathQueries,
    query = cypher(pathQueries[mode], { maxHops, arrowEnd: '-' }),
    name = `paths ${mode}`,
    rawOnly = false,
    { hops = maxHops, chronological = false } = {},
  ): Case => {
    return {
      name,
      rawOnly,
      http: async (base, i) => {
        const [from, to] = plan.pairs[i]!;
        const order = chronological ? '&order=chronological' : '';
        const body = (await requestJson(`${base}/api/paths?from=${from}&to=${to}&mode=${mode}&maxHops=${hops}${order}`)) as {
          paths: { nodes: unknown[]; edges: unknown[] }[];
        };
        return body.paths.reduce((sum, p) => sum + p.nodes.length + p.edges.length, 0);
      },
      raw: async (client, i) => {
        const [from, to] = plan.pairs[i]!;
        const exists = cypher('node-exists');
        const checks = await runStatements(client, [
          [
            { query: exists, params: { id: from } },
            { query: exists, params: { id: to } },
          ],
        ]);
        const request = { from, to, types: [], limit: 10, chronological, window: noWindow, withRetracted: false };
        // The chronological search is the service's own code, run on this client: its statements depend on the answers.
        const found =
          chronological && !rawOnly
            ? await chronologicalOnClient(client, mode as 'shortest' | 'all-shortest', { ...request, maxHops: hops, directed: false })
            : await mainQuery(client, query, request);
        const ids = [...new Set(found.sources)];
        const sources = ids.length ? await runStatements(client, [[{ query: cypher('sources-by-id'), params: { ids } }]]) : { neo4jMs: 0 };
        return { neo4jMs: checks.neo4jMs + found.neo4jMs + sources.neo4jMs, mainMs: found.neo4jMs };
      },
    };
  };
  const consoleQuery = 'MATCH (n:Entity {id: $id})-[r]-(m) RETURN n, r, m LIMIT 100';
  const list: Case[] = [
    {
      name: 'search',
      http: async (base, i) => {
        const body = (await requestJson(`${base}/api/search?q=${encodeURIComponent(plan.words[i]!)}`)) as { results: unknown[] };
        return body.results.length;
      },
      raw: (client, i) =>
        runStatements(client, [
          [
            {
              query: cypher('search'),
              params: {
                lucene: buildLuceneQuery(plan.words[i]!),
                labels: [],
                limit: 10,
                candidates: 70,
                windowFrom: noWindow.from,
                windowTo: noWindow.to,
                withRetracted: false,
              },
              main: true,
            },
          ],
        ]),
    },
    {
      name: 'node details',
      http: async (base, i) => {
        const body = (await requestJson(`${base}/api/nodes/${encodeURIComponent(plan.ids[i]!)}`)) as { relationships: unknown[]; sources: unknown[] };
        return 1 + body.relationships.length + body.sources.length;
      },
      raw: (client, i) => runStatements(client, [[{ query: cypher('node-details'), params: { id: plan.ids[i]!, limit: 100, offset: 0 }, main: true }]]),
    },
    neighbourhood(1),
    neighbourhood(2),
    paths('shortest'),
    paths('all-shortest'),
    paths('all'),
    ...timeCases(neighbourhood, paths),
    {
      name: 'console',
      http: async (base, i) => {
        const body = (await requestJson(`${base}/api/cypher`, { query: consoleQuery, params: { id: plan.ids[i]! } })) as {
          graph: { nodes: unknown[]; edges: unknown[] };
        };
        return body.graph.nodes.length + body.graph.edges.length;
      },
      // A client talking to Neo4j directly runs the statement alone. The console asks for its plan (EXPLAIN) only
      // the first time it sees a query text, in the warm-up here.
      raw: (client, i) => runStatements(client, [[{ query: consoleQuery, params: { id: plan.ids[i]! }, main: true }]]),
    },
  ];
  if (args.baseline) {
    const neighbourhoodBaselines = [
      ['450da56', 'before'], // path enumeration, then aggregation
      ['7930bae', 'before supernodes'], // every kept node's chain read for the links among them
      ['cc3a461', 'before one-end edges'], // each link found from both ends, then DISTINCT
      ['af3edbc', 'before plain lists'], // IN over a slice of concatenated lists
      ['328a145', 'before time window'], // no window predicates on each hop and node
    ] as const;
    for (const [commit, before] of neighbourhoodBaselines) {
      for (const depth of [1, 2])
        list.push(neighbourhood(depth, queryAt(commit, 'neighbourhood').replaceAll('{{depth}}', String(depth)), `${before}: neighbourhood d${depth}`, true));
    }
    // Every simple path listed, then sorted, before SHORTEST k.
    list.push(paths('all', queryAt('7930bae', 'paths-all').replaceAll('{{maxHops}}', String(maxHops)), 'before: paths all', true));
    // SHORTEST with the window's predicates on the nodes, a stateful search, before shortestPath's bidirectional one.
    for (const mode of ['shortest', 'all-shortest'] as const) {
      const before = queryAt('0a280ac', `paths-${mode}`).replaceAll('{{maxHops}}', String(CHRONOLOGICAL_HOPS)).replaceAll('{{arrowEnd}}', '-');
      for (const chronological of [false, true]) {
        const name = `before bidirectional: paths ${mode} ${CHRONOLOGICAL_HOPS} hops${chronological ? ' chronological' : ''}`;
        list.push(paths(mode, before, name, true, { hops: CHRONOLOGICAL_HOPS, chronological }));
      }
    }
    const nodeDetailsBefore = queryAt('450da56', 'node-details'); // a label scan of every Source
    list.push({
      name: 'before: node details',
      rawOnly: true,
      http: async () => 0,
      raw: (client, i) => runStatements(client, [[{ query: nodeDetailsBefore, params: { id: plan.ids[i]! }, main: true }]]),
    });
  }
  return args.only ? list.filter((c) => c.name.includes(args.only!)) : list;
}

/** The API's query string for a time window ('' for none). */
function windowQueryText({ since, until }: WindowQuery): string {
  return `${since ? `&since=${since}` : ''}${until ? `&until=${until}` : ''}`;
}

/** The windowed and chronological rows and, for each, the plain row it is compared with (the same ids and pairs). */
const TIME_PAIRS = [
  { plain: 'neighbourhood d1', timed: 'neighbourhood d1 window', targetRatio: 1.2, targetMs: 5 },
  { plain: 'neighbourhood d2', timed: 'neighbourhood d2 window', targetRatio: 1.2, targetMs: 40 },
  {
    plain: `paths shortest ${CHRONOLOGICAL_HOPS} hops`,
    timed: `paths shortest ${CHRONOLOGICAL_HOPS} hops chronological`,
    targetRatio: undefined,
    targetMs: 100,
  },
  {
    plain: `paths all-shortest ${CHRONOLOGICAL_HOPS} hops`,
    timed: `paths all-shortest ${CHRONOLOGICAL_HOPS} hops chronological`,
    targetRatio: undefined,
    targetMs: 100,
  },
] as const;

function timeCases(
  neighbourhood: (depth: number, text?: string, name?: string, rawOnly?: boolean, timeWindow?: WindowQuery) => Case,
  paths: (mode: 'shortest' | 'all-shortest', query?: string, name?: string, rawOnly?: boolean, options?: { hops?: number; chronological?: boolean }) => Case,
): Case[] {
  const list: Case[] = [];
  for (const depth of [1, 2]) list.push(neighbourhood(depth, undefined, `neighbourhood d${depth} window`, false, window));
  for (const mode of ['shortest', 'all-shortest'] as const) {
    const query = cypher(mode === 'shortest' ? 'paths-shortest' : 'paths-all-shortest', { maxHops: CHRONOLOGICAL_HOPS, arrowEnd: '-' });
    list.push(paths(mode, query, `paths ${mode} ${CHRONOLOGICAL_HOPS} hops`, false, { hops: CHRONOLOGICAL_HOPS }));
    list.push(paths(mode, query, `paths ${mode} ${CHRONOLOGICAL_HOPS} hops chronological`, false, { hops: CHRONOLOGICAL_HOPS, chronological: true }));
  }
  return list;
}

/** The time table: each windowed or chronological row's Neo4j time beside its plain twin's, with the issue's targets. */
function timeTable(rows: Row[]): string {
  const byName = new Map(rows.map((r) => [r.name, r]));
  return table(
    ['query', 'plain Neo4j p50 / p99', 'timed Neo4j p50 / p99', 'timed/plain p50', 'timed/plain p99', 'timed elements p50 / max', 'target', 'met'],
    TIME_PAIRS.flatMap(({ plain, timed, targetRatio, targetMs }) => {
      const a = byName.get(plain);
      const b = byName.get(timed);
      if (!a || !b) return [];
      const ok = b.main.p99 <= targetMs && (targetRatio === undefined || b.main.p99 <= targetRatio * a.main.p99);
      return [
        [
          timed,
          `${ms(a.main.p50)} / ${ms(a.main.p99)}`,
          `${ms(b.main.p50)} / ${ms(b.main.p99)}`,
          ratio(b.main.p50, a.main.p50),
          ratio(b.main.p99, a.main.p99),
          b.elements.n ? `${b.elements.p50} / ${b.elements.max}` : '–',
          `${targetRatio ? `≤ ${targetRatio}× p99, ` : ''}≤ ${targetMs} ms p99`,
          ok ? 'yes' : 'NO',
        ],
      ];
    }),
  );
}

/** A service query as an earlier commit had it, from git history: what `--baseline` times beside today's. */
function queryAt(commit: string, name: QueryName): string {
  const shown = spawnSync('git', ['show', `${commit}:server/db/queries/${name}.cypher`], { cwd: projectRoot, encoding: 'utf8' });
  if (shown.status !== 0) {
    throw new Error(
      `--baseline reads earlier service queries from git history, and ${commit} is not in this clone (${(shown.stderr || String(shown.error)).trim()}); run it in a full clone (git fetch --unshallow).`,
    );
  }
  return shown.stdout;
}

interface Samples {
  api: number[];
  driver: number[];
  autoCommit: number[];
  neo4j: number[];
  main: number[];
  elements: number[];
  errors: string[];
}

interface Row {
  name: string;
  api: Summary;
  driver: Summary;
  autoCommit: Summary;
  neo4j: Summary;
  main: Summary;
  /** Over the samples whose answer had at most ELEMENT_CAP elements. */
  capped: { n: number; api: Summary; driver: Summary; autoCommit: Summary };
  elements: Summary;
  errors: number;
  firstErrors: string[];
}

async function main(): Promise<void> {
  const target = await benchTarget({
    uri: args.uri,
    user: args.user,
    password: args.password,
    startLocal: args['start-local'],
    heap: args.heap,
    pageCache: args['page-cache'],
  });
  const driver = driverFor(target, { userAgent: 'bench-raw' });
  const config = loadConfig({
    ...envOfTarget(target),
    PORT: '0',
    HOST: '127.0.0.1',
    // Request logs would go to this terminal; warn keeps the errors.
    LOG_LEVEL: 'warn',
    CYPHER_RATE_LIMIT_PER_MINUTE: '1000000',
    SUPERNODE_DEGREE: String(supernodeDegree),
  });
  const server = await startServer(config);
  let floor: FloorServer | undefined;
  try {
    const counts = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels', {}, { database });
    const nodeCount = Number(counts.records[0]!.get('nodes'));
    const relCount = Number(counts.records[0]!.get('rels'));
    console.log(
      `Neo4j ${target.uri} (${target.how}): ${nodeCount.toLocaleString('en')} nodes, ${relCount.toLocaleString('en')} relationships; API ${server.url}`,
    );
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
    // The transport's own cost, for scale: the same client against a server that answers a node-details text at once.
    const floorBody = JSON.stringify(await requestJson(`${server.url}/api/nodes/${encodeURIComponent(ids[0]!)}`));
    floor = await startFloorServer(floorBody);
    const floorUrl = floor.url;
    const floorMs: number[] = [];
    const samples = new Map<string, Samples>(list.map((c) => [c.name, { api: [], driver: [], autoCommit: [], neo4j: [], main: [], elements: [], errors: [] }]));
    const rotations = [
      ['api', 'executeQuery', 'autoCommit'],
      ['executeQuery', 'autoCommit', 'api'],
      ['autoCommit', 'api', 'executeQuery'],
    ] as const;
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      const f0 = performance.now();
      await requestJson(floorUrl);
      if (i >= warmup) floorMs.push(performance.now() - f0);
      for (const c of list) {
        const s = samples.get(c.name)!;
        const timeApi = async () => {
          const t0 = performance.now();
          const elements = await c.http(server.url, i);
          return { ms: performance.now() - t0, elements };
        };
        const timeRaw = async (via: RawClient['via']) => {
          const t0 = performance.now();
          const result = await c.raw({ driver, via }, i);
          return { ms: performance.now() - t0, ...result };
        };
        try {
          const order = c.rawOnly ? ['executeQuery'] : rotations[i % rotations.length]!;
          let api: { ms: number; elements: number } | undefined;
          let raw: Awaited<ReturnType<typeof timeRaw>> | undefined;
          let autoCommit: Awaited<ReturnType<typeof timeRaw>> | undefined;
          for (const side of order) {
            if (side === 'api') api = await timeApi();
            else if (side === 'executeQuery') raw = await timeRaw('executeQuery');
            else autoCommit = await timeRaw('autoCommit');
          }
          if (i < warmup || !raw) continue;
          if (api) {
            s.api.push(api.ms);
            s.elements.push(api.elements);
          }
          if (autoCommit) s.autoCommit.push(autoCommit.ms);
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
        autoCommit: summarize(s.autoCommit),
        neo4j: summarize(s.neo4j),
        main: summarize(s.main),
        capped: {
          n: small.length,
          api: summarize(small.map((k) => s.api[k]!)),
          driver: summarize(small.map((k) => s.driver[k]!)),
          autoCommit: summarize(small.map((k) => s.autoCommit[k]!)),
        },
        elements: summarize(s.elements),
        errors: s.errors.length,
        firstErrors: s.errors.slice(0, 3),
      };
    });
    const label = args.label ?? `${nodeCount}/${relCount}`;
    console.log(
      `\nAPI benchmark, ${label}: ${iterations} random requests per row after ${warmup} warm-up rounds, seed ${args.seed}, neighbourhood limit ${limit}, maxHops ${maxHops}. Times in ms.\n`,
    );
    console.log(
      table(
        [
          'query',
          '(a) API p50/p95/p99',
          '(b) executeQuery p50/p95/p99',
          '(b′) auto-commit p50/p95/p99',
          '(c) Neo4j p50/p95/p99',
          'a/b p50',
          'a/b p99',
          'a/b′ p50',
          'a/b′ p99',
          'b/c p50',
          'b/c p99',
          'b′/c p50',
          'b′/c p99',
          'elements p50/max',
          'errors',
        ],
        rows.map((r) => [
          r.name,
          r.api.n ? `${ms(r.api.p50)} / ${ms(r.api.p95)} / ${ms(r.api.p99)}` : '–',
          `${ms(r.driver.p50)} / ${ms(r.driver.p95)} / ${ms(r.driver.p99)}`,
          r.autoCommit.n ? `${ms(r.autoCommit.p50)} / ${ms(r.autoCommit.p95)} / ${ms(r.autoCommit.p99)}` : '–',
          `${ms(r.neo4j.p50)} / ${ms(r.neo4j.p95)} / ${ms(r.neo4j.p99)}`,
          ratio(r.api.p50, r.driver.p50),
          ratio(r.api.p99, r.driver.p99),
          ratio(r.api.p50, r.autoCommit.p50),
          ratio(r.api.p99, r.autoCommit.p99),
          ratio(r.driver.p50, r.neo4j.p50),
          ratio(r.driver.p99, r.neo4j.p99),
          ratio(r.autoCommit.p50, r.neo4j.p50),
          ratio(r.autoCommit.p99, r.neo4j.p99),
          r.elements.n ? `${r.elements.p50} / ${r.elements.max}` : '–',
          String(r.errors),
        ]),
      ),
    );
    const floorSummary = summarize(floorMs);
    console.log(
      `\nHTTP floor (bare node:http server answering a fixed ${floorBody.length.toLocaleString('en')}-byte JSON text, same client): ${ms(floorSummary.p50)} / ${ms(floorSummary.p95)} / ${ms(floorSummary.p99)}`,
    );
    console.log(
      `\nTargets (answers of ≤ ${ELEMENT_CAP} elements): API p50 ≤ 1.3 × driver p50, API p99 ≤ 1.5 × driver p99 (b: executeQuery; b′: the same transactions as the server); Neo4j's own time of the query itself.\n`,
    );
    const neo4jTarget: Record<string, number> = {
      'neighbourhood d1': 5,
      'neighbourhood d2': 40,
      'paths shortest': 50,
      'neighbourhood d1 window': 5,
      'neighbourhood d2 window': 40,
      [`paths shortest ${CHRONOLOGICAL_HOPS} hops chronological`]: 100,
      [`paths all-shortest ${CHRONOLOGICAL_HOPS} hops chronological`]: 100,
    };
    console.log(
      table(
        ['query', 'n ≤ 1000 el.', 'a/b p50', 'a/b p99', 'a/b′ p50', 'a/b′ p99', 'query Neo4j p99', 'Neo4j target', 'met (against b)'],
        rows
          .filter((r) => r.api.n)
          .map((r) => {
            const p50 = r.capped.api.p50 / r.capped.driver.p50;
            const p99 = r.capped.api.p99 / r.capped.driver.p99;
            const limitMs = neo4jTarget[r.name];
            const ok = p50 <= 1.3 && p99 <= 1.5 && (limitMs === undefined || r.main.p99 <= limitMs);
            const same = (p: 'p50' | 'p99') => ratio(r.capped.api[p], r.capped.autoCommit[p]);
            return [
              r.name,
              String(r.capped.n),
              `${p50.toFixed(2)}×`,
              `${p99.toFixed(2)}×`,
              same('p50'),
              same('p99'),
              ms(r.main.p99),
              limitMs ? `≤ ${limitMs}` : '–',
              ok ? 'yes' : 'NO',
            ];
          }),
      ),
    );
    const timed = timeTable(rows);
    if (timed.split('\n').length > 2) {
      console.log(
        `\nTime window ${args.since ?? '…'} to ${args.until ?? '…'} and chronological paths (maxHops ${CHRONOLOGICAL_HOPS}) beside the same questions without, Neo4j's time of the query (ms):\n`,
      );
      console.log(timed);
    }
    for (const r of rows) for (const e of r.firstErrors) console.log(`error in ${r.name}: ${e}`);
    const out =
      args.out ?? join(projectRoot, 'bench', 'out', `api-${label.replace(/[^A-Za-z0-9]+/g, '_')}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(
      out,
      JSON.stringify(
        {
          label,
          nodes: nodeCount,
          relationships: relCount,
          iterations,
          warmup,
          seed: Number(args.seed),
          limit,
          maxHops,
          window,
          machine: machine(),
          target: target.how,
          floor: { bytes: floorBody.length, ...floorSummary },
          rows,
        },
        null,
        2,
      ),
    );
    console.log(`\nWrote ${out}`);
  } finally {
    await floor?.close();
    await server.close();
    await driver.close();
    await target.release();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
