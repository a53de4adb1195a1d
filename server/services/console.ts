// Read-only ad-hoc Cypher. A query passes, in order: the lexical guard (whole families refused), Neo4j's own plan
// (EXPLAIN: syntax errors, writes, and lookups that could reach the account store or the case files), the bound on
// work inside one expression (which Neo4j cannot interrupt), and the admission (one query per client, a few in all);
// then it runs in a READ transaction with a timeout and a row cap.
import { AppError } from '../errors.ts';
import type { GraphStore } from '../db/graph-store.ts';
import type { CypherRequest, CypherResponse } from '../../contract/api.ts';
import { createConsoleAdmission } from './console-admission.ts';
import { expressionCost, loadParser } from './cypher-bounds.ts';
import { checkConsoleQuery } from './cypher-guard.ts';
import { refuseAccountAnswer, refuseAccountQuery, refuseStorePlan } from './account-guard.ts';

/** Query texts whose plan passed (read-only, labelled), most recent last. */
const ACCEPTED_PLANS_KEPT = 500;

export interface ConsoleOptions {
  rowLimit: number;
  /** The console's own connections, or the explorer's (walkthroughs: trusted files, run step by step in parallel). */
  pool: 'console' | 'explorer';
  /** Queries running at once, all clients together; left out (walkthroughs: trusted files), no limit is kept. */
  maxConcurrent?: number;
  timeoutMs: number;
}

export function createConsole(store: GraphStore, options: ConsoleOptions) {
  // Whether a plan reads or writes, and how it finds nodes, depends on the query text alone, never on the parameter
  // values (a label computed at run time is refused outright), so a verdict holds for every later run of the same
  // text: investigators and walkthroughs re-run the same queries, and each re-run saves the EXPLAIN round trip. The
  // READ transaction below still refuses writes whatever the cache says.
  const acceptedPlans = new Set<string>();
  loadParser().catch(() => undefined); // a failure to load shows on the first query, as a clear error
  const admission =
    options.maxConcurrent === undefined
      ? undefined
      : createConsoleAdmission({ maxConcurrent: options.maxConcurrent, retryAfterSeconds: Math.ceil(options.timeoutMs / 1000) });

  async function requireAcceptedPlan(planQuery: string, params: Record<string, unknown>): Promise<void> {
    if (acceptedPlans.delete(planQuery)) {
      acceptedPlans.add(planQuery);
      return;
    }
    const plan = await store.queryPlan(planQuery, params, options.pool);
    if (plan.type !== 'r') throw new AppError('READ_ONLY', `Neo4j's plan shows this query would ${describe(plan.type)}; the console only reads the graph.`);
    refuseStorePlan(plan);
    acceptedPlans.add(planQuery);
    if (acceptedPlans.size > ACCEPTED_PLANS_KEPT) acceptedPlans.delete(acceptedPlans.values().next().value!);
  }

  return {
    /** Runs one statement for `client` (who sends it, as the per-client limit counts). */
    async run({ query, params }: CypherRequest, client: string): Promise<CypherResponse> {
      const started = performance.now();
      refuseAccountQuery(query);
      const verdict = checkConsoleQuery(query);
      if (!verdict.allowed) throw new AppError(verdict.code, verdict.message);
      const release = admission?.enter(client) ?? (() => undefined);
      try {
        await requireAcceptedPlan(verdict.planQuery, params);
        const tooCostly = await expressionCost(query, params);
        if (tooCostly) throw new AppError('BAD_REQUEST', `${tooCostly}. Neo4j cannot stop an expression once it runs, so the console does not start it.`);
      } catch (error) {
        release();
        throw error;
      }
      const result = await store.runReadOnly(query, params, options.rowLimit, { pool: options.pool, finished: release });
      refuseAccountAnswer(result);
      return {
        columns: result.columns,
        rows: result.rows,
        graph: result.graph,
        truncated: result.truncated,
        timings: { serverMs: Math.round(result.serverMs * 10) / 10, totalMs: Math.round((performance.now() - started) * 10) / 10 },
      };
    },
  };
}

function describe(type: string): string {
  return type === 's' ? 'change the schema' : 'write to the graph';
}
