// The console reads the evidence graph, never the account store, the audit trail or the case files. Three checks, kept
// apart from the write guard (cypher-guard.ts): a query that names one of their labels or a secret's property is
// refused before it runs; so is a query whose plan could reach their nodes without naming them (a scan of every node,
// a lookup by internal id, a label computed at run time, a label spelt with escapes); and an answer that holds such a
// node, or a password hash, is refused after it.
import { accountLabels, secretProperties } from '../db/account-store.ts';
import { auditLabels } from '../db/audit-store.ts';
import { caseLabels } from '../db/case-store.ts';
import type { QueryPlan } from '../db/database.ts';
import { AppError } from '../errors.ts';

/**
 * The store's labels and secret properties as whole words, anywhere in the text (in strings and back-quoted names
 * too, for `n['passwordHash']` and `$('Account')`). Cypher's names are case-sensitive, so prose such as 'account' in a
 * CONTAINS filter is not refused.
 */
const storeLabels: readonly string[] = [...accountLabels, ...auditLabels, ...caseLabels];
const accountNames = new RegExp(`\\b(${[...storeLabels, ...secretProperties].join('|')})\\b`);

export function refuseAccountQuery(query: string): void {
  if (accountNames.test(query)) throw refusal();
}

/**
 * Plan operators that find nodes without a label. Every evidence node is an :Entity and the stores' nodes have no
 * relationships, so a query that starts from a label, an index or a relationship type cannot reach the stores; one of
 * these could, and could then return their properties as plain values that no check of the answer would recognise.
 */
const UNLABELLED_NODE_LOOKUP = /^(Partitioned)?(AllNodesScan|NodeByIdSeek|NodeByElementIdSeek|DynamicLabelNodeLookup)$/;
/** A store's label as the plan prints it, whatever escapes the query used: `n:Case`, `n:Entity|Case`, `NOT n:Account`. */
const storeLabelInPlan = new RegExp(`[:|&!]\\s*\`?(${storeLabels.join('|')})\\b`);

export function refuseStorePlan(plan: QueryPlan): void {
  if (plan.operators.some((operator) => storeLabelInPlan.test(operator.details))) throw refusal();
  if (plan.operators.some((operator) => UNLABELLED_NODE_LOOKUP.test(operator.name))) {
    throw new AppError(
      'FORBIDDEN',
      "Start from a label: this query would look at every node, or look nodes up by internal id, and so reach the accounts, the audit trail and the case files, which the console does not read. Every node of the graph is an :Entity, e.g. MATCH (n:Entity) WHERE n.name CONTAINS 'Lazarus' RETURN n.",
    );
  }
}

/** Refuses an answer holding an account node, or an argon2 hash reached by a computed property name. */
export function refuseAccountAnswer({ rows, graph }: { rows: unknown[]; graph: { nodes: readonly { labels: readonly string[] }[] } }): void {
  if (graph.nodes.some((node) => node.labels.some((label) => storeLabels.includes(label)))) throw refusal();
  if (JSON.stringify(rows).includes('$argon2')) throw refusal();
}

function refusal(): AppError {
  return new AppError(
    'FORBIDDEN',
    'The console reads the evidence graph only; accounts, sessions, tokens, the audit trail and case files are not readable here (GET /api/audit lists the trail, GET /api/cases your cases).',
  );
}
