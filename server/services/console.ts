// Read-only ad-hoc Cypher: the lexical guard, then Neo4j's own plan, then a READ transaction with a timeout and a row cap.
import { AppError } from '../errors.ts';
import type { GraphStore } from '../db/graph-store.ts';
import type { CypherRequest, CypherResponse } from '../../contract/api.ts';
import { checkConsoleQuery } from './cypher-guard.ts';
import { refuseAccountAnswer, refuseAccountQuery } from './account-guard.ts';

/** Query texts whose plan Neo4j has judged read-only, most recent last. */
const READ_ONLY_PLANS_KEPT = 500;

export function createConsole(store: GraphStore, options: { rowLimit: number }) {
  // Whether a plan reads or writes depends on the query text alone, never on the parameter values, so a verdict holds
  // for every later run of the same text: investigators and walkthroughs re-run the same queries, and each re-run
  // saves the EXPLAIN round trip. The READ transaction below still refuses writes whatever the cache says.
  const readOnlyPlans = new Set<string>();

  async function requireReadOnlyPlan(planQuery: string, params: Record<string, unknown>): Promise<void> {
    if (readOnlyPlans.delete(planQuery)) {
      readOnlyPlans.add(planQuery);
      return;
    }
    const type = await store.queryType(planQuery, params);
    if (type !== 'r') throw new AppError('READ_ONLY', `Neo4j's plan shows this query would ${describe(type)}; the console only reads the graph.`);
    readOnlyPlans.add(planQuery);
    if (readOnlyPlans.size > READ_ONLY_PLANS_KEPT) readOnlyPlans.delete(readOnlyPlans.values().next().value!);
  }

  return {
    async run({ query, params }: CypherRequest): Promise<CypherResponse> {
      const started = performance.now();
      refuseAccountQuery(query);
      const verdict = checkConsoleQuery(query);
      if (!verdict.allowed) throw new AppError(verdict.code, verdict.message);
      await requireReadOnlyPlan(verdict.planQuery, params);
      const result = await store.runReadOnly(query, params, options.rowLimit);
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
