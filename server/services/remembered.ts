// Answers that change rarely and cost Neo4j real work (the schema, a walkthrough's step queries) are kept for a while.

/**
 * The value of `load`, read again when older than maxAgeMs or when forced; callers during a read share it.
 * A failed read is not remembered: the next caller asks again.
 */
export function remembered<T>(load: () => Promise<T>, maxAgeMs: number): (force?: boolean) => Promise<T> {
  let last: { value: Promise<T>; at: number } | undefined;
  return (force = false) => {
    if (!last || force || Date.now() - last.at > maxAgeMs) {
      const value = load();
      last = { value, at: Date.now() };
      value.catch(() => {
        if (last?.value === value) last = undefined;
      });
    }
    return last.value;
  };
}
