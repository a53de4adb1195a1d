import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitForBolt } from './bolt.ts';
import { ensureJars } from './jars.ts';
import { findJava } from './java.ts';
import { neo4jRoot } from './paths.ts';

export interface LocalServerOptions {
  /** This server's own conf, data, logs and run folders live here. */
  home: string;
  boltPort: number;
  /** A password turns auth on; undefined leaves it off (throwaway test servers only). */
  password?: string;
  heap?: string;
  pageCache?: string;
  /** Detached servers outlive this process and log to <home>/logs/console.log. */
  detached: boolean;
  log?: (line: string) => void;
}

export interface LocalServer {
  uri: string;
  pid: number;
  version: string;
  startupMs: number;
}

// The JVM flags of the stock neo4j.conf, less AlwaysPreTouch, which would touch the whole heap at start.
const stockJvmFlags = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/** A JVM size ('1g', '768m') in MiB; undefined for a form this does not read. */
function mebibytes(size: string): number | undefined {
  const match = /^(\d+)([gGmM])$/.exec(size.trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2]!.toLowerCase() === 'g' ? 1024 : 1);
}

/**
 * Neo4j's transaction memory limits for a heap: one transaction may take half of it (an ATT&CK-sized STIX import is
 * one transaction of about 350 MiB), and all transactions together five eighths, so that two console queries that
 * each reach the per-transaction limit fail alone instead of exhausting the heap.
 */
export function transactionMemory(heap: string): string[] {
  const heapMiB = mebibytes(heap) ?? 1024;
  return [`db.memory.transaction.max=${Math.floor(heapMiB / 2)}m`, `db.memory.transaction.total.max=${Math.floor((heapMiB * 5) / 8)}m`];
}

function neo4jConf(opts: LocalServerOptions): string {
  const dir = (name: string) => join(opts.home, name);
  const heap = opts.heap ?? '1g';
  return [
    '# Written by scripts/neo4j/local-server.ts on every start; edit the script, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${heap}`,
    `server.memory.heap.max_size=${heap}`,
    `server.memory.pagecache.size=${opts.pageCache ?? '512m'}`,
    // No query may take the whole heap: the console's resource hogs fail alone.
    ...transactionMemory(heap),
    `dbms.security.auth_enabled=${opts.password ? 'true' : 'false'}`,
    'dbms.usage_report.enabled=false',
    // On shutdown, give running transactions 1 s, terminate them, then wait 1 s more (not 60 s) for the terminated
    // ones before checkpointing: a query that never checks for termination would otherwise hold the shutdown for a
    // minute. The checkpoint then makes the next start clean even if the stop ends with SIGKILL (registry.ts).
    'db.shutdown_transaction_end_timeout=1s',
    'internal.db.transaction.shutdown_terminated_transaction_wait_timeout=1s',
    // Bolt's thread pools then wait 5 s each (10 s even with no connection): 1 s lets a clean stop end in about 3 s.
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.import=${dir('import')}`,
    ...stockJvmFlags.map((flag) => `server.jvm.additional=${flag}`),
    '',
  ].join('\n');
}

function prepareHome(opts: LocalServerOptions, javaBin: string, classpath: string): void {
  for (const name of ['conf', 'data', 'logs', 'run', 'import']) mkdirSync(join(opts.home, name), { recursive: true });
  writeFileSync(join(opts.home, 'conf', 'neo4j.conf'), neo4jConf(opts));
  const authFile = join(opts.home, 'data', 'dbms', 'auth.ini');
  if (opts.password && !existsSync(authFile)) {
    const result = spawnSync(javaBin, ['-cp', classpath, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', opts.password], {
      env: neo4jEnv(opts.home),
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`Could not set the Neo4j password: ${result.stderr || result.stdout}`);
  }
}

function neo4jEnv(home: string): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
}

/**
 * The exact server command that `bin/neo4j console` would run, from its `--dry-run`. Starting that command
 * directly leaves one JVM per server, whose pid is the server's own, so SIGTERM reaches Neo4j itself.
 */
function serverCommand(javaBin: string, classpath: string, home: string): string[] {
  const result = spawnSync(javaBin, ['-cp', classpath, 'org.neo4j.server.startup.Neo4jCommand', 'console', '--dry-run'], {
    env: neo4jEnv(home),
    encoding: 'utf8',
  });
  const line = result.stdout
    .trim()
    .split('\n')
    .findLast((row) => row.includes('org.neo4j.server.'));
  if (result.status !== 0 || !line) throw new Error(`Neo4j did not accept its configuration:\n${result.stdout}${result.stderr}`);
  return shellWords(line);
}

/** Splits a command line printed with shell quoting ("a b", 'c d', back-slash escapes) into its words. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Starts Neo4j as bin/neo4j does and resolves once Bolt answers `RETURN 1`. */
export async function startLocalServer(opts: LocalServerOptions): Promise<LocalServer> {
  const log = opts.log ?? console.log;
  const java = findJava();
  const lib = ensureJars(neo4jRoot, log);
  const classpath = `${lib}/*`;
  prepareHome(opts, java.bin, classpath);
  const consoleLog = join(opts.home, 'logs', 'console.log');
  const out = opts.detached ? openSync(consoleLog, 'a') : 'pipe';
  const started = Date.now();
  const [command, ...args] = serverCommand(java.bin, classpath, opts.home);
  const child = spawn(command!, args, {
    env: neo4jEnv(opts.home),
    detached: opts.detached,
    stdio: ['ignore', out, out],
  });
  if (typeof out === 'number') closeSync(out);
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const stopOnInterrupt = stopChildOnInterrupt(child);
  try {
    const version = await waitForBolt({ uri, password: opts.password }, 180_000, () => !exited);
    if (opts.detached) child.unref();
    return { uri, pid: child.pid!, version, startupMs: Date.now() - started };
  } catch (error) {
    child.kill('SIGKILL');
    const tail = opts.detached ? readTail(consoleLog) : output.join('').slice(-3000);
    throw new Error(`${(error as Error).message}. Neo4j's output ends with:\n${tail}`);
  } finally {
    stopOnInterrupt.dispose();
  }
}

/**
 * Until the server answers, nothing but this process knows it exists (a detached server's pid is recorded only once it
 * is up): Ctrl+C or SIGTERM now stops it too, instead of leaving a Neo4j that holds the port with no one to stop it.
 */
function stopChildOnInterrupt(child: ChildProcess): { dispose(): void } {
  const onSignal = (signal: NodeJS.Signals) => {
    const exit = () => process.exit(signal === 'SIGINT' ? 130 : 143);
    if (child.exitCode !== null || child.signalCode !== null) exit();
    child.once('exit', exit);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

function readTail(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8').slice(-3000) : '(no log)';
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
