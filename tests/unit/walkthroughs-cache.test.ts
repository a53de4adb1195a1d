// A walkthrough runs every step's query; asked again within a minute it is answered from memory. The store here only
// counts and answers (the real step queries run against Neo4j in tests/integration/walkthroughs.test.ts).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StreamOptions } from '../../server/db/database.ts';
import type { GraphStore } from '../../server/db/graph-store.ts';
import { loadParser } from '../../server/services/cypher-bounds.ts';
import { createWalkthroughs } from '../../server/services/walkthroughs.ts';
import type { LoadedWalkthroughs } from '../../server/services/walkthrough-files.ts';

// The Cypher parser takes a second or more to load on a busy machine; load it before the tests' own timeouts start.
beforeAll(() => loadParser(), 60_000);

const step = (query: string) => ({
  title: 'A step',
  narrative: 'What it shows.',
  sources: ['source-1'],
  query,
  params: {},
  focus: ['lazarus-group'],
  highlight: [],
});
const loaded: LoadedWalkthroughs = {
  walkthroughs: [
    { id: 'two-steps', title: 'Two steps', summary: 'Two queries.', file: 'two-steps.yaml', steps: [step('RETURN 1 AS one'), step('RETURN 2 AS two')] },
  ],
  problems: [],
};

function countingStore(options: { failRuns?: number } = {}) {
  const reads = { runs: 0 };
  let failures = options.failRuns ?? 0;
  const store = {
    queryPlan: async () => ({ type: 'r', operators: [] }),
    runReadOnly: async (_query: string, _params: unknown, _rowLimit: number, { finished }: StreamOptions) => {
      reads.runs += 1;
      finished?.();
      if (failures > 0) {
        failures -= 1;
        throw new Error('Neo4j is unavailable');
      }
      return { columns: ['n'], rows: [[1]], graph: { nodes: [], edges: [] }, truncated: false, serverMs: 1 };
    },
    sources: async () => [{ id: 'source-1', name: 'A source' }],
  } as unknown as GraphStore;
  return { store, reads };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('walkthrough answers', () => {
  it('runs the step queries once a minute, however often the walkthrough is asked for', async () => {
    const { store, reads } = countingStore();
    const walkthroughs = createWalkthroughs(store, loaded, { rowLimit: 10, timeoutMs: 5000 });
    for (let i = 0; i < 5; i++) expect((await walkthroughs.get('two-steps')).steps).toHaveLength(2);
    expect(reads.runs).toBe(2);
    vi.advanceTimersByTime(61_000);
    await walkthroughs.get('two-steps');
    expect(reads.runs).toBe(4);
  });

  it('shares one run among requests that arrive while it runs', async () => {
    const { store, reads } = countingStore();
    const walkthroughs = createWalkthroughs(store, loaded, { rowLimit: 10, timeoutMs: 5000 });
    await Promise.all([walkthroughs.get('two-steps'), walkthroughs.get('two-steps'), walkthroughs.get('two-steps')]);
    expect(reads.runs).toBe(2);
  });

  it('does not remember a run that failed, and refuses an unknown walkthrough', async () => {
    const { store, reads } = countingStore({ failRuns: 1 });
    const walkthroughs = createWalkthroughs(store, loaded, { rowLimit: 10, timeoutMs: 5000 });
    await expect(walkthroughs.get('two-steps')).rejects.toThrow();
    expect((await walkthroughs.get('two-steps')).steps).toHaveLength(2);
    expect(reads.runs).toBe(4);
    await expect(walkthroughs.get('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
