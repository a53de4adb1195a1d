// The Cypher text of every service query, read once from the .cypher files beside this module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const names = [
  'search',
  'node-details',
  'node-exists',
  'sources-by-id',
  'nodes-by-element-id',
  'neighbourhood',
  'paths-shortest',
  'paths-all-shortest',
  'paths-all',
  'schema-labels',
  'schema-types',
  'schema-properties',
] as const;

export type QueryName = (typeof names)[number];

const texts = new Map<QueryName, string>(names.map((name) => [name, readFileSync(join(import.meta.dirname, 'queries', `${name}.cypher`), 'utf8')]));

/**
 * The text of a named query. Quantifier bounds cannot be parameters in Cypher, so `{{name}}` slots take
 * integers only, checked here as well as by the route's validation.
 */
export function cypher(name: QueryName, bounds: Record<string, number> = {}): string {
  return texts.get(name)!.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const value = bounds[slot];
    if (value === undefined || !Number.isInteger(value) || value < 1 || value > 10) throw new Error(`query ${name} needs an integer 1..10 for {{${slot}}}`);
    return String(value);
  });
}
