// The console asks Neo4j for a query text's plan once and remembers read-only verdicts; the store here only counts
// and answers (the real EXPLAIN and READ transaction are covered against Neo4j in tests/integration).
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/db/graph-store.ts';
import type { QueryType, StreamOptions } from '../../server/db/database.ts';
import { createConsole } from '../../server/services/console.ts';
import { loadParser } from '../../server/services/cypher-bounds.ts';

// The Cypher parser takes a second or more to load on a busy machine; load it before the tests' own timeouts start.
beforeAll(() => loadParser(), 60_000);

function countingStore(typeOf: (query: string) => QueryType) {
  const explained: string[] = [];
  const ran: string[] = [];
  const store = {
    queryPlan: async (query: string) => {
      explained.push(query);
      return { type: typeOf(query), operators: [] };
    },
    runReadOnly: async (query: string, _params: unknown, _rowLimit: number, { finished }: StreamOptions) => {
      ran.push(query);
      finished?.();
      return { columns: [], rows: [], graph: { nodes: [], edges: [] }, truncated: false, serverMs: 0 };
    },
  } as unknown as GraphStore;
  return { store, explained, ran };
}

const consoleOptions = { rowLimit: 10, pool: 'console', maxConcurrent: 2, timeoutMs: 5000 } as const;

/** Stands in for Neo4j's verdict: the label :Writes marks a query whose plan would write. */
const readsOnly = (query: string): QueryType => (query.includes(':Writes') ? 'w' : 'r');

describe('console plan verdicts', () => {
  it('asks for the plan of a read query once, whatever the parameters', async () => {
    const { store, explained, ran } = countingStore(readsOnly);
    const console = createConsole(store, consoleOptions);
    for (const id of ['a', 'b', 'c']) await console.run({ query: 'MATCH (n {id: $id}) RETURN n', params: { id } }, 'client');
    expect(explained).toHaveLength(1);
    expect(ran).toHaveLength(3);
  });

  it('asks again for every write, and never runs it', async () => {
    const { store, explained, ran } = countingStore(readsOnly);
    const console = createConsole(store, consoleOptions);
    for (let i = 0; i < 2; i++) {
      await expect(console.run({ query: 'MATCH (n:Writes) RETURN n', params: {} }, 'client')).rejects.toMatchObject({ code: 'READ_ONLY' });
    }
    expect(explained).toHaveLength(2);
    expect(ran).toHaveLength(0);
  });

  it('keeps the 500 most recently used verdicts', async () => {
    const { store, explained } = countingStore(readsOnly);
    const console = createConsole(store, consoleOptions);
    const query = (i: number) => `RETURN ${i} AS n`;
    for (let i = 0; i < 501; i++) await console.run({ query: query(i), params: {} }, 'client');
    await console.run({ query: query(500), params: {} }, 'client');
    expect(explained).toHaveLength(501);
    await console.run({ query: query(0), params: {} }, 'client');
    expect(explained).toHaveLength(502);
  });
});
