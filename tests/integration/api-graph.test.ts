import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed } from '../support/neo4j.ts';

const app = testApp();
beforeAll(() => reseed());

interface Node { id: string; labels: string[]; name: string; properties: Record<string, unknown> }
interface Edge { id: string; source: string; target: string; type: string; properties: Record<string, unknown> }

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

  it('answers 404 NOT_FOUND for an unknown id and 400 for a malformed one', async () => {
    const missing = await request(app).get('/api/nodes/no-such-node');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: "Node 'no-such-node' does not exist" } });
    const bad = await request(app).get(`/api/nodes/${encodeURIComponent('a b')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BAD_REQUEST');
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
    expect(deep.body.error).toEqual({ code: 'BAD_REQUEST', message: 'depth: depth must be 1, 2 or 3' });
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
    expect(hops.body.error.message).toMatch(/maxHops must be between 1 and 8/);
    expect((await request(app).get('/api/paths?from=tian-yinyin&to=lazarus-group&mode=fastest')).status).toBe(400);
    expect((await request(app).get('/api/paths?from=tian-yinyin')).status).toBe(400);
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
