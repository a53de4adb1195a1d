// What the graph holds: labels, relationship types and property keys. Filters naming anything else are refused before
// any query runs, and every page load asks for the schema, so both are answered from what was read in the last minute.
import { AppError } from '../errors.ts';
import { remembered } from './remembered.ts';
import type { GraphStore } from '../db/graph-store.ts';
import type { SchemaResponse } from '../../contract/api.ts';

const maxAgeMs = 60_000;

export function createCatalog(store: GraphStore) {
  const names = remembered(async () => {
    const { labels, relationshipTypes } = await store.labelsAndTypes();
    return { labels: new Set(labels.map((l) => l.name)), types: new Set(relationshipTypes.map((t) => t.name)) };
  }, maxAgeMs);
  // The property-key sample takes a third of a second on a million nodes, the count-store reads about 25 ms.
  const schema = remembered(async (): Promise<SchemaResponse> => {
    const [counts, properties] = await Promise.all([store.labelsAndTypes(), store.propertyKeys()]);
    return { ...counts, properties };
  }, maxAgeMs);

  async function check(kind: 'label' | 'relationship type', list: string[], pick: (known: Awaited<ReturnType<typeof names>>) => Set<string>) {
    if (list.length === 0) return;
    let known = pick(await names());
    if (list.every((name) => known.has(name))) return;
    known = pick(await names(true));
    const unknown = list.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new AppError('BAD_REQUEST', `Unknown ${kind} ${unknown.join(', ')}; known: ${[...known].sort().join(', ')}`);
    }
  }

  return {
    checkLabels: (list: string[]) => check('label', list, (known) => known.labels),
    checkTypes: (list: string[]) => check('relationship type', list, (known) => known.types),
    schema: () => schema(),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
