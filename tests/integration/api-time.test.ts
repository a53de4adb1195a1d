// Time windows (since, until) on neighbourhood, search and paths, and chronological paths, against a real Neo4j:
// the seed, plus a small graph built beside it where the shortest path runs backwards in time.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeighbourhoodResponse, PathsResponse, SearchResponse } from '../../contract/api.ts';
import { timeSpanStatements } from '../../server/db/seed.ts';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const app = testApp();
const BANGLADESH = 'bangladesh-bank-heist-2016';

beforeAll(async () => {
  await reseed();
  // time-a to time-z: the shortest path (2 hops) goes from 2018 back to 2016; a 3-hop one goes from 2017 on to 2019
  // and back to 2015; the 4-hop one runs January 2016, 2016 (overlapping), an undated hop, then March 2017.
  const hop = (a: string, b: string, date?: string) =>
    `CREATE (${a})-[:TRANSFERRED_TO {id: 'time-${a}-${b}', sources: ['hir-cybercrime-syndicate'], confidence: 'reported'${date ? `, date: '${date}'` : ''}}]->(${b})`;
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'z'].map((n) => `(${n}:Entity:Organization {id: 'time-${n}', name: 'Time ${n.toUpperCase()}'})`);
  await testDriver().executeQuery(
    [
      `CREATE ${nodes.join(', ')}`,
      hop('a', 'b', '2018'),
      hop('b', 'z', '2016'),
      hop('a', 'f', '2017'),
      hop('f', 'g', '2019'),
      hop('g', 'z', '2015'),
      hop('a', 'c', '2016-01'),
      hop('c', 'd', '2016'),
      hop('d', 'e'),
      hop('e', 'z', '2017-03'),
    ].join('\n'),
  );
  for (const statement of timeSpanStatements) await testDriver().executeQuery(statement);
});

async function get<T>(url: string): Promise<T> {
  const res = await request(app).get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as T;
}

const ids = (path: PathsResponse['paths'][number]) => path.nodes.map((node) => node.id);

describe('a time window on the neighbourhood', () => {
  it('keeps what overlaps 2016 and the undated elements, listing those as undated', async () => {
    const all = await get<NeighbourhoodResponse>(`/api/nodes/${BANGLADESH}/neighbourhood`);
    const in2016 = await get<NeighbourhoodResponse>(`/api/nodes/${BANGLADESH}/neighbourhood?since=2016&until=2016`);
    expect(all.window).toBeUndefined();
    expect(in2016.window).toMatchObject({ since: '2016', until: '2016', from: '2016-01-01', to: '2016-12-31' });
    // The 2018 charges over the heist are out; the February 2016 transfers are in.
    expect(all.edges.map((e) => e.id)).toContain(`park-jin-hyok~CHARGED_WITH~${BANGLADESH}`);
    expect(in2016.edges.map((e) => e.id)).not.toContain(`park-jin-hyok~CHARGED_WITH~${BANGLADESH}`);
    expect(in2016.edges.filter((e) => e.type === 'TRANSFERRED_TO').length).toBeGreaterThan(0);
    for (const element of [...in2016.nodes.filter((n) => n.id !== BANGLADESH), ...in2016.edges]) {
      const { timeFrom, timeTo } = element.properties as { timeFrom?: string; timeTo?: string };
      if (timeFrom === undefined) expect(in2016.window!.undated).toContain(element.id);
      else expect(timeFrom <= '2016-12-31' && (timeTo === undefined || timeTo >= '2016-01-01'), element.id).toBe(true);
    }
    expect(in2016.window!.undated.length).toBeGreaterThan(0);
    expect(in2016.window!.note).toBeUndefined();
  });

  it('compares by overlap at any precision: a window of one day in February 2016 keeps the heist of "2016-02"', async () => {
    const day = await get<NeighbourhoodResponse>('/api/nodes/lazarus-group/neighbourhood?since=2016-02-10&until=2016-02-10');
    expect(day.nodes.map((n) => n.id)).toContain(BANGLADESH);
    expect(day.nodes.map((n) => n.id)).not.toContain('sony-pictures-hack-2014');
  });

  it('answers a window with nothing dated in it with the undated elements and a note that says so', async () => {
    const empty = await get<NeighbourhoodResponse>(`/api/nodes/${BANGLADESH}/neighbourhood?until=2008`);
    expect(empty.window!.note).toMatch(/Nothing dated around 'bangladesh-bank-heist-2016' overlaps until 2008/);
    for (const node of empty.nodes.filter((n) => n.id !== BANGLADESH)) expect(node.properties.timeFrom).toBeUndefined();
  });
});

describe('a time window on search and paths', () => {
  it('search keeps matches that overlap the window, and undated ones flagged', async () => {
    const hits = await get<SearchResponse>('/api/search?q=attack&since=2017&until=2017');
    const found = hits.results.map((r) => r.id);
    expect(found).toContain('wannacry-attack-2017');
    expect(found).not.toContain('sony-pictures-hack-2014');
    expect(hits.window!.undated.every((id) => found.includes(id))).toBe(true);
  });

  it('paths keep to the window: within 2016 alone none runs, over 2015 to 2019 all three do and the undated hop is listed', async () => {
    const through = await get<PathsResponse>('/api/paths?from=time-a&to=time-z&since=2016&until=2016');
    expect(through.paths).toEqual([]);
    expect(through.note).toMatch(/No path within 4 hops keeps to 2016/);
    const wide = await get<PathsResponse>('/api/paths?from=time-a&to=time-z&since=2015&until=2019&mode=all&limit=10');
    expect(wide.paths.length).toBe(3);
    expect(wide.window!.undated).toEqual(['time-d-e']);
  });
});

describe('order=chronological', () => {
  it('the shortest path runs backwards in time; the chronological one is longer, and its undated hop is counted', async () => {
    const shortest = await get<PathsResponse>('/api/paths?from=time-a&to=time-z');
    expect(ids(shortest.paths[0]!)).toEqual(['time-a', 'time-b', 'time-z']);
    const chronological = await get<PathsResponse>('/api/paths?from=time-a&to=time-z&order=chronological');
    expect(chronological.paths.map(ids)).toEqual([['time-a', 'time-c', 'time-d', 'time-e', 'time-z']]);
    expect(chronological.paths[0]!.undatedHops).toBe(1);
  });

  it('every mode keeps to it, and too few hops find none, with a note', async () => {
    for (const mode of ['all-shortest', 'all']) {
      const found = await get<PathsResponse>(`/api/paths?from=time-a&to=time-z&order=chronological&mode=${mode}`);
      expect(found.paths.map(ids), mode).toEqual([['time-a', 'time-c', 'time-d', 'time-e', 'time-z']]);
    }
    const short = await get<PathsResponse>('/api/paths?from=time-a&to=time-z&order=chronological&maxHops=3');
    expect(short.paths).toEqual([]);
    expect(short.note).toBe('No path within 3 hops keeps to the order of time');
  });
});

// slow-a to slow-z through five layers of 20 nodes, every layer joined to the next, each layer's hops a year before
// the last one's: 3,200,000 shortest paths, all backwards in time, and no chronological path within 6 hops. Listing
// them and checking each, as SHORTEST does with a predicate that compares hops, takes far longer than 2 seconds.
describe('a chronological search where every shortest path runs backwards in time', () => {
  const limited = testApp({ QUERY_TIMEOUT_MS: '2000' });
  beforeAll(async () => {
    await testDriver().executeQuery(
      `CREATE (:Entity:Organization {id: 'slow-a', name: 'Slow A'}), (:Entity:Organization {id: 'slow-z', name: 'Slow Z'})
       WITH 1 AS one
       UNWIND range(1, 5) AS layer
       UNWIND range(1, 20) AS i
       CREATE (:Entity:Organization {id: 'slow-' + layer + '-' + i, name: 'Slow ' + layer + '-' + i, layer: layer})
       WITH count(*) AS created
       MATCH (a:Entity), (b:Entity)
       WHERE (a.id = 'slow-a' AND b.layer = 1) OR (a.layer = 5 AND b.id = 'slow-z') OR (a.layer IS NOT NULL AND b.layer = a.layer + 1)
       CREATE (a)-[:TRANSFERRED_TO {id: a.id + '~' + b.id, sources: ['hir-cybercrime-syndicate'], confidence: 'reported',
         date: toString(2020 - coalesce(a.layer, 0))}]->(b)`,
    );
    for (const statement of timeSpanStatements) await testDriver().executeQuery(statement);
  });
  afterAll(() => testDriver().executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'slow-' DETACH DELETE n"));

  it('is answered within the time limit, since the search drops each path as soon as it goes back in time', async () => {
    for (const mode of ['shortest', 'all-shortest']) {
      const res = await request(limited).get(`/api/paths?from=slow-a&to=slow-z&order=chronological&maxHops=6&mode=${mode}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ paths: [], note: 'No path within 6 hops keeps to the order of time' });
    }
    const plain = await request(limited).get('/api/paths?from=slow-a&to=slow-z&maxHops=6');
    expect(plain.body.paths.map((path: { length: number }) => path.length)).toEqual([6]);
  });
});

describe('bad time input', () => {
  it.each([
    ['since=2016-13', /since must be a real year, month or day/],
    ['until=2016-02-30', /until must be a real year, month or day/],
    ['since=last%20year', /since must be a real year, month or day/],
    ['since=2017&until=2016-06', /since must not be after until/],
  ])('%s is a 400 that says what is wrong, on every route', async (query, message) => {
    for (const url of [`/api/nodes/${BANGLADESH}/neighbourhood?${query}`, `/api/search?q=lazarus&${query}`, `/api/paths?from=time-a&to=time-z&${query}`]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(400);
      expect(JSON.stringify(res.body), url).toMatch(message);
    }
  });

  it('order must be length or chronological', async () => {
    const res = await request(app).get('/api/paths?from=time-a&to=time-z&order=sideways');
    expect(res.status).toBe(400);
  });
});

describe('rank=credibility', () => {
  it('orders the seed paths by weakest hop, then its sources, then length, and names each weakest hop', async () => {
    const levels = ['confirmed', 'reported', 'alleged', 'suspected'];
    const ranked = await get<PathsResponse>('/api/paths?from=lazarus-group&to=north-korea&mode=all&maxHops=3&limit=10&rank=credibility');
    expect(ranked.paths.length).toBeGreaterThan(1);
    const keys = ranked.paths.map((path) => {
      const hop = path.weakestHop!;
      expect(path.edges.map((e) => e.id)).toContain(hop.edge);
      for (const edge of path.edges) expect(levels.indexOf(edge.properties.confidence as string)).toBeLessThanOrEqual(levels.indexOf(hop.confidence));
      expect(hop.why).toMatch(new RegExp(`is ${hop.confidence}, stated by ${hop.sources} source`));
      return [levels.indexOf(hop.confidence), -hop.sources, path.length];
    });
    const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
    expect(keys).toEqual(sorted);
    // The direct link is only alleged: a longer, better-sourced way comes first.
    const direct = ranked.paths.findIndex((path) => path.length === 1);
    expect(ranked.paths[direct]!.weakestHop!.confidence).toBe('alleged');
    expect(direct).toBeGreaterThan(0);
  });
});
