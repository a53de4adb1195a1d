// Chronological paths on random small graphs, against a real Neo4j: what the API answers is compared with every simple
// path listed in the test and checked for the order of time there. The graphs are built so that the shortest path often
// runs backwards in time, which sends the service on to its own search (server/db/chronological-search.ts).
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathsResponse } from '../../contract/api.ts';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const app = testApp();
const NODES = 10;

/** A relationship's span of days as yyyy-mm-dd text; no start: undated; no end: open. */
interface Hop {
  id: string;
  from: number;
  to: number;
  start?: string;
  end?: string;
}

const year = fc.integer({ min: 2014, max: 2019 });
const span = fc.oneof(
  fc.constant({}),
  year.map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31` })),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => {
    const month = String(m).padStart(2, '0');
    return { start: `${y}-${month}-01`, end: `${y}-${month}-28` };
  }),
  year.map((y) => ({ start: `${y}-06-01` })),
);
const graph = fc.array(fc.tuple(fc.integer({ min: 0, max: NODES - 1 }), fc.integer({ min: 0, max: NODES - 1 }), span), { minLength: 8, maxLength: 30 });

/** Every simple path from node 0 to the last node within maxHops, as its hops. */
function simplePaths(hops: Hop[], maxHops: number, directed: boolean): Hop[][] {
  const found: Hop[][] = [];
  const walk = (at: number, visited: Set<number>, path: Hop[]) => {
    if (at === NODES - 1) return void found.push(path);
    if (path.length === maxHops) return;
    for (const hop of hops) {
      const next = hop.from === at ? hop.to : !directed && hop.to === at ? hop.from : undefined;
      if (next === undefined || visited.has(next)) continue;
      walk(next, new Set([...visited, next]), [...path, hop]);
    }
  };
  walk(0, new Set([0]), []);
  return found;
}

/** No dated hop ends before an earlier dated hop starts. */
function inOrder(path: Hop[]): boolean {
  return path.every((later, j) => !later.start || path.slice(0, j).every((earlier) => !earlier.start || (later.end ?? '9999') >= earlier.start));
}

let run = 0;

async function build(edges: [number, number, { start?: string; end?: string }][]): Promise<{ prefix: string; hops: Hop[] }> {
  run += 1;
  const prefix = `chrono-${run}`;
  const hops = edges.filter(([from, to]) => from !== to).map(([from, to, dates], i) => ({ id: `${prefix}-r${i}`, from, to, ...dates }));
  await testDriver().executeQuery(
    `UNWIND $nodes AS id CREATE (:Entity:Organization {id: id, name: id})
     WITH count(*) AS created
     UNWIND $hops AS hop
     MATCH (a:Entity {id: hop.from}), (b:Entity {id: hop.to})
     CREATE (a)-[:TRANSFERRED_TO {id: hop.id, sources: ['hir-cybercrime-syndicate'], confidence: 'reported',
       timeFrom: date(hop.start), timeTo: date(hop.end)}]->(b)`,
    {
      nodes: Array.from({ length: NODES }, (_, i) => `${prefix}-${i}`),
      hops: hops.map((hop) => ({ ...hop, from: `${prefix}-${hop.from}`, to: `${prefix}-${hop.to}`, start: hop.start ?? null, end: hop.end ?? null })),
    },
  );
  return { prefix, hops };
}

/** The API's chronological paths from node 0 to the last node of a built graph, as their hops' ids. */
async function paths(prefix: string, query: string): Promise<string[][]> {
  const res = await request(app).get(`/api/paths?from=${prefix}-0&to=${prefix}-${NODES - 1}&order=chronological&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as PathsResponse).paths.map((path) => path.edges.map((edge) => edge.id));
}

beforeAll(() => reseed());
afterAll(() => testDriver().executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'chrono-' DETACH DELETE n"));

describe('chronological paths on random graphs', () => {
  it('the shortest path that keeps to the order of time, and all of that length, as listing every path finds them', async () => {
    await fc.assert(
      fc.asyncProperty(graph, fc.integer({ min: 2, max: 6 }), fc.boolean(), async (edges, maxHops, directed) => {
        const { prefix, hops } = await build(edges);
        const valid = simplePaths(hops, maxHops, directed).filter(inOrder);
        const shortest = Math.min(...valid.map((path) => path.length));
        const expected = valid.filter((path) => path.length === shortest).map((path) => path.map((hop) => hop.id));
        const query = `maxHops=${maxHops}${directed ? '&direction=outgoing' : ''}`;
        const one = await paths(prefix, `${query}&mode=shortest`);
        expect(one.length).toBe(expected.length > 0 ? 1 : 0);
        if (one.length > 0) expect(expected).toContainEqual(one[0]);
        const all = await paths(prefix, `${query}&mode=all-shortest&limit=100`);
        expect(all.map((path) => path.join()).sort()).toEqual(expected.map((path) => path.join()).sort());
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe('a node reached again along earlier hops', () => {
  // 0 to 9 through 1, 2 and 3 runs 2014, 2014, 2015, 2015. Short cuts reach node 2 first from both ends, from 0 in 2019
  // and from 9 in 2013, and the two do not join. Each side must keep the second, longer way to node 2 for its earlier
  // (forward) or later (backward) bound.
  it('is kept for the better bound, so the chronological path is found', async () => {
    const { prefix } = await build([
      [0, 1, { start: '2014-01-01', end: '2014-12-31' }],
      [1, 2, { start: '2014-01-01', end: '2014-12-31' }],
      [2, 3, { start: '2015-01-01', end: '2015-12-31' }],
      [3, NODES - 1, { start: '2015-01-01', end: '2015-12-31' }],
      [0, 2, { start: '2019-01-01', end: '2019-12-31' }],
      [2, NODES - 1, { start: '2013-01-01', end: '2013-12-31' }],
    ]);
    expect(await paths(prefix, 'mode=shortest&maxHops=4')).toEqual([[0, 1, 2, 3].map((i) => `${prefix}-r${i}`)]);
    expect(await paths(prefix, 'mode=all-shortest&maxHops=4')).toEqual([[0, 1, 2, 3].map((i) => `${prefix}-r${i}`)]);
  });
});
