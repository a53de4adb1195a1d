import { accessSync, constants } from 'node:fs';
import { isIP } from 'node:net';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.string().min(1).default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  CONSOLE_ROW_LIMIT: z.coerce.number().int().min(1).max(100_000).default(1000),
  API_TOKEN: z.string().min(1).optional(),
  CORS_ORIGINS: z.string().optional(),
  SUPERNODE_DEGREE: z.coerce.number().int().min(1).default(1000),
  CYPHER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  CONSOLE_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(2),
  PUBLIC_READ: z.enum(['true', 'false']).default('false'),
  SESSION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 90)
    .default(12),
  SIGN_IN_ATTEMPTS_PER_15_MIN: z.coerce.number().int().min(1).default(10),
  IMPORT_MAX_MB: z.coerce.number().min(0.001).max(1024).default(50),
  TRUST_PROXY: z.string().optional(),
  BASE_PATH: z.string().optional(),
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  neo4j: { uri: string; user: string; password?: string; database: string };
  queryTimeoutMs: number;
  consoleRowLimit: number;
  apiToken?: string;
  corsOrigins: string[];
  cypherRateLimitPerMinute: number;
  /** Console queries running in Neo4j at once, from all clients together (each client runs one at a time). */
  consoleMaxConcurrent: number;
  /** Above this many relationships a node is a supernode: neighbourhoods do not read its relationships to find links among the kept nodes. */
  supernodeDegree: number;
  /** Largest body POST /api/imports accepts, in bytes. */
  importMaxBytes: number;
  /** Express's 'trust proxy': false, a hop count, or the proxies' addresses; decides the client address and protocol. */
  trustProxy: TrustProxy;
  /** Where the explorer is mounted: '' for the root, or a prefix such as '/explorer' (no trailing slash). */
  basePath: string;
  /** Serve HTTPS directly with this certificate and key. */
  tls?: { certFile: string; keyFile: string };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Reading without signing in: on a loopback HOST, or anywhere with PUBLIC_READ=true. */
  readOpen: boolean;
  sessionSeconds: number;
  /** Failed sign-ins allowed per client address in 15 minutes. */
  signInAttemptsPer15Minutes: number;
}

/** Whether HOST only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

type TrustProxy = false | number | string[];

/** Configuration comes only from the environment; a bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if (typeof trustProxy === 'string') problems.push(trustProxy);
  const basePath = parseBasePath(e.BASE_PATH);
  if (basePath === undefined) problems.push(`BASE_PATH: must start with "/" and be a plain path such as /explorer (got ${JSON.stringify(e.BASE_PATH)})`);
  const tls = parseTls(e.TLS_CERT_FILE, e.TLS_KEY_FILE);
  if (typeof tls === 'string') problems.push(tls);
  if (problems.length > 0) throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    consoleRowLimit: e.CONSOLE_ROW_LIMIT,
    apiToken: e.API_TOKEN,
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : [],
    cypherRateLimitPerMinute: e.CYPHER_RATE_LIMIT_PER_MINUTE,
    consoleMaxConcurrent: e.CONSOLE_MAX_CONCURRENT,
    supernodeDegree: e.SUPERNODE_DEGREE,
    importMaxBytes: Math.round(e.IMPORT_MAX_MB * 1024 * 1024),
    trustProxy: trustProxy as TrustProxy,
    basePath: basePath ?? '',
    ...(tls ? { tls: tls as { certFile: string; keyFile: string } } : {}),
    logLevel: e.LOG_LEVEL,
    readOpen: e.PUBLIC_READ === 'true' || isLoopback(e.HOST),
    sessionSeconds: Math.round(e.SESSION_HOURS * 3600),
    signInAttemptsPer15Minutes: e.SIGN_IN_ATTEMPTS_PER_15_MIN,
  };
}

/**
 * The console runs any read a caller writes; off the loopback it is closed to anonymous callers (PUBLIC_READ opens
 * reading, never the console), so an open port is not an open console.
 */
export function consoleOffReason(config: Pick<Config, 'host' | 'apiToken'>): string | undefined {
  if (config.apiToken || isLoopback(config.host)) return undefined;
  return `The Cypher console is off for anonymous callers: this server listens on ${config.host}. Sign in, or start the server with API_TOKEN=<secret> and send Authorization: Bearer <secret>.`;
}

/** Express's named ranges of addresses, besides plain addresses and CIDR blocks. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Unset, '', 'false' or '0': trust no proxy. A whole number: trust that many hops. Otherwise a comma-separated list of
 * proxy addresses, CIDR blocks or Express's names (loopback, linklocal, uniquelocal). 'true' (trust every hop) is
 * refused: any client could then claim any address. Answers a problem as a string.
 */
function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !namedRanges.has(entry) && !isAddressOrBlock(entry));
  if (bad.length === 0) return entries;
  return `TRUST_PROXY: ${JSON.stringify(bad.join(','))} is not a hop count, address, CIDR block or one of loopback, linklocal, uniquelocal (e.g. TRUST_PROXY=1 for one proxy in front)`;
}

function isAddressOrBlock(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/** '' and '/' mean the root; otherwise a leading slash, letters, digits and - _ . / only, and no trailing slash kept. */
function parseBasePath(value: string | undefined): string | undefined {
  if (value === undefined || value === '' || value === '/') return '';
  if (!/^(\/[\w.-]+)+\/?$/.test(value)) return undefined;
  return value.replace(/\/$/, '');
}

function parseTls(certFile: string | undefined, keyFile: string | undefined): { certFile: string; keyFile: string } | string | undefined {
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) return 'TLS_CERT_FILE and TLS_KEY_FILE: set both (a PEM certificate and its key) or neither';
  for (const [name, file] of [
    ['TLS_CERT_FILE', certFile],
    ['TLS_KEY_FILE', keyFile],
  ]) {
    try {
      accessSync(file as string, constants.R_OK);
    } catch {
      return `${name}: cannot read ${file}; give the path of a readable PEM file`;
    }
  }
  return { certFile, keyFile };
}
