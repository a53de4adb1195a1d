// The catalogue remembers what the graph holds for a minute; the store here only counts and answers (the real
// count-store and sample queries are covered against Neo4j in tests/integration/api-graph.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphStore } from '../../server/db/graph-store.ts';
import { createCatalog } from '../../server/services/catalog.ts';

function countingStore(options: { failSamples?: number } = {}) {
  const reads = { names: 0, samples: 0 };
  let labels = ['Actor', 'Victim'];
  let failures = options.failSamples ?? 0;
  const store = {
    labelsAndTypes: async () => {
      reads.names += 1;
      return { labels: labels.map((name) => ({ name, count: 1 })), relationshipTypes: [{ name: 'TARGETED', count: 1 }] };
    },
    propertyKeys: async () => {
      reads.samples += 1;
      if (failures > 0) {
        failures -= 1;
        throw new Error('Neo4j is unavailable');
      }
      return { Actor: ['id', 'name'] };
    },
  } as unknown as GraphStore;
  return { store, reads, addLabel: (name: string) => (labels = [...labels, name]) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('catalogue schema', () => {
  it('reads the schema once a minute', async () => {
    const { store, reads } = countingStore();
    const catalog = createCatalog(store);
    for (let i = 0; i < 3; i++) expect((await catalog.schema()).properties).toEqual({ Actor: ['id', 'name'] });
    expect(reads).toEqual({ names: 1, samples: 1 });
    vi.advanceTimersByTime(61_000);
    await catalog.schema();
    expect(reads).toEqual({ names: 2, samples: 2 });
  });

  it('shares one sample among requests that arrive while it is read', async () => {
    const { store, reads } = countingStore();
    const catalog = createCatalog(store);
    await Promise.all([catalog.schema(), catalog.schema(), catalog.schema()]);
    expect(reads).toEqual({ names: 1, samples: 1 });
  });

  it('does not remember a failed sample', async () => {
    const { store, reads } = countingStore({ failSamples: 1 });
    const catalog = createCatalog(store);
    await expect(catalog.schema()).rejects.toThrow('Neo4j is unavailable');
    expect((await catalog.schema()).properties).toEqual({ Actor: ['id', 'name'] });
    expect(reads.samples).toBe(2);
  });
});

describe('catalogue filters', () => {
  it('checks known names from memory and reads again for an unknown one', async () => {
    const { store, reads, addLabel } = countingStore();
    const catalog = createCatalog(store);
    await catalog.checkLabels(['Actor']);
    await catalog.checkTypes(['TARGETED']);
    expect(reads.names).toBe(1);
    addLabel('Launderer');
    await catalog.checkLabels(['Launderer']);
    expect(reads.names).toBe(2);
    await expect(catalog.checkLabels(['Nope'])).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Unknown label Nope; known: Actor, Launderer, Victim' });
    expect(reads.names).toBe(3);
  });
});
