// mode=all searches for the k shortest simple paths instead of listing every path: its answer must be what the
// listing would give, cut at limit. The reference is the exhaustive query, run here against the same seed.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const app = testApp();
const driver = testDriver();
beforeAll(() => reseed(driver));
afterAll(() => driver.close());

const everySimplePath = (maxHops: number) => `
  MATCH path = (from:Entity {id: $from})-[rels*1..${maxHops}]-(to:Entity {id: $to})
  WHERE (size($types) = 0 OR all(r IN rels WHERE type(r) IN $types))
    AND all(n IN nodes(path) WHERE single(m IN nodes(path) WHERE m = n))
  RETURN length(path) AS length, [r IN rels | elementId(r)] AS rels`;

interface ApiPath {
  length: number;
  nodes: { id: string }[];
  edges: { id: string }[];
}

const cases = [
  { from: 'tian-yinyin', to: 'lazarus-group', maxHops: 4, limit: 15, types: [] },
  { from: 'alias-hidden-cobra', to: 'bangladesh-bank-heist-2016', maxHops: 3, limit: 30, types: [] },
  { from: 'park-jin-hyok', to: 'kucoin-theft-2020', maxHops: 4, limit: 100, types: [] },
  { from: 'park-jin-hyok', to: 'bangladesh-bank-heist-2016', maxHops: 4, limit: 10, types: ['CONDUCTED', 'MEMBER_OF', 'CHARGED_WITH', 'PART_OF', 'TARGETED'] },
];

describe('GET /api/paths?mode=all', () => {
  it.each(cases)('$from → $to within $maxHops hops: the shortest $limit simple paths', async ({ from, to, maxHops, limit, types }) => {
    const query = new URLSearchParams({ from, to, mode: 'all', maxHops: String(maxHops), limit: String(limit) });
    if (types.length > 0) query.set('types', types.join(','));
    const res = await request(app).get(`/api/paths?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const found = res.body.paths as ApiPath[];

    const { records } = await driver.executeQuery(everySimplePath(maxHops), { from, to, types });
    const lengths = records.map((r) => Number(r.get('length'))).sort((a, b) => a - b);
    expect(found.map((p) => p.length)).toEqual(lengths.slice(0, limit));
    expect(lengths.length, 'a case whose paths fit in one answer proves less').toBeGreaterThan(0);

    for (const path of found) {
      const ids = path.nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([ids[0], ids.at(-1)]).toEqual([from, to]);
    }
    expect(new Set(found.map((p) => p.edges.map((e) => e.id).join('|'))).size).toBe(found.length);
  });

  it('cuts at limit when more simple paths exist', async () => {
    const { records } = await driver.executeQuery(everySimplePath(4), { from: 'park-jin-hyok', to: 'kucoin-theft-2020', types: [] });
    const res = await request(app).get('/api/paths?from=park-jin-hyok&to=kucoin-theft-2020&mode=all&maxHops=4&limit=3');
    expect(records.length).toBeGreaterThan(3);
    expect(res.body.paths).toHaveLength(3);
  });
});
