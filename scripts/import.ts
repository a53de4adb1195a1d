// npm run import -- FILE… [--source NAME] [--source-id ID] [--publisher NAME] [--url URL] [--json]
// Imports STIX 2.1 bundles into NEO4J_URI or the running local server, each file in one transaction, with a progress
// bar and a report at the end. Each file is read as a stream, one object at a time (server/services/stix-stream.ts), so
// a bundle of all ATT&CK fits in a small heap. The same import as POST /api/imports (server/services/stix-import.ts).
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import cliProgress from 'cli-progress';
import type { ImportReport } from '../contract/api.ts';
import { loadConfig } from '../server/config.ts';
import { createDatabase } from '../server/db/database.ts';
import { createStixStore } from '../server/db/stix-store.ts';
import { AppError } from '../server/errors.ts';
import { type ImportSource, importBundleStream } from '../server/services/stix-import.ts';
import { parseCli, usageError } from './cli.ts';
import { type BoltTarget, envOfTarget } from './neo4j/bolt.ts';
import { projectRoot } from './neo4j/paths.ts';
import { configuredTarget } from './neo4j/resolve.ts';

const usage = `usage: npm run import -- FILE… [options]

Imports each STIX 2.1 bundle (JSON) in one transaction and prints what was created, merged, updated and skipped, and
where sources disagree. The Neo4j is NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) or the running local server (npm run db:start).

The Source the import cites: --source, else FILE.source.json beside the bundle
({"id","name","publisher","url"}), else "STIX bundle <bundle id>".

options:
  --source NAME      title of the Source node (e.g. "MITRE ATT&CK Enterprise v18.1")
  --source-id ID     its id (default: a slug of the title)
  --publisher NAME   who publishes it
  --url URL          where it is published
  --json             print the reports as JSON
  -h, --help         this text`;

/** The Source a file is cited as: the options, else the file's sidecar. */
export function sourceFor(file: string, options: ImportSource): ImportSource {
  const sidecar = `${file.replace(/\.json$/i, '')}.source.json`;
  const fromFile = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as ImportSource) : {};
  return {
    id: options.id ?? (options.name ? undefined : fromFile.id),
    name: options.name ?? fromFile.name,
    publisher: options.publisher ?? fromFile.publisher,
    url: options.url ?? fromFile.url,
  };
}

function printReport(file: string, report: ImportReport): void {
  const byLabel = Object.entries(report.created.byLabel)
    .map(([label, n]) => `${n} ${label}`)
    .join(', ');
  const byType = Object.entries(report.created.byType)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  console.log(`\n${file} → ${report.source.name} (${report.source.id}), ${report.objects} objects, ${(report.durationMs / 1000).toFixed(1)} s`);
  console.log(`  created   ${report.created.nodes} nodes${byLabel ? ` (${byLabel})` : ''}`);
  console.log(`            ${report.created.relationships} relationships${byType ? ` (${byType})` : ''}`);
  console.log(`  updated   ${report.updated.length}`);
  console.log(`  unchanged ${report.unchanged}`);
  console.log(`  merged    ${report.merged.length}`);
  for (const m of report.merged) console.log(`            ${m.type} "${m.name}" → ${m.nodeName} (${m.node}) by ${m.by}`);
  if (report.notMerged.length) console.log(`  not merged ${report.notMerged.length}`);
  for (const m of report.notMerged) console.log(`            ${m.type} "${m.name}" → new node ${m.node}: ${m.reason}`);
  console.log(`  skipped   ${report.skipped.length}`);
  for (const s of report.skipped.slice(0, 50))
    console.log(`            #${s.index} ${s.type ?? '?'} ${s.stixId ?? ''}${s.name ? ` "${s.name}"` : ''}: ${s.reason}`);
  if (report.skipped.length > 50) console.log(`            … and ${report.skipped.length - 50} more (--json lists all)`);
  console.log(`  conflicts ${report.conflicts.length}`);
  for (const c of report.conflicts) {
    console.log(`            ${c.about}`);
    for (const s of c.statements) console.log(`              - ${s.says} (${s.sources.join(', ')})`);
  }
}

/** The ATT&CK bundle the product ships (data/attack), imported by `npm start` into an empty database after the seed. */
export async function importShippedBundle(target: BoltTarget): Promise<ImportReport> {
  const file = join(projectRoot, 'data', 'attack', 'attack-dprk.json');
  return withStore(target, (store) => importBundleStream(store, createReadStream(file), { source: sourceFor(file, {}) }));
}

async function withStore<T>(target: BoltTarget, work: (store: ReturnType<typeof createStixStore>) => Promise<T>): Promise<T> {
  const config = loadConfig({ ...process.env, ...envOfTarget(target) });
  const db = createDatabase(config);
  try {
    return await work(createStixStore(db));
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseCli(
    usage,
    {
      source: { type: 'string' },
      'source-id': { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    { positionals: true },
  );
  if (positionals.length === 0) usageError(usage, 'name at least one bundle FILE');
  const resolved = await configuredTarget();
  if (!resolved) throw new Error('No Neo4j to import into: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run `npm run db:start` first.');
  const reports: { file: string; report?: ImportReport; error?: string }[] = [];
  await withStore(resolved.target, async (store) => {
    for (const file of positionals) {
      const bar = values.json
        ? undefined
        : new cliProgress.SingleBar({ format: `${file} {phase} [{bar}] {value}/{total}`, clearOnComplete: true }, cliProgress.Presets.shades_classic);
      try {
        let started = false;
        const report = await importBundleStream(store, createReadStream(file), {
          source: sourceFor(file, { id: values['source-id'], name: values.source, publisher: values.publisher, url: values.url }),
          // The audit trail names who ran the command, as npm run user does.
          actor: { name: `cli:${userInfo().username}`, request: null },
          onProgress: (done, total, phase) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, done, { phase });
              started = true;
            }
            bar.setTotal(total);
            bar.update(done, { phase: phase === 'plan' ? 'matching' : 'writing ' });
          },
        });
        bar?.stop();
        reports.push({ file, report });
        if (!values.json) printReport(file, report);
      } catch (error) {
        bar?.stop();
        const message = error instanceof AppError ? error.message : `import failed, nothing was written: ${(error as Error).message}`;
        reports.push({ file, error: message });
        if (!values.json) console.error(`\n${file}: ${message}`);
        process.exitCode = 1;
      }
    }
  });
  if (values.json) console.log(JSON.stringify(reports, null, 2));
}

if (import.meta.main) {
  main().catch((error: Error) => {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  });
}
