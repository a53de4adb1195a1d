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
  'paths-step',
  'paths-chronological-all',
  'path-elements',
  'schema-labels',
  'schema-types',
  'schema-properties',
  'import-candidates',
  'import-nodes-by-id',
  'import-edges-between',
  'import-write-nodes',
  'import-write-edges',
  'account-count',
  'account-create',
  'account-by-username',
  'account-list',
  'account-update',
  'account-session-create',
  'account-session-identify',
  'account-session-delete',
  'account-link-consume',
  'account-token-create',
  'account-token-identify',
  'account-token-revoke',
  'account-token-list',
  'export-nodes',
  'export-edges',
  'export-sources',
  'audit-append',
  'audit-list',
  'audit-range',
  'audit-head',
  'claim-lock-node',
  'claim-lock-edge',
  'claim-node-ids',
  'claim-edge-ids',
  'claim-node-create',
  'claim-edge-create',
  'claim-node-set',
  'claim-edge-set',
  'claim-source-create',
  'backup-head',
  'backup-nodes',
  'backup-relationships',
  'restore-nodes',
  'restore-relationships',
  'case-list',
  'case-get',
  'case-lock',
  'case-create',
  'case-set',
  'case-item-create',
  'case-item-lock',
  'case-item-set',
  'case-step-elements',
] as const;

export type QueryName = (typeof names)[number];

const texts = new Map<QueryName, string>(names.map((name) => [name, readFileSync(join(import.meta.dirname, 'queries', `${name}.cypher`), 'utf8')]));

/** Query text → name, for the metrics of each query; slotted queries add one entry per text used (a few dozen at most). */
const namesByText = new Map<string, QueryName>(names.map((name) => [texts.get(name)!, name]));

/** The name of a service query's text, or 'other' (a walkthrough step's query). */
export function queryNameOf(text: string): QueryName | 'other' {
  return namesByText.get(text) ?? 'other';
}

/** What a `{{slot}}` may hold: a quantifier bound (1..10) or either end of a relationship pattern. */
export type Slot = number | '-' | '->' | '<-';

/**
 * The text of a named query. Quantifier bounds and a pattern's direction cannot be parameters in Cypher, so `{{name}}`
 * slots take integers 1..10 or an arrow end only, checked here as well as by the route's validation.
 */
export function cypher(name: QueryName, slots: Record<string, Slot> = {}): string {
  const text = texts.get(name)!.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const value = slots[slot];
    const arrow = value === '-' || value === '->' || value === '<-';
    if (!arrow && !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10)) {
      throw new Error(`query ${name} needs an integer 1..10 or an arrow end for {{${slot}}}`);
    }
    return String(value);
  });
  namesByText.set(text, name);
  return text;
}
