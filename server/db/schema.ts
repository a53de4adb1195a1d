// Schema statements (constraints and indexes) that a store needs before its first write: run once per database handle
// and list, each in its own transaction (Neo4j does not mix schema and data changes); a failure lets the next call retry.
import type { GraphDatabase } from './database.ts';

const applied = new WeakMap<GraphDatabase, Map<readonly string[], Promise<void>>>();

export function ensureStatements(db: GraphDatabase, statements: readonly string[]): Promise<void> {
  let lists = applied.get(db);
  if (!lists) {
    lists = new Map();
    applied.set(db, lists);
  }
  let done = lists.get(statements);
  if (!done) {
    done = (async () => {
      for (const statement of statements) await db.writeTransaction((tx) => tx.run(statement), { timeoutMs: 5000 });
    })();
    done.catch(() => lists.delete(statements));
    lists.set(statements, done);
  }
  return done;
}
