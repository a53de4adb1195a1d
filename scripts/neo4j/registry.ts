// One way to start, find and stop a local Neo4j, whatever its home: the dev server (.neo4j/server), the bench server
// (.neo4j/bench) and the throwaway test servers (a temporary folder) differ only in their home and options.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BoltTarget, probeBolt } from './bolt.ts';
import { startLocalServer } from './local-server.ts';

/** A running local server as its state file records it. */
export interface RegisteredServer extends BoltTarget {
  pid: number;
  version: string;
}

interface StartOptions {
  boltPort: number;
  /** A password turns auth on (user neo4j); undefined leaves it off (bench and test servers). */
  password?: string;
  heap?: string;
  pageCache?: string;
  /** Detached servers outlive this process and log to <home>/logs/console.log. */
  detached: boolean;
  /** Delete the home's data before starting: the fastest reset of a big graph. */
  fresh?: boolean;
  log?: (line: string) => void;
}

export interface RegistryOptions {
  /** Names the state file, <home>/run/<name>.json, and the server in messages. */
  name: string;
  /**
   * How long `stop` lets Neo4j shut down cleanly after SIGTERM before it sends SIGKILL. A query that never checks for
   * termination (one long expression) holds a clean shutdown indefinitely; a killed Neo4j replays its transaction log
   * on the next start, so the data stays consistent either way.
   */
  stopGraceMs?: number;
}

export interface LocalServerRegistry {
  readonly home: string;
  /** The recorded server, if its process lives and Bolt answers. */
  find(): Promise<RegisteredServer | undefined>;
  /** Starts a server in the home and records it, unless one already answers there. */
  start(options: StartOptions): Promise<{ server: RegisteredServer; started: boolean }>;
  /** Stops the recorded server (SIGTERM, then SIGKILL after the grace period) and forgets it; false if none was running. */
  stop(): Promise<boolean>;
}

/** Leaves the whole stop, kill included, under the 10 s an interrupted `npm start` or `npm run db:stop` may take. */
const DEFAULT_STOP_GRACE_MS = 5000;

export function localServerRegistry(home: string, { name, stopGraceMs = DEFAULT_STOP_GRACE_MS }: RegistryOptions): LocalServerRegistry {
  const stateFile = join(home, 'run', `${name}.json`);
  const readState = () => (existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as RegisteredServer) : undefined);

  async function find(): Promise<RegisteredServer | undefined> {
    const state = readState();
    if (!state || !isRunning(state.pid)) return undefined;
    const version = await probeBolt(state);
    return version ? { ...state, version } : undefined;
  }

  async function start(options: StartOptions): Promise<{ server: RegisteredServer; started: boolean }> {
    const running = await find();
    if (running) return { server: running, started: false };
    const log = options.log ?? console.log;
    if (options.fresh) rmSync(join(home, 'data'), { recursive: true, force: true });
    const local = await startLocalServer({ ...options, home, log });
    const credentials = options.password ? { user: 'neo4j', password: options.password } : {};
    const server: RegisteredServer = { uri: local.uri, ...credentials, pid: local.pid, version: local.version };
    // The state holds the password: readable by its owner only.
    writeFileSync(stateFile, JSON.stringify(server, null, 2), { mode: 0o600 });
    log(`Neo4j ${local.version} (${name}) started in ${(local.startupMs / 1000).toFixed(1)} s on ${local.uri} (pid ${local.pid}).`);
    return { server, started: true };
  }

  async function stop(): Promise<boolean> {
    const state = readState();
    if (!state) return false;
    const wasRunning = isRunning(state.pid);
    await stopProcess(state.pid, stopGraceMs);
    rmSync(stateFile, { force: true });
    return wasRunning;
  }

  return { home, find, start, stop };
}

/** SIGTERM (Neo4j's clean shutdown), SIGKILL once the grace period is over; resolves when the process has gone. */
async function stopProcess(pid: number, graceMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await exitedWithin(pid, graceMs)) return;
  signal(pid, 'SIGKILL');
  if (!(await exitedWithin(pid, 5000))) throw new Error(`Neo4j (pid ${pid}) survived SIGKILL`);
}

async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; isRunning(pid); ) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Sends a signal unless the process has already gone. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
