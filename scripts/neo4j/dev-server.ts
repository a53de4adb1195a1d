import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeBolt } from './bolt.ts';
import { localCredentials, type Credentials } from './credentials.ts';
import { isRunning, startLocalServer, stopProcess } from './local-server.ts';
import { devServerHome, neo4jRoot } from './paths.ts';

/** The long-lived local server behind `npm run db:start` and `npm start`. */
export interface DevServer extends Credentials {
  uri: string;
  pid: number;
  version: string;
}

const stateFile = join(devServerHome, 'run', 'dev-server.json');

function readState(): DevServer | undefined {
  return existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as DevServer) : undefined;
}

/** The running dev server, if its process lives and Bolt answers. */
export async function findDevServer(): Promise<DevServer | undefined> {
  const state = readState();
  if (!state || !isRunning(state.pid)) return undefined;
  const version = await probeBolt(state);
  return version ? { ...state, version } : undefined;
}

export async function startDevServer(log: (line: string) => void = console.log): Promise<{ server: DevServer; started: boolean }> {
  const running = await findDevServer();
  if (running) return { server: running, started: false };
  const credentials = localCredentials();
  const boltPort = Number(process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687);
  const local = await startLocalServer({
    jarRoot: neo4jRoot,
    home: devServerHome,
    boltPort,
    password: credentials.password,
    heap: process.env.NEO4J_LOCAL_HEAP,
    pageCache: process.env.NEO4J_LOCAL_PAGECACHE,
    detached: true,
    log,
  });
  const server: DevServer = { uri: local.uri, pid: local.pid, version: local.version, ...credentials };
  writeFileSync(stateFile, JSON.stringify(server, null, 2), { mode: 0o600 });
  log(`Neo4j ${local.version} started in ${(local.startupMs / 1000).toFixed(1)} s on ${local.uri} (pid ${local.pid}).`);
  return { server, started: true };
}

export async function stopDevServer(): Promise<boolean> {
  const state = readState();
  if (!state) return false;
  const wasRunning = isRunning(state.pid);
  await stopProcess(state.pid);
  rmSync(stateFile, { force: true });
  return wasRunning;
}
