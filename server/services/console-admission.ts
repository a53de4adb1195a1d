// How many console queries may run in Neo4j at once: one per client, and a few in all. A slot is held until Neo4j has
// finished the query's work, not merely until the client has had its answer, so a timed-out query still counts.
import { AppError } from '../errors.ts';

/** Seconds a refused client is told to wait: about one query's time limit. */
export function createConsoleAdmission(options: { maxConcurrent: number; retryAfterSeconds: number }) {
  const running = new Set<string>();

  function busy(message: string): AppError {
    return new AppError('BUSY', message, { retryable: true, retryAfterSeconds: options.retryAfterSeconds });
  }

  return {
    /** Takes a slot for `client` or refuses with 429; the caller gives it back with the returned `release`. */
    enter(client: string): () => void {
      if (running.has(client)) throw busy('Your previous console query is still running in Neo4j; wait for it to end, then run the next');
      if (running.size >= options.maxConcurrent) {
        throw busy(`The console is already running ${options.maxConcurrent} queries, its limit on this server; try again shortly`);
      }
      running.add(client);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        running.delete(client);
      };
    },
    get running(): number {
      return running.size;
    },
  };
}
