// The local Neo4j's transaction memory limits follow its heap: half for one transaction, five eighths for all.
import { describe, expect, it } from 'vitest';
import { transactionMemory } from '../../scripts/neo4j/local-server.ts';

describe('transaction memory limits of the local server', () => {
  it.each([
    ['1g', ['db.memory.transaction.max=512m', 'db.memory.transaction.total.max=640m']],
    ['768m', ['db.memory.transaction.max=384m', 'db.memory.transaction.total.max=480m']],
    ['2G', ['db.memory.transaction.max=1024m', 'db.memory.transaction.total.max=1280m']],
  ])('with a %s heap', (heap, lines) => {
    expect(transactionMemory(heap)).toEqual(lines);
  });

  it('reads a heap size it cannot parse as the default 1 GiB', () => {
    expect(transactionMemory('1.5g')).toEqual(transactionMemory('1g'));
  });
});
