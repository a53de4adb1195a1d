// At most one console query per client and a few in all; a slot is held until Neo4j has finished, not until the answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { StreamOptions } from '../../server/db/database.ts';
import type { GraphStore } from '../../server/db/graph-store.ts';
import { createConsoleAdmission } from '../../server/services/console-admission.ts';
import { createConsole } from '../../server/services/console.ts';
import { loadParser } from '../../server/services/cypher-bounds.ts';

// The Cypher parser takes a second or more to load on a busy machine; load it before the tests' own timeouts start.
beforeAll(() => loadParser(), 60_000);

describe('console admission', () => {
  it('refuses a second query from the same client with BUSY and a Retry-After', () => {
    const admission = createConsoleAdmission({ maxConcurrent: 2, retryAfterSeconds: 5 });
    admission.enter('a');
    expect(() => admission.enter('a')).toThrow(expect.objectContaining({ code: 'BUSY', status: 429, retryAfterSeconds: 5 }));
  });

  it('refuses a third client while two run, and admits it once one has finished', () => {
    const admission = createConsoleAdmission({ maxConcurrent: 2, retryAfterSeconds: 5 });
    const releaseA = admission.enter('a');
    admission.enter('b');
    expect(() => admission.enter('c')).toThrow(/already running 2 queries/);
    releaseA();
    releaseA();
    expect(admission.running).toBe(1);
    expect(() => admission.enter('c')).not.toThrow();
  });
});

describe('the console holds a slot until Neo4j has finished', () => {
  it('keeps a timed-out query counted until the database says its work ended', async () => {
    let finishNeo4j: (() => void) | undefined;
    const store = {
      queryPlan: async () => ({ type: 'r', operators: [] }),
      runReadOnly: async (_q: string, _p: unknown, _l: number, { finished }: StreamOptions) => {
        finishNeo4j = finished;
        throw Object.assign(new Error('deadline'), { code: 'TIMEOUT' });
      },
    } as unknown as GraphStore;
    const console = createConsole(store, { rowLimit: 10, pool: 'console', maxConcurrent: 2, timeoutMs: 5000 });
    await expect(console.run({ query: 'RETURN 1 AS one', params: {} }, 'a')).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(console.run({ query: 'RETURN 1 AS one', params: {} }, 'a')).rejects.toMatchObject({ code: 'BUSY' });
    finishNeo4j?.();
    await expect(console.run({ query: 'RETURN 1 AS one', params: {} }, 'a')).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('frees the slot at once when the query is refused before it runs', async () => {
    const store = { queryPlan: async () => ({ type: 'r', operators: [] }), runReadOnly: async () => ({}) } as unknown as GraphStore;
    const console = createConsole(store, { rowLimit: 10, pool: 'console', maxConcurrent: 1, timeoutMs: 5000 });
    const runaway = "RETURN reduce(s = '', i IN range(1, 50000000) | s + 'x') AS s";
    await expect(console.run({ query: runaway, params: {} }, 'a')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(console.run({ query: runaway, params: {} }, 'b')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
