// npm run bench:stix -- [--objects 25000] [--seed 42] [--iterations 50] [--uri … | --start-local]
// The STIX targets of issue 17, side by side in one run, against a Neo4j this run may wipe (it reseeds it):
//   (a) ATT&CK's DPRK bundle (data/attack) into a freshly seeded graph, streamed as `npm run import` does;
//   (b) a synthetic bundle the size of all ATT&CK Enterprise (scripts/gen-stix.ts), streamed, with the peak Node heap
//       (sampled every 10 ms; the import runs in this process);
//   (c) GET /api/export/stix of a view of about 1,000 elements (nodes + relationships) from the real server.
// A benchmark, not a test: it prints figures and the targets beside them, and asserts nothing.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { createDatabase } from '../../server/db/database.ts';
import { applySeed } from '../../server/db/seed.ts';
import { createStixStore } from '../../server/db/stix-store.ts';
import { startServer } from '../../server/main.ts';
import { importBundleStream } from '../../server/services/stix-import.ts';
import { parseCli, positiveInt } from '../cli.ts';
import { writeBundle } from '../gen-stix.ts';
import { driverFor, envOfTarget } from '../neo4j/bolt.ts';
import { projectRoot } from '../neo4j/paths.ts';
import { benchTarget } from './neo4j.ts';
import { machine, ms, summarize, table } from './stats.ts';

const usage = `usage: npm run bench:stix -- [--objects 25000] [--seed 42] [--iterations 50] [--uri … [--user …] [--password …] | --start-local]

Wipes and reseeds the Neo4j it is given (NEO4J_URI, --uri, the bench server, or one started with --start-local), then
prints: (a) import of data/attack/attack-dprk.json, (b) a streamed import of a generated bundle of --objects objects,
with the peak Node heap, (c) p50/p99 of a STIX export of a view of about 1,000 elements.`;
const { values: args } = parseCli(usage, {
  objects: { type: 'string', default: '25000' },
  seed: { type: 'string', default: '42' },
  iterations: { type: 'string', default: '50' },
  uri: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  'start-local': { type: 'boolean', default: false },
});
const objects = positiveInt(usage, 'objects', args.objects);
const seed = positiveInt(usage, 'seed', args.seed);
const iterations = positiveInt(usage, 'iterations', args.iterations);
const VIEW_ELEMENTS = 1000;

interface Row {
  what: string;
  objects: number;
  seconds: number;
  peakHeapMB?: number;
  error?: string;
}

/** Runs `work` while sampling the heap; the peak is what the heap held at its fullest, garbage included. */
async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ result?: T; error?: Error; seconds: number; peakHeapMB: number }> {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakHeapMB: peak / 2 ** 20 };
  } catch (error) {
    return { error: error as Error, seconds: (performance.now() - started) / 1000, peakHeapMB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  console.log(JSON.stringify({ ...machine(), date: new Date().toISOString() }));
  const target = await benchTarget({ uri: args.uri, user: args.user, password: args.password, startLocal: args['start-local'], heap: '1g', pageCache: '512m' });
  const driver = driverFor(target, { userAgent: 'bench-stix' });
  const config = loadConfig({ ...envOfTarget(target), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const db = createDatabase(config);
  const store = createStixStore(db);
  const dir = mkdtempSync(join(tmpdir(), 'bench-stix-'));
  const rows: Row[] = [];
  try {
    // (a) The shipped bundle into a freshly seeded graph.
    await applySeed(driver, { reset: true });
    const attackFile = join(projectRoot, 'data', 'attack', 'attack-dprk.json');
    const source = { name: 'MITRE ATT&CK Enterprise v18.1', id: 'mitre-attack-enterprise-v18-1' };
    const a = await withPeakHeap(() => importBundleStream(store, createReadStream(attackFile), { source }));
    rows.push({ what: '(a) attack-dprk.json into the seeded graph', objects: a.result?.objects ?? 0, ...a, error: a.error?.message });

    // (c) before (b), so the view is the product's graph, not the synthetic one: the nodes of most degree, then
    // their relationships, until about 1,000 elements.
    const server = await startServer(config);
    let stixMs: number[] = [];
    let elements = 0;
    try {
      const { records } = await driver.executeQuery('MATCH (n:Entity) WHERE NOT n:Source RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 2000');
      const candidates = records.map((r) => r.get('id') as string);
      const exportOf = async (ids: string[]) => {
        const res = await fetch(`${server.url}/api/export/stix?ids=${encodeURIComponent(ids.join(','))}`);
        if (!res.ok) throw new Error(`export answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
        return (await res.json()) as { objects: { type: string }[] };
      };
      const elementsOf = (bundle: { objects: { type: string }[] }) => bundle.objects.filter((o) => !['identity', 'marking-definition'].includes(o.type)).length;
      let count = 50;
      for (; count < candidates.length; count += 50) if (elementsOf(await exportOf(candidates.slice(0, count))) >= VIEW_ELEMENTS) break;
      const ids = candidates.slice(0, count);
      elements = elementsOf(await exportOf(ids));
      for (let i = 0; i < 5; i++) await exportOf(ids);
      stixMs = [];
      for (let i = 0; i < iterations; i++) {
        const started = performance.now();
        await exportOf(ids);
        stixMs.push(performance.now() - started);
      }
      console.log(`(c) view: ${ids.length} nodes, ${elements} STIX objects (nodes, relationships and the sources they cite)`);
    } finally {
      await server.close();
    }

    // (b) The synthetic ATT&CK-sized bundle, written to a file and streamed from it.
    const file = join(dir, `synthetic-${objects}.json`);
    const sizeMB = (await writeBundle(file, objects, seed)).bytes / 1e6;
    const b = await withPeakHeap(() =>
      importBundleStream(store, createReadStream(file), { source: { name: 'Synthetic bench bundle', id: 'synthetic-bench' } }),
    );
    rows.push({ what: `(b) synthetic ${objects} objects, ${sizeMB.toFixed(1)} MB, streamed`, objects, ...b, error: b.error?.message });

    console.log(
      `\n${table(
        ['import', 'objects', 's', 'objects/s', 'peak Node heap MiB', 'target', 'outcome'],
        rows.map((row, i) => [
          row.what,
          String(row.objects),
          row.seconds.toFixed(1),
          row.error ? '–' : Math.round(row.objects / row.seconds).toString(),
          row.peakHeapMB ? row.peakHeapMB.toFixed(0) : '–',
          i === 0 ? '< 10 s' : '< 60 s, < 512 MiB',
          row.error ? `failed: ${row.error}` : 'imported',
        ]),
      )}`,
    );
    const s = summarize(stixMs);
    console.log(
      `\n${table(['export', 'elements', 'n', 'p50 ms', 'p99 ms', 'target'], [['(c) GET /api/export/stix', String(elements), String(s.n), ms(s.p50), ms(s.p99), '< 1000 ms']])}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
    await driver.close();
    await target.release();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
