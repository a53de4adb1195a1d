import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const app = testApp();
beforeAll(() => reseed());

interface Node {
  id: string;
  labels: string[];
  name: string;
  properties: Record<string, unknown>;
}
interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}
interface Relationship {
  type: string;
  direction: 'out' | 'in';
  other: { id: string; name: string; labels: string[] };
  properties: Record<string, unknown>;
}

describe('GET /api/nodes/:id', () => {
  it('returns the node, its relationships with direction, and the sources cited', async () => {
    const res = await request(app).get('/api/nodes/lazarus-group');
    expect(res.status).toBe(200);
    expect(res.body.node).toMatchObject({ id: 'lazarus-group', name: 'Lazarus Group' });
    expect(res.body.node.labels).toEqual(expect.arrayContaining(['Actor', 'Group']));
    expect(res.body.node.labels).not.toContain('Entity');
    const alias = res.body.relationships.find((r: { type: string; other: { id: string } }) => r.type === 'ALIAS_OF' && r.other.id === 'alias-hidden-cobra');
    expect(alias).toMatchObject({ direction: 'in', other: { name: 'HIDDEN COBRA' } });
    expect(alias.properties.sources.length).toBeGreaterThan(0);
    const sourceIds = res.body.sources.map((s: { id: string }) => s.id);
    expect(sourceIds).toContain('hir-cybercrime-syndicate');
    expect(res.body.sources[0]).toHaveProperty('name');
  });

  it('answers a seed node (fewer than 100 relationships) in one page, counted per type and direction', async () => {
    const { body } = await request(app).get('/api/nodes/lazarus-group');
    expect(body.relationshipTotal).toBe(body.relationships.length);
    expect(body.nextOffset).toBeNull();
    const counted = body.relationshipCounts as { type: string; direction: string; count: number }[];
    expect(counted.reduce((sum, c) => sum + c.count, 0)).toBe(body.relationshipTotal);
    expect(counted).toContainEqual({
      type: 'ALIAS_OF',
      direction: 'in',
      count: body.relationships.filter((r: Relationship) => r.type === 'ALIAS_OF' && r.direction === 'in').length,
    });
  });

  it('answers 404 NOT_FOUND for an unknown id and 400 for a malformed one', async () => {
    const missing = await request(app).get('/api/nodes/no-such-node');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: "Node 'no-such-node' does not exist" } });
    const bad = await request(app).get(`/api/nodes/${encodeURIComponent('a b')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BAD_REQUEST');
  });
});

describe('GET /api/nodes/:id paging', () => {
  // A hub made for this test: 1 LINKED_TO out and 1 in, 60 MEMBER_OF in, 150 TARGETED out, with every name held by
  // two nodes so that ids must break ties. The TARGETED relationship to the last victim cites a source of its own.
  const total = 212;
  beforeAll(async () => {
    await testDriver().executeQuery(
      `CREATE (hub:Entity:Actor:Group {id: 'paging-hub', name: 'Paging Hub', sources: ['hir-cybercrime-syndicate']})
       CREATE (peer:Entity:Actor:Group {id: 'paging-peer', name: 'Paging Peer'})
       CREATE (hub)-[:LINKED_TO {sources: ['hir-cybercrime-syndicate']}]->(peer), (peer)-[:LINKED_TO {sources: ['hir-cybercrime-syndicate']}]->(hub)
       WITH hub
       UNWIND range(0, 59) AS i
       CREATE (:Entity:Person {id: 'paging-member-' + i, name: 'Member ' + (i * 7 % 60) / 2})-[:MEMBER_OF {sources: ['hir-cybercrime-syndicate']}]->(hub)
       WITH DISTINCT hub
       UNWIND range(0, 149) AS i
       CREATE (hub)-[:TARGETED {sources: [CASE i WHEN 149 THEN 'us-treasury-press-release-tian-li' ELSE 'hir-cybercrime-syndicate' END]}]->(:Entity:Victim {id: 'paging-victim-' + i, name: 'Victim ' + (i * 7 % 150 + 1000) / 2})`,
    );
  });
  afterAll(() => reseed());

  async function page(query: string) {
    const res = await request(app).get(`/api/nodes/paging-hub?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as {
      relationships: Relationship[];
      relationshipTotal: number;
      relationshipCounts: unknown[];
      nextOffset: number | null;
      sources: { id: string }[];
    };
  }

  async function allPages(limit: number): Promise<Relationship[]> {
    const seen: Relationship[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const body = await page(`limit=${limit}&offset=${offset}`);
      seen.push(...body.relationships);
      offset = body.nextOffset;
    }
    return seen;
  }

  const key = (rel: Relationship) => `${rel.type} ${rel.direction} ${rel.other.id}`;
  const directionRank = { out: 0, in: 1 };
  /** The documented order: type, outgoing first, the other node's name, its id (strings in code point order, as Cypher). */
  function compare(a: Relationship, b: Relationship): number {
    const keys = (r: Relationship) => [r.type, directionRank[r.direction], r.other.name, r.other.id] as const;
    const [x, y] = [keys(a), keys(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  }

  it('gives 100 relationships by default, in order, with the total, the counts per type and where the next page starts', async () => {
    const first = await page('');
    expect(first.relationships).toHaveLength(100);
    expect(first.relationshipTotal).toBe(total);
    expect(first.nextOffset).toBe(100);
    expect(first.relationshipCounts).toEqual([
      { type: 'LINKED_TO', direction: 'out', count: 1 },
      { type: 'LINKED_TO', direction: 'in', count: 1 },
      { type: 'MEMBER_OF', direction: 'in', count: 60 },
      { type: 'TARGETED', direction: 'out', count: 150 },
    ]);
    expect(first.relationships.slice(0, 3).map(key)).toEqual(['LINKED_TO out paging-peer', 'LINKED_TO in paging-peer', 'MEMBER_OF in paging-member-0']);
    expect(first.relationships).toEqual([...first.relationships].sort(compare));
  });

  it('continues page after page without overlap or gap, whatever the page size', async () => {
    const whole = (await page('limit=1000')).relationships;
    expect(whole).toHaveLength(total);
    expect(whole).toEqual([...whole].sort(compare));
    expect(new Set(whole.map(key)).size).toBe(total);
    for (const limit of [100, 7]) expect((await allPages(limit)).map(key)).toEqual(whole.map(key));
    const second = await page('offset=100');
    expect(second.relationships.map(key)).toEqual(whole.slice(100, 200).map(key));
    expect(second.nextOffset).toBe(200);
    const last = await page('offset=200');
    expect(last.relationships).toHaveLength(12);
    expect(last.nextOffset).toBeNull();
  });

  it('lists the sources cited by the node and by the relationships of the page only', async () => {
    for (const offset of [0, 100, 200]) {
      const body = await page(`offset=${offset}`);
      const cited = new Set(['hir-cybercrime-syndicate', ...body.relationships.flatMap((r) => r.properties.sources as string[])]);
      expect(body.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    }
    const holder = (await page('limit=1000')).relationships.findIndex((r) => r.other.id === 'paging-victim-149');
    const onItsPage = await page(`offset=${holder}&limit=1`);
    expect(onItsPage.sources.map((s) => s.id)).toContain('us-treasury-press-release-tian-li');
    expect((await page('offset=0')).sources.map((s) => s.id)).not.toContain('us-treasury-press-release-tian-li');
  });

  it('answers an empty last page past the end', async () => {
    const past = await page(`offset=${total + 50}`);
    expect(past.relationships).toEqual([]);
    expect(past.relationshipTotal).toBe(total);
    expect(past.nextOffset).toBeNull();
  });

  it('refuses a bad limit or offset with a 400 that says what is allowed', async () => {
    const limitRule = 'limit: limit must be a whole number from 1 to 1000';
    const offsetRule = 'offset: offset must be a whole number, 0 or more: the nextOffset of the page before';
    for (const [query, message] of [
      ['limit=0', limitRule],
      ['limit=5000', limitRule],
      ['limit=2.5', limitRule],
      ['limit=ten', limitRule],
      ['offset=-1', offsetRule],
      ['offset=abc', offsetRule],
      ['limit=0&offset=-1', `${limitRule}; ${offsetRule}`],
    ]) {
      const res = await request(app).get(`/api/nodes/paging-hub?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body, query).toEqual({ error: { code: 'BAD_REQUEST', message } });
    }
  });
});

describe('GET /api/nodes/:id/neighbourhood', () => {
  async function neighbourhood(query: string) {
    const res = await request(app).get(`/api/nodes/lazarus-group/neighbourhood?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { nodes: Node[]; edges: Edge[]; truncated: boolean; total: number };
  }

  it('at depth 1 holds the centre and its direct neighbours, with edges only among them', async () => {
    const graph = await neighbourhood('depth=1');
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.nodes[0]?.id).toBe('lazarus-group');
    expect(ids.has('alias-hidden-cobra')).toBe(true);
    expect(ids.has('bangladesh-bank-heist-2016')).toBe(true);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.id).toBe(`${edge.source}~${edge.type}~${edge.target}`);
    }
    expect(graph.truncated).toBe(false);
    expect(graph.total).toBe(graph.nodes.length - 1);
  });

  it('grows with depth 2 and 3', async () => {
    const [one, two, three] = await Promise.all([neighbourhood('depth=1'), neighbourhood('depth=2'), neighbourhood('depth=3')]);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(three.nodes.length).toBeGreaterThanOrEqual(two.nodes.length);
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(one.nodes.map((n) => n.id)));
  });

  it('caps the nodes in the query and says more exist', async () => {
    const graph = await neighbourhood('depth=2&limit=3');
    expect(graph.nodes).toHaveLength(4);
    expect(graph.truncated).toBe(true);
    expect(graph.total).toBeGreaterThan(3);
  });

  it('filters by relationship type and by label', async () => {
    const aliases = await neighbourhood('depth=1&types=ALIAS_OF');
    expect(aliases.edges.every((e) => e.type === 'ALIAS_OF')).toBe(true);
    expect(aliases.nodes.slice(1).every((n) => n.labels.includes('Alias'))).toBe(true);
    expect(aliases.nodes.length).toBeGreaterThanOrEqual(5);
    const incidents = await neighbourhood('depth=1&labels=Incident');
    expect(incidents.nodes.slice(1).every((n) => n.labels.includes('Incident'))).toBe(true);
    expect(incidents.nodes.length).toBeGreaterThan(3);
  });

  it('refuses depth=99 naming the allowed range, unknown types, and unknown nodes', async () => {
    const deep = await request(app).get('/api/nodes/lazarus-group/neighbourhood?depth=99');
    expect(deep.status).toBe(400);
    expect(deep.body.error).toEqual({ code: 'BAD_REQUEST', message: 'depth: depth must be a whole number from 1 to 3' });
    const type = await request(app).get('/api/nodes/lazarus-group/neighbourhood?types=NOPE');
    expect(type.status).toBe(400);
    expect(type.body.error.message).toMatch(/Unknown relationship type NOPE/);
    const limit = await request(app).get('/api/nodes/lazarus-group/neighbourhood?limit=5001');
    expect(limit.status).toBe(400);
    const unknown = await request(app).get('/api/nodes/nobody/neighbourhood');
    expect(unknown.status).toBe(404);
  });
});

describe('GET /api/paths', () => {
  async function paths(query: string) {
    const res = await request(app).get(`/api/paths?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { paths: { nodes: Node[]; edges: Edge[]; length: number }[]; sources: { id: string; name: string }[] };
  }

  it('finds a shortest path from Tian Yinyin to the Lazarus Group, with sources along it', async () => {
    const { paths: found, sources } = await paths('from=tian-yinyin&to=lazarus-group&mode=shortest');
    expect(found).toHaveLength(1);
    const path = found[0]!;
    expect(path.nodes[0]?.id).toBe('tian-yinyin');
    expect(path.nodes.at(-1)?.id).toBe('lazarus-group');
    expect(path.edges).toHaveLength(path.length);
    path.edges.forEach((edge, i) => {
      expect([edge.source, edge.target].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
      expect((edge.properties.sources as string[]).length).toBeGreaterThan(0);
      expect(['confirmed', 'reported', 'alleged', 'suspected']).toContain(edge.properties.confidence);
    });
    const cited = new Set(path.edges.flatMap((e) => e.properties.sources as string[]));
    expect(sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it('all-shortest returns only paths of the shortest length; all returns simple paths shortest first', async () => {
    const shortest = (await paths('from=tian-yinyin&to=lazarus-group&mode=shortest')).paths[0]!.length;
    const allShortest = (await paths('from=tian-yinyin&to=lazarus-group&mode=all-shortest')).paths;
    expect(allShortest.length).toBeGreaterThanOrEqual(1);
    expect(allShortest.every((p) => p.length === shortest)).toBe(true);
    const all = (await paths('from=tian-yinyin&to=lazarus-group&mode=all&maxHops=4&limit=20')).paths;
    expect(all.length).toBeGreaterThanOrEqual(allShortest.length);
    expect(all.map((p) => p.length)).toEqual([...all.map((p) => p.length)].sort((a, b) => a - b));
    for (const path of all) expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
    expect(all.every((p) => p.length <= 4)).toBe(true);
  });

  it('follows only allowed relationship types', async () => {
    const { paths: found } = await paths('from=alias-hidden-cobra&to=lazarus-group&types=ALIAS_OF&mode=all&maxHops=3');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.edges.every((e) => e.type === 'ALIAS_OF'))).toBe(true);
  });

  it('answers an empty list when no path fits within maxHops', async () => {
    expect((await paths('from=tian-yinyin&to=sony-pictures-entertainment&maxHops=1')).paths).toEqual([]);
  });

  it('refuses bad input: unknown nodes 404, maxHops out of range and unknown mode 400', async () => {
    expect((await request(app).get('/api/paths?from=nobody&to=lazarus-group')).status).toBe(404);
    const hops = await request(app).get('/api/paths?from=tian-yinyin&to=lazarus-group&maxHops=9');
    expect(hops.status).toBe(400);
    expect(hops.body.error.message).toMatch(/maxHops must be a whole number from 1 to 8/);
    expect((await request(app).get('/api/paths?from=tian-yinyin&to=lazarus-group&mode=fastest')).status).toBe(400);
    expect((await request(app).get('/api/paths?from=tian-yinyin')).status).toBe(400);
  });
});

describe('GET /api/sources', () => {
  it('answers the sources asked for, in that order, leaving out unknown ids', async () => {
    const res = await request(app).get('/api/sources?ids=us-doj-charges-2018,no-such-source,hir-cybercrime-syndicate');
    expect(res.status).toBe(200);
    const sources = res.body.sources as { id: string; name: string; publisher?: string }[];
    expect(sources.map((s) => s.id)).toEqual(['us-doj-charges-2018', 'hir-cybercrime-syndicate']);
    expect(sources.every((s) => s.name.length > 0 && s.name !== s.id)).toBe(true);
  });

  it('refuses no ids, a malformed id and too many ids with 400', async () => {
    const many = Array.from({ length: 201 }, (_, i) => `source-${i}`).join(',');
    for (const query of ['', '?ids=', '?ids=%3Cscript%3E', `?ids=${many}`]) {
      const res = await request(app).get(`/api/sources${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('BAD_REQUEST');
    }
  });
});

describe('GET /api/schema', () => {
  it('lists labels and relationship types with counts, and property keys per label', async () => {
    const res = await request(app).get('/api/schema');
    expect(res.status).toBe(200);
    const labels = Object.fromEntries(res.body.labels.map((l: { name: string; count: number }) => [l.name, l.count]));
    expect(labels.Actor).toBeGreaterThan(0);
    expect(labels.Entity).toBeUndefined();
    expect(res.body.relationshipTypes.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['ALIAS_OF', 'LAUNDERED', 'CONDUCTED']));
    expect(res.body.properties.Actor).toEqual(expect.arrayContaining(['id', 'name', 'summary', 'sources']));
  });
});
