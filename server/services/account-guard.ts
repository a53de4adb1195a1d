// The console reads the evidence graph, never the account store or the audit trail (which names accounts). Two checks,
// kept apart from the write guard (cypher-guard.ts): a query that names one of their labels or a secret's property is
// refused before it runs, and an answer that holds such a node is refused after it (for a query that reached one
// without naming it, such as MATCH (n) RETURN n) or that holds a password hash.
import { accountLabels, secretProperties } from '../db/account-store.ts';
import { auditLabels } from '../db/audit-store.ts';
import { caseLabels } from '../db/case-store.ts';
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
