// Known labels and relationship types, so filters naming anything else are refused before any query runs.
import { AppError } from '../errors.ts';
import type { GraphStore } from '../db/graph-store.ts';

const maxAgeMs = 60_000;

export function createCatalog(store: GraphStore) {
  let cached: { labels: Set<string>; types: Set<string>; at: number } | undefined;

  async function load(force: boolean) {
    if (!cached || force || Date.now() - cached.at > maxAgeMs) {
      // Not store.schema(): its property-key sample takes a third of a second on a million nodes.
      const { labels, relationshipTypes } = await store.labelsAndTypes();
      cached = { labels: new Set(labels.map((l) => l.name)), types: new Set(relationshipTypes.map((t) => t.name)), at: Date.now() };
    }
    return cached;
  }

  async function check(kind: 'label' | 'relationship type', names: string[], pick: (c: NonNullable<typeof cached>) => Set<string>) {
    if (names.length === 0) return;
    let known = pick(await load(false));
    if (names.every((name) => known.has(name))) return;
    known = pick(await load(true));
    const unknown = names.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new AppError('BAD_REQUEST', `Unknown ${kind} ${unknown.join(', ')}; known: ${[...known].sort().join(', ')}`);
    }
  }

  return {
    checkLabels: (names: string[]) => check('label', names, (c) => c.labels),
    checkTypes: (names: string[]) => check('relationship type', names, (c) => c.types),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
