// Which Neo4j the generator and the benchmarks use: --uri, else NEO4J_URI, else the bench server started by
// `npm run bench:db -- start`, else (with --start-local) a local server started for this run and stopped after it.
import { join } from 'node:path';
import { type BoltTarget, targetFromEnv } from '../neo4j/bolt.ts';
import { freePort } from '../neo4j/local-server.ts';
import { neo4jRoot } from '../neo4j/paths.ts';
import { localServerRegistry, type RegisteredServer } from '../neo4j/registry.ts';

/**
 * Git-ignored (under .neo4j): the big synthetic graph lives here, apart from the dev server's data. Its clean shutdown
 * may checkpoint gigabytes: it gets two minutes before a kill (and a long recovery at the next start).
 */
export const benchServer = localServerRegistry(join(neo4jRoot, 'bench'), { name: 'bench-server', stopGraceMs: 120_000 });

export interface BenchTarget extends BoltTarget {
  how: string;
  /** Stops the server when this process started it. */
  release(): Promise<void>;
}

export interface TargetOptions {
  uri?: string;
  user?: string;
  password?: string;
  startLocal?: boolean;
  heap?: string;
  pageCache?: string;
  /** Delete the bench server's data before starting it: the fastest reset of a big graph. */
  fresh?: boolean;
}

const nothing = async () => undefined;

export async function benchTarget(options: TargetOptions, log: (line: string) => void = console.log): Promise<BenchTarget> {
  const given = targetFromEnv(options);
  if (given) return { ...given, how: options.uri ? '--uri' : 'NEO4J_URI', release: nothing };
  const running = await benchServer.find();
  if (running) return { uri: running.uri, how: `bench server (pid ${running.pid})`, release: nothing };
  if (!options.startLocal) {
    throw new Error('No Neo4j: pass --uri (or set NEO4J_URI), run `npm run bench:db -- start`, or pass --start-local.');
  }
  const { server } = await startBenchServer({ ...options, detached: false }, log);
  return {
    uri: server.uri,
    how: `local server started for this run (${benchServer.home})`,
    release: async () => {
      log('Stopping the bench Neo4j…');
      await benchServer.stop();
    },
  };
}

/** Starts the bench server (auth off, 127.0.0.1, a free port) unless it already runs. */
export async function startBenchServer(
  options: TargetOptions & { detached: boolean },
  log: (line: string) => void = console.log,
): Promise<{ server: RegisteredServer; started: boolean }> {
  return benchServer.start({
    boltPort: await freePort(),
    heap: options.heap ?? '4g',
    pageCache: options.pageCache ?? '4g',
    detached: options.detached,
    fresh: options.fresh,
    log,
  });
}
