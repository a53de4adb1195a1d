// npm run bench:load -- [--connections 50] [--duration 30] [--per-endpoint 10] [--seed 11] [--label 1M/5M]
//                       [--uri … | --start-local]
// Starts the real server in this process on a free port over the generated graph and loads its read endpoints
// (search, node details, neighbourhood depth 1 and 2, shortest paths) with autocannon: a mixed run of --duration
// seconds with --connections connections, then (with --per-endpoint N) N seconds per endpoint. Reports requests/s,
// latency p50/p99 and errors (non-2xx, timeouts, socket errors: 0 expected). A benchmark, not a test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/main.ts';
import { Random } from '../gen/random.ts';
import { projectRoot } from '../neo4j/paths.ts';
import { benchTarget } from './neo4j.ts';
import { allIds, searchWords } from './sample.ts';
import { machine, table } from './stats.ts';
import { driverFor, envOfTarget } from '../neo4j/bolt.ts';
import { parseCli } from '../cli.ts';

const usage = `usage: npm run bench:load -- [--connections 50] [--duration 30] [--per-endpoint 10] [--seed 11] [--label 1M/5M]
         [--uri … [--user …] [--password …] | --start-local] [--out FILE]`;
const { values: args } = parseCli(usage, {
  connections: { type: 'string', default: '50' },
  duration: { type: 'string', default: '30' },
  'per-endpoint': { type: 'string', default: '0' },
  seed: { type: 'string', default: '11' },
  label: { type: 'string' },
  out: { type: 'string' },
  uri: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  'start-local': { type: 'boolean', default: false },
});

const connections = Number(args.connections);
const POOL = 5000;

interface Mix {
  name: string;
  weight: number;
  paths: string[];
}

interface Outcome {
  name: string;
  seconds: number;
  requests: number;
  requestsPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

async function cannon(name: string, url: string, mixes: Mix[], seconds: number, seed: number): Promise<Outcome> {
  const random = new Random(seed);
  const weighted = mixes.map((mix) => ({ weight: mix.weight, value: mix }));
  const statusCodes: Record<string, number> = {};
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const mix = random.weighted(weighted);
          return { ...request, path: mix.paths[random.int(mix.paths.length)]! };
        },
        onResponse: (status: number) => {
          statusCodes[status] = (statusCodes[status] ?? 0) + 1;
        },
      },
    ],
  });
  return {
    name,
    seconds,
    requests: result.requests.total,
    requestsPerSec: Math.round((result.requests.total / seconds) * 10) / 10,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

async function main(): Promise<void> {
  const target = await benchTarget({ uri: args.uri, user: args.user, password: args.password, startLocal: args['start-local'] });
  const driver = driverFor(target);
  const server = await startServer(
    loadConfig({
      ...envOfTarget(target),
      PORT: '0',
      LOG_LEVEL: 'warn',
    }),
  );
  try {
    const ids0 = await allIds(driver);
    const counts = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
    const label = args.label ?? `${counts.records[0]!.get('nodes')}/${counts.records[0]!.get('rels')}`;
    const random = new Random(Number(args.seed));
    const ids = Array.from({ length: POOL }, () => random.pick(ids0));
    const words = await searchWords(driver, ids.slice(0, 500));
    const node = (i: number) => encodeURIComponent(ids[i]!);
    const mixes: Mix[] = [
      { name: 'search', weight: 25, paths: Array.from({ length: POOL }, () => `/api/search?q=${encodeURIComponent(random.pick(words))}`) },
      { name: 'node details', weight: 25, paths: ids.map((_, i) => `/api/nodes/${node(i)}`) },
      { name: 'neighbourhood d1', weight: 20, paths: ids.map((_, i) => `/api/nodes/${node(i)}/neighbourhood?depth=1&limit=300`) },
      { name: 'neighbourhood d2', weight: 10, paths: ids.map((_, i) => `/api/nodes/${node(i)}/neighbourhood?depth=2&limit=300`) },
      {
        name: 'paths shortest',
        weight: 20,
        paths: ids.map((_, i) => `/api/paths?from=${node(i)}&to=${node((i * 7 + 13) % POOL)}&mode=shortest&maxHops=4`),
      },
    ];
    console.log(`Load: ${server.url} over ${target.uri} (${label}), ${connections} connections`);
    const outcomes: Outcome[] = [];
    const mixedSeconds = Number(args.duration);
    console.log(`Mixed read endpoints for ${mixedSeconds} s…`);
    outcomes.push(await cannon('mixed (25% search, 25% details, 20% hood d1, 10% hood d2, 20% paths)', server.url, mixes, mixedSeconds, 1));
    const each = Number(args['per-endpoint']);
    if (each > 0) {
      for (const mix of mixes) {
        console.log(`${mix.name} for ${each} s…`);
        outcomes.push(await cannon(mix.name, server.url, [mix], each, 2));
      }
    }
    console.log(`\nLoad test, ${label}: autocannon, ${connections} connections, in-process server (log level warn). Latency in ms.\n`);
    console.log(
      table(
        ['workload', 's', 'requests', 'req/s', 'p50', 'p90', 'p99', 'max', 'non-2xx', 'errors', 'timeouts'],
        outcomes.map((o) => [
          o.name,
          String(o.seconds),
          String(o.requests),
          String(o.requestsPerSec),
          String(o.p50),
          String(o.p90),
          String(o.p99),
          String(o.max),
          String(o.non2xx),
          String(o.errors),
          String(o.timeouts),
        ]),
      ),
    );
    for (const o of outcomes) if (o.non2xx) console.log(`${o.name}: status codes ${JSON.stringify(o.statusCodes)}`);
    const out =
      args.out ?? join(projectRoot, 'bench', 'out', `load-${label.replace(/[^A-Za-z0-9]+/g, '_')}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, JSON.stringify({ label, connections, machine: machine(), outcomes }, null, 2));
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
