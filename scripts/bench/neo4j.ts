// Which Neo4j the generator and the benchmarks use: --uri, else NEO4J_URI, else the bench server started by
// `npm run bench:db -- start`, else (with --start-local) a local server started for this run and stopped after it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeBolt } from '../neo4j/bolt.ts';
import { freePort, isRunning, startLocalServer, stopProcess } from '../neo4j/local-server.ts';
import { neo4jRoot } from '../neo4j/paths.ts';

/** Git-ignored (under .neo4j): the big synthetic graph lives here, apart from the dev server's data. */
export const benchHome = join(neo4jRoot, 'bench');
const stateFile = join(benchHome, 'run', 'bench-server.json');

export interface BenchTarget {
  uri: string;
  user: string;
  password?: string;
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

interface State {
  uri: string;
  pid: number;
}

function readState(): State | undefined {
  return existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as State) : undefined;
}

export async function runningBenchServer(): Promise<State | undefined> {
  const state = readState();
  if (!state || !isRunning(state.pid)) return undefined;
  return (await probeBolt({ uri: state.uri })) ? state : undefined;
}

const nothing = async () => undefined;

export async function benchTarget(options: TargetOptions, log: (line: string) => void = console.log): Promise<BenchTarget> {
  const user = options.user ?? process.env.NEO4J_USER ?? 'neo4j';
  const password = options.password ?? process.env.NEO4J_PASSWORD;
  const uri = options.uri ?? process.env.NEO4J_URI;
  if (uri) return { uri, user, password, how: options.uri ? '--uri' : 'NEO4J_URI', release: nothing };
  const running = await runningBenchServer();
  if (running) return { uri: running.uri, user, how: `bench server (pid ${running.pid})`, release: nothing };
  if (!options.startLocal) {
    throw new Error('No Neo4j: pass --uri (or set NEO4J_URI), run `npm run bench:db -- start`, or pass --start-local.');
  }
  const server = await startBenchServer({ ...options, detached: false }, log);
  return {
    uri: server.uri,
    user,
    how: `local server started for this run (${benchHome})`,
    release: async () => {
      log('Stopping the bench Neo4j…');
      await stopProcess(server.pid, 120_000);
    },
  };
}

export async function startBenchServer(options: TargetOptions & { detached: boolean }, log: (line: string) => void = console.log): Promise<State> {
  if (options.fresh) rmSync(join(benchHome, 'data'), { recursive: true, force: true });
  const server = await startLocalServer({
    jarRoot: neo4jRoot,
    home: benchHome,
    boltPort: await freePort(),
    heap: options.heap ?? '4g',
    pageCache: options.pageCache ?? '4g',
    detached: options.detached,
    log,
  });
  log(`Bench Neo4j ${server.version} on ${server.uri} (pid ${server.pid}), started in ${(server.startupMs / 1000).toFixed(1)} s; auth off, 127.0.0.1 only.`);
  const state = { uri: server.uri, pid: server.pid };
  if (options.detached) writeFileSync(stateFile, JSON.stringify(state, null, 2));
  return state;
}

export async function stopBenchServer(): Promise<boolean> {
  const state = readState();
  if (!state) return false;
  const was = isRunning(state.pid);
  await stopProcess(state.pid, 120_000);
  rmSync(stateFile, { force: true });
  return was;
}
