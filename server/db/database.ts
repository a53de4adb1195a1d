// The only module that creates the driver. One driver per process; reads go through READ routing.
import neo4j, { Neo4jError, type Driver, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { neo4jQuerySeconds, neo4jSessionsOpen } from '../metrics.ts';
import { fromDriverError } from './errors.ts';
import { queryNameOf } from './queries.ts';

/** Neo4j's own time spent on behalf of the current request, for its log line. */
export interface QueryTiming {
  queries: number;
  neo4jMs: number;
}

export const queryTiming = new AsyncLocalStorage<QueryTiming>();

function recordTiming(summary: { resultAvailableAfter: { toNumber(): number }; resultConsumedAfter: { toNumber(): number } }, queryName: string): void {
  const ms = summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
  neo4jQuerySeconds.observe({ query: queryName }, ms / 1000);
  const timing = queryTiming.getStore();
  if (!timing) return;
  timing.queries += 1;
  timing.neo4jMs += ms;
}

export type QueryType = 'r' | 'w' | 'rw' | 's';

/** What Neo4j's plan says a query would do, and how it would find its data: each operator with its details. */
export interface QueryPlan {
  type: QueryType;
  operators: { name: string; details: string }[];
}

export interface StreamedResult {
  keys: string[];
  records: import('neo4j-driver').Record[];
  truncated: boolean;
  serverMs: number;
}

export interface StreamOptions {
  pool: 'console' | 'explorer';
  finished?: (() => void) | undefined;
}

/** A statement runner inside one explicit transaction. */
export interface Transaction {
  run<R extends RecordShape = RecordShape>(query: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
}

export interface GraphDatabase {
  read<R extends RecordShape = RecordShape>(query: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
  /** Several statements that answer one question, in one READ transaction: the query timeout holds for them together. */
  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Neo4j's own plan of a query (what it would do, and with which operators): `EXPLAIN` runs nothing. */
  queryPlan(query: string, params: Record<string, unknown>, pool: StreamOptions['pool']): Promise<QueryPlan>;
  /**
   * A read of ad-hoc text (the console's, a walkthrough's): a READ transaction with a timeout, pulling at most
   * `rowLimit + 1` rows. The console's pool is its own. `finished` is called when Neo4j has ended the query's work,
   * which can be after the answer (a deadline).
   */
  streamRead(query: string, params: Record<string, unknown>, rowLimit: number, options: StreamOptions): Promise<StreamedResult>;
  serverVersion(): Promise<string>;
  /** Runs `work` in one write transaction: committed when it returns, rolled back (nothing written) when it throws. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>, options: { timeoutMs: number }): Promise<T>;
  close(): Promise<void>;
}

const explainPrefix = 'EXPLAIN ';

/** Neo4j's syntax errors quote the query and point at a column: show them as the user wrote it, without our prefix. */
export function withoutExplainPrefix(message: string): string {
  const shift = explainPrefix.length;
  const position = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!position) return message.replace(`"${explainPrefix}`, '"');
  const [whole, line, column, offset] = position;
  const onFirstLine = line === '1';
  const fixed = message
    .replace(whole, `(line ${line}, column ${Number(column) - (onFirstLine ? shift : 0)} (offset: ${Number(offset) - shift}))`)
    .replace(`"${explainPrefix}`, '"');
  return onFirstLine ? fixed.replace(new RegExp(`\\n {${shift}}( *\\^)`), '\n$1') : fixed;
}

/** JSON has one number type; whole numbers go to Neo4j as integers (as Neo4j Browser sends them), others as floats. */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toDriverParams(item)]));
  }
  return value;
}

function driverParams(params: Record<string, unknown>): Record<string, unknown> {
  return toDriverParams(params) as Record<string, unknown>;
}

export function createDatabase(config: Config): GraphDatabase {
  const { uri, user, password, database } = config.neo4j;
  const auth = password ? neo4j.auth.basic(user, password) : undefined;
  const options = {
    // Fail fast when Neo4j is down: the API answers 503 within two seconds instead of hanging.
    connectionTimeout: 1500,
    connectionAcquisitionTimeout: 2000,
    maxTransactionRetryTime: 500,
    userAgent: 'dprk-graph-explorer',
  };
  const driver: Driver = neo4j.driver(uri, auth, options);
  // The console's queries have connections of their own, so that however many it is allowed to run, the explorer's
  // searches, neighbourhoods and paths never wait for a connection behind them.
  const consoleDriver: Driver = neo4j.driver(uri, auth, { ...options, maxConnectionPoolSize: config.consoleMaxConcurrent + 1 });
  const timeout = config.queryTimeoutMs;
  // Every session is counted while open, so /metrics shows how many pooled connections requests hold.
  const openSession = (config: Parameters<Driver['session']>[0]): Session => {
    const session = driver.session(config);
    neo4jSessionsOpen.inc();
    const close = session.close.bind(session);
    let closed = false;
    session.close = () => {
      if (!closed) neo4jSessionsOpen.dec();
      closed = true;
      return close();
    };
    return session;
  };
  const readSession = (fetchSize?: number) => openSession({ database, defaultAccessMode: neo4j.session.READ, fetchSize });

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw fromDriverError(error);
    }
  }

  return {
    // Every read is one statement in an auto-commit READ transaction: RUN and PULL go out together and the answer
    // ends it, one round trip. executeQuery's managed transaction adds a COMMIT round trip (about 0.5 ms here, a
    // third of a small query) for retries a single read does not need: a failure is answered 503 and the client
    // may ask again.
    read: (query, params = {}) =>
      guarded(async () => {
        const session = readSession();
        try {
          const result = await session.run(query, driverParams(params), { timeout });
          recordTiming(result.summary, queryNameOf(query));
          return result;
        } finally {
          await session.close();
        }
      }),

    readTransaction: (work) =>
      guarded(async () => {
        const session = readSession();
        const tx = session.beginTransaction({ timeout });
        try {
          const result = await work({
            run: async (query, params = {}) => {
              const answer = await tx.run(query, driverParams(params));
              recordTiming(answer.summary, queryNameOf(query));
              return answer;
            },
          });
          await tx.commit();
          return result;
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          await session.close();
        }
      }),

    queryPlan: (query, params, pool) =>
      guarded(async () => {
        try {
          const { summary } = await (pool === 'console' ? consoleDriver : driver).executeQuery(`${explainPrefix}${query}`, driverParams(params), {
            database,
            routing: neo4j.routing.READ,
          });
          return { type: summary.queryType as QueryType, operators: planOperators(summary.plan) };
        } catch (error) {
          if (error instanceof Neo4jError) error.message = withoutExplainPrefix(error.message);
          throw error;
        }
      }),

    streamRead: (query, params, rowLimit, { pool, finished }) =>
      guarded(async () => {
        const session = (pool === 'console' ? consoleDriver : driver).session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: rowLimit + 1 });
        // Closing waits until Neo4j has ended the query (or given it up at its timeout): only then is its work over.
        const release = () => session.close().then(finished, finished);
        // Neo4j checks the transaction timeout between rows, not inside one long expression (a reduce over a huge
        // list): the deadline answers the client anyway, and the session is released when Neo4j gives up.
        const timer = deadline(timeout + 1000);
        try {
          const rows = streamRows(session, query, driverParams(params), rowLimit, timeout);
          rows.catch(() => undefined); // once the deadline has answered, a late failure has no one to tell
          const result = await Promise.race([rows, timer.expired]);
          // The rows are in: closing is one quick round trip, and the client's next query finds the work over.
          await release();
          return result;
        } catch (error) {
          void release(); // past the deadline, closing waits for Neo4j: the answer does not
          throw error;
        } finally {
          timer.cancel();
        }
      }),

    serverVersion: () =>
      guarded(async () => {
        const info = await driver.getServerInfo({ database });
        return (info.agent ?? 'Neo4j').replace(/^Neo4j\//, '');
      }),

    writeTransaction: (work, { timeoutMs }) =>
      guarded(async () => {
        const session = openSession({ database, defaultAccessMode: neo4j.session.WRITE });
        // An explicit transaction, not executeWrite: a retry would run the whole import again after a partial failure.
        const tx = session.beginTransaction({ timeout: timeoutMs });
        try {
          const result = await work({ run: (query, params = {}) => tx.run(query, driverParams(params)) });
          await tx.commit();
          return result;
        } catch (error) {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          throw error;
        } finally {
          await session.close();
        }
      }),

    close: async () => {
      await Promise.all([driver.close(), consoleDriver.close()]);
    },
  };
}

/** An auto-commit READ transaction, as for `read`; leaving the loop early discards the rest on the server. */
async function streamRows(session: Session, query: string, params: Record<string, unknown>, rowLimit: number, timeout: number): Promise<StreamedResult> {
  const result = session.run(query, params, { timeout });
  const keys = (await result.keys()) as string[];
  const records: StreamedResult['records'] = [];
  let truncated = false;
  const started = performance.now();
  for await (const record of result) {
    if (records.length === rowLimit) {
      truncated = true;
      break;
    }
    records.push(record);
  }
  const serverMs = truncated ? performance.now() - started : await serverTime(result);
  return { keys, records, truncated, serverMs };
}

function deadline(ms: number): { expired: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('TIMEOUT', 'The query ran past the time limit and was stopped')), ms);
  });
  return { expired, cancel: () => clearTimeout(timer) };
}

async function serverTime(result: import('neo4j-driver').Result): Promise<number> {
  const summary = await result.summary();
  recordTiming(summary, 'console');
  return summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
}

type PlanStep = { operatorType: string; arguments: Record<string, unknown>; children: PlanStep[] };

/** Every operator of a plan, depth first: 'AllNodesScan@neo4j' → 'AllNodesScan', with the details Neo4j prints. */
function planOperators(plan: PlanStep | false): QueryPlan['operators'] {
  if (!plan) return [];
  const details = plan.arguments.Details;
  return [
    { name: plan.operatorType.replace(/@.*$/, ''), details: typeof details === 'string' ? details : '' },
    ...plan.children.flatMap((child) => planOperators(child)),
  ];
}
