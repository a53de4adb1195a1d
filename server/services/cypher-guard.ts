// The console's first, lexical layer of read-only enforcement. Neo4j's plan (EXPLAIN) and a READ transaction follow it;
// this layer exists to refuse whole families (admin commands, LOAD CSV, procedure calls) with a clear message.
import { splitStatements } from '../db/statements.ts';

export type GuardVerdict = { allowed: true; planQuery: string } | { allowed: false; code: 'READ_ONLY' | 'BAD_REQUEST'; message: string };

/** Procedures that only read. Everything else is refused, whatever Neo4j's plan says. */
const allowedProcedures = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

const writeWords = ['CREATE', 'INSERT', 'MERGE', 'SET', 'REMOVE', 'DELETE', 'DETACH', 'FOREACH', 'DROP', 'ALTER', 'RENAME'];
const adminWords = ['GRANT', 'DENY', 'REVOKE', 'TERMINATE', 'USE', 'SHOW'];
const adminPhrases = /\b(?:(?:START|STOP)\s+DATABASE|ENABLE\s+SERVER|(?:DEALLOCATE|REALLOCATE)\s+DATABASES?)\b/i;

/** Text with comments, strings and quoted names blanked out, so only the query's own keywords remain. */
export function codeOnly(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:\\[\s\S]|[^'\\])*'?|"(?:\\[\s\S]|[^"\\])*"?|`[^`]*`?/g, (match) =>
    match.startsWith('`') ? ' `_` ' : ' _ ',
  );
}

/** Keywords as the query uses them: not property keys (`n.set`), map keys (`{set: 1}`) or labels (`:Create`). */
function keywords(code: string): string[] {
  const words: string[] = [];
  for (const match of code.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const before = neighbour(code, match.index - 1, -1);
    const after = neighbour(code, match.index + match[0].length, 1);
    if (before === '.' || before === ':' || after === ':' || after === '.') continue;
    words.push(match[0].toUpperCase());
  }
  return words;
}

function neighbour(code: string, from: number, step: 1 | -1): string | undefined {
  for (let i = from; i >= 0 && i < code.length; i += step) if (!/\s/.test(code[i]!)) return code[i];
  return undefined;
}

function procedureCalls(code: string): string[] {
  const calls: string[] = [];
  for (const match of code.matchAll(/\bCALL\s+(?![({])([^\s(]+)/gi)) calls.push(match[1]!.replace(/\s+/g, '').toLowerCase());
  return calls;
}

function refuse(message: string, code: 'READ_ONLY' | 'BAD_REQUEST' = 'READ_ONLY'): GuardVerdict {
  return { allowed: false, code, message };
}

export function checkConsoleQuery(query: string): GuardVerdict {
  if (query.includes('\u0000')) return refuse('The query contains a NUL character; remove it.', 'BAD_REQUEST');
  if (splitStatements(query).length > 1) return refuse('Send one statement at a time (no `;` between statements).', 'BAD_REQUEST');
  const code = codeOnly(query);
  const words = keywords(code);
  const write = writeWords.find((word) => words.includes(word));
  if (write) return refuse(`${write} is not allowed: the console only reads the graph.`);
  const admin = adminWords.find((word) => words.includes(word));
  if (admin) return refuse(`${admin} is an administration command; the console only reads the graph.`);
  const phrase = adminPhrases.exec(code);
  if (phrase) return refuse(`${phrase[0].toUpperCase()} is an administration command; the console only reads the graph.`);
  if (words.includes('LOAD')) return refuse('LOAD CSV is not allowed: the console only reads the graph.');
  if (/\bIN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) return refuse('CALL { … } IN TRANSACTIONS is not allowed in the console.');
  const procedure = procedureCalls(code).find((name) => !allowedProcedures.has(name));
  if (procedure) return refuse(`Procedure ${procedure} is not allowed; the console may call: ${[...allowedProcedures].join(', ')}.`);
  return { allowed: true, planQuery: withoutExecutionMode(query) };
}

/** EXPLAIN or PROFILE written by the user is dropped for the plan check, which adds its own EXPLAIN. */
function withoutExecutionMode(query: string): string {
  return query.replace(/^((?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(?:CYPHER(?:\s+[\w.]+(?:\s*=\s*[\w.]+)?)*\s+)?)(?:EXPLAIN|PROFILE)\b/i, '$1');
}
