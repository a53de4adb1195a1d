// The bound on work inside one expression, checked on the parse tree: runaway expressions are named and refused,
// everything the product and its docs ask the console to run passes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_EXAMPLES } from '../../client/src/panels/console-examples.ts';
import { expressionCost, loadParser } from '../../server/services/cypher-bounds.ts';
import { loadWalkthroughs } from '../../server/services/walkthrough-files.ts';

// The Cypher parser takes a second or more to load on a busy machine; load it before the tests' own timeouts start.
beforeAll(() => loadParser(), 60_000);

const root = join(import.meta.dirname, '..', '..');

/** ```cypher blocks of the docs that read (the schema statements in data-model.md write, and the console refuses them earlier). */
function docQueries(): string[] {
  const files = ['README.md', ...readdirSync(join(root, 'docs')).map((file) => join('docs', file))].filter((file) => file.endsWith('.md'));
  return files
    .flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => match[1]!))
    .filter((query) => !/\bCREATE\b/.test(query));
}

describe('expressionCost refuses what Neo4j could not stop', () => {
  it.each([
    ["RETURN reduce(s = '', i IN range(1, 50000000) | s + 'x') AS s", 'reduce() would take 50,000,000 steps'],
    ['RETURN size(reduce(acc = [], i IN range(1, 20000000) | acc + [i])) AS n', 'reduce() would take 20,000,000 steps'],
    ["RETURN size(reduce(s = '', x IN range(1, 200000) | s + 'xxxxxxxxxx')) AS n", '10,000 in one reduce'],
    ['RETURN size([x IN range(1, 5000000) | x * 2]) AS n', 'The list comprehension would go through 5,000,000 elements'],
    ['RETURN size([x IN range(1, 2000) | [y IN range(1, 2000) | x * y]]) AS n', 'go through 4,000,000 elements'],
    ['RETURN any(x IN range(1, $n) WHERE x = -1) AS found', 'any() would go through 3,000,000,000 elements'],
    ['RETURN size(range(1, 10 * 1000 * 1000)) AS n', 'range() would build 10,000,000 elements'],
    ["RETURN size(lpad('', 100000000, 'x')) AS n", 'lpad() would build 100,000,000 characters'],
    ["MATCH (n) RETURN size(rpad('', n.count, 'x')) AS n", 'rpad(): give its length'],
    ['MATCH (n) RETURN range(1, toInteger(n.name)) AS r', 'range(): give its bounds'],
    ["MATCH (n) WHERE n.name =~ '(a+)+$' RETURN n", 'exponential time'],
    ['MATCH (n) WHERE n.name =~ n.summary RETURN n', '=~: give the regular expression'],
    ["RETURN apoc.text.join(['a'], '') AS s", 'APOC functions are not available'],
    ['RETURN my.plugin.heavy(1) AS s', 'only Neo4j'],
    ['UNWIND [x IN range(1, 2000000000) | x] AS x RETURN count(x)', 'go through 2,000,000,000 elements'],
    [`RETURN ${'('.repeat(3000)}1${')'.repeat(3000)} AS deep`, 'nested too deeply'],
  ])('%s', async (query, named) => {
    expect(await expressionCost(query, { n: 3_000_000_000 })).toContain(named);
  });
});

describe('expressionCost lets bounded work through', () => {
  it.each([
    'UNWIND range(1, 2000000000) AS x RETURN x',
    'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)',
    "RETURN reduce(s = '', i IN range(1, 10000) | s + 'x') AS s",
    'RETURN size([x IN range(1, 1000) | [y IN range(1, 1000) | x * y]]) AS n',
    'MATCH p = (a)-[*1..3]-(b) RETURN [i IN range(0, size(nodes(p)) - 1) | i] AS positions LIMIT 5',
    'MATCH (n) WITH collect(n.amountUsd) AS amounts RETURN reduce(total = 0, x IN amounts | total + x) AS total',
    "MATCH (n) WHERE n.name =~ '(?i).*lazarus.*' RETURN n",
    'MATCH (n) WHERE n.name =~ $pattern RETURN n',
    'RETURN date.truncate("month", date()) AS month, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS d',
    'RETURN range(1, $n) AS r',
  ])('%s', async (query) => {
    expect(await expressionCost(query, { pattern: 'APT3[78]', n: 100 })).toBeUndefined();
  });

  it("passes the console's examples, every walkthrough step and the docs' queries", async () => {
    const walkthroughSteps = loadWalkthroughs().walkthroughs.flatMap((w) => w.steps.map((step) => ({ query: step.query, params: step.params })));
    const queries = [
      ...CONSOLE_EXAMPLES.map(({ query }) => ({ query, params: {} })),
      ...walkthroughSteps,
      ...docQueries().map((query) => ({ query, params: {} })),
    ];
    expect(walkthroughSteps.length).toBeGreaterThan(20);
    for (const { query, params } of queries) expect(await expressionCost(query, params), query).toBeUndefined();
  });
});
