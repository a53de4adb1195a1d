// Read-only ad-hoc Cypher: the lexical guard, then Neo4j's own plan, then a READ transaction with a timeout and a row cap.
import { AppError } from '../errors.ts';
import type { GraphStore } from '../db/graph-store.ts';
import type { CypherRequest, CypherResponse } from '../http/schemas.ts';
import { checkConsoleQuery } from './cypher-guard.ts';

export function createConsole(store: GraphStore, options: { rowLimit: number }) {
  return {
    async run({ query, params }: CypherRequest): Promise<CypherResponse> {
      const started = performance.now();
      const verdict = checkConsoleQuery(query);
      if (!verdict.allowed) throw new AppError(verdict.code, verdict.message);
      const type = await store.queryType(verdict.planQuery, params);
      if (type !== 'r') throw new AppError('READ_ONLY', `Neo4j's plan shows this query would ${describe(type)}; the console only reads the graph.`);
      const result = await store.runReadOnly(query, params, options.rowLimit);
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

export type Console = ReturnType<typeof createConsole>;
