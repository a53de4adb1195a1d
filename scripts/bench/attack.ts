// npm run bench:attack -- [--url http://127.0.0.1:3000] [--neo4j-pid PID] [--after 20]
// Attacks a running explorer's console and reports what it costs everyone else: the Neo4j JVM's CPU (from
// /proc/PID/stat) and the explorer's search latency, before, during and after. Two attacks, one after the other:
//   issue   the two expressions of the console issue, sent at once by two clients;
//   attack  20 hostile queries from 5 clients (4 each, one after the other per client).
// Each client sends from its own loopback address (127.0.0.2, 127.0.0.3…), as different machines would. A benchmark,
// not a test: it prints figures and ratios side by side, and asserts nothing.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { parseCli, positiveInt, usageError } from '../cli.ts';
import { machine, ms, ratio, summarize, table } from './stats.ts';

const usage = `usage: npm run bench:attack -- [--url http://127.0.0.1:3000] [--neo4j-pid PID] [--after 20] [--baseline 10]
  --url        a running explorer (npm start); it must listen on 127.0.0.1 so that 127.0.0.x clients reach it
  --neo4j-pid  the Neo4j JVM to watch (default: the only org.neo4j.server process running)
  --after      seconds measured after each attack's last answer (default 20)
  --baseline   seconds measured before the first attack (default 10)`;
const { values: args } = parseCli(usage, {
  url: { type: 'string', default: 'http://127.0.0.1:3000' },
  'neo4j-pid': { type: 'string' },
  after: { type: 'string', default: '20' },
  baseline: { type: 'string', default: '10' },
});
const base = new URL(args.url);
const afterSeconds = positiveInt(usage, 'after', args.after);
const baselineSeconds = positiveInt(usage, 'baseline', args.baseline);
const jvm = args['neo4j-pid'] ? positiveInt(usage, 'neo4j-pid', args['neo4j-pid']) : findNeo4jPid();

const issueQueries = [
  "RETURN reduce(s = '', i IN range(1, 50000000) | s + 'x') AS s",
  'RETURN size(reduce(acc = [], i IN range(1, 20000000) | acc + [i])) AS n',
];
const hostile = [
  ...issueQueries,
  'RETURN size([x IN range(1, 3000) | [y IN range(1, 3000) | x * y]]) AS n',
  "RETURN size(reduce(s = '', x IN range(1, 300000) | s + 'xxxxxxxxxx')) AS n",
  "RETURN size(lpad('', 500000000, 'x')) AS n",
  "RETURN any(x IN range(1, 100000000) WHERE toString(x) = 'never') AS found",
  'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS none',
  "MATCH (a:Entity), (b:Entity), (c:Entity) WHERE a.name + b.name + c.name = 'x' RETURN count(*) AS n",
];

function findNeo4jPid(): number {
  const pids = execFileSync('pgrep', ['-f', 'org.neo4j.server'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  if (pids.length !== 1) usageError(usage, `found ${pids.length} Neo4j JVMs; name the one to watch with --neo4j-pid`);
  return Number(pids[0]);
}

/** CPU seconds the process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Window {
  cores: number;
  search: number[];
}

/** Searches one after another for `seconds` (or until `until` settles), and the JVM's mean cores meanwhile. */
async function measure(seconds: number, until?: Promise<unknown>): Promise<Window> {
  const cpuStart = cpuSeconds(jvm);
  const started = performance.now();
  const search: number[] = [];
  let done = false;
  until?.finally(() => (done = true));
  while (until ? !done : performance.now() - started < seconds * 1000) {
    const t = performance.now();
    await send('GET', `/api/search?q=${encodeURIComponent(['lazarus', 'apt38', 'sony', 'bangladesh'][search.length % 4]!)}`);
    search.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { cores: (cpuSeconds(jvm) - cpuStart) / ((performance.now() - started) / 1000), search };
}

interface Answer {
  status: number;
  code?: string;
}

function send(method: 'GET' | 'POST', path: string, body?: unknown, from = '127.0.0.1'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: `${base.pathname.replace(/\/$/, '')}${path}`,
        method,
        localAddress: from,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, code: safeJson(text)?.error?.code }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

function safeJson(text: string): { error?: { code?: string } } | undefined {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Each client sends its queries one after another; the clients run side by side. */
async function attack(perClient: string[][]): Promise<{ answers: Answer[]; seconds: number }> {
  const started = performance.now();
  const answers = await Promise.all(
    perClient.map(async (queries, i) => {
      const mine: Answer[] = [];
      for (const query of queries) mine.push(await send('POST', '/api/cypher', { query }, `127.0.0.${i + 2}`));
      return mine;
    }),
  );
  return { answers: answers.flat(), seconds: (performance.now() - started) / 1000 };
}

function tally(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const { status, code } of answers) counts.set(`${status}${code ? ` ${code}` : ''}`, (counts.get(`${status}${code ? ` ${code}` : ''}`) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n}× ${kind}`).join(', ');
}

async function main(): Promise<void> {
  const health = await send('GET', '/api/health').catch(() => undefined);
  if (health?.status !== 200) usageError(usage, `no explorer answers at ${args.url}; start one with npm start`);
  console.log(`Neo4j JVM pid ${jvm}; explorer ${args.url}`, machine());

  await measure(3); // warm-up: the first searches fill caches and compile plans
  const rows: string[][] = [];
  const baseline = await measure(baselineSeconds);
  const basePercentile = summarize(baseline.search).p95;
  const row = (phase: string, w: Window, extra = '') => {
    const s = summarize(w.search);
    rows.push([phase, w.cores.toFixed(2), String(s.n), ms(s.p50), ms(s.p95), ratio(s.p95, basePercentile), extra]);
  };
  row('baseline', baseline);

  const issue = attack(issueQueries.map((query) => [query]));
  row('issue: until both answered', await measure(0, issue), tally((await issue).answers));
  row(`issue: ${afterSeconds} s after the answers`, await measure(afterSeconds));

  const perClient = Array.from({ length: 5 }, (_, c) => Array.from({ length: 4 }, (_, q) => hostile[(c * 4 + q) % hostile.length]!));
  const big = attack(perClient);
  row('attack: 20 queries, 5 clients', await measure(0, big), `${tally((await big).answers)} in ${(await big).seconds.toFixed(1)} s`);
  row(`attack: ${afterSeconds} s after the answers`, await measure(afterSeconds));

  console.log(`\n${table(['phase', 'Neo4j JVM cores', 'searches', 'search p50 ms', 'search p95 ms', 'p95 vs baseline', 'console answers'], rows)}`);
}

await main();
