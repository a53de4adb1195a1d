// Two defects of the path and edge model, on a small graph built for them beside the seed:
// - direction=outgoing must search forwards, not filter an undirected search afterwards;
// - two relationships of one type between the same two nodes are two edges, each with its own id.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const app = testApp();

beforeAll(async () => {
  await reseed();
  // dir-a <-TRANSFERRED_TO- dir-b is one hop backwards; forwards, dir-a reaches dir-b only through dir-c and dir-d.
  // Two sources state dir-a -FUNDED-> dir-c separately: two relationships, one with an id of its own, one without.
  await testDriver().executeQuery(`
    CREATE (a:Entity:Organization {id: 'dir-a', name: 'Direction A'}), (b:Entity:Organization {id: 'dir-b', name: 'Direction B'}),
           (c:Entity:Organization {id: 'dir-c', name: 'Direction C'}), (d:Entity:Organization {id: 'dir-d', name: 'Direction D'})
    CREATE (b)-[:TRANSFERRED_TO {sources: ['hir-cybercrime-syndicate'], confidence: 'reported'}]->(a)
    CREATE (a)-[:TRANSFERRED_TO {sources: ['hir-cybercrime-syndicate'], confidence: 'reported'}]->(c)
    CREATE (c)-[:TRANSFERRED_TO {sources: ['hir-cybercrime-syndicate'], confidence: 'reported'}]->(d)
    CREATE (d)-[:TRANSFERRED_TO {sources: ['hir-cybercrime-syndicate'], confidence: 'reported'}]->(b)
    CREATE (a)-[:FUNDED {id: 'funded-by-report-1', sources: ['hir-cybercrime-syndicate'], confidence: 'alleged'}]->(c)
    CREATE (a)-[:FUNDED {sources: ['pyongyang-papers-dprk-cybercrime'], confidence: 'reported'}]->(c)`);
});

interface Path {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
  length: number;
}

async function paths(query: string): Promise<Path[]> {
  const res = await request(app).get(`/api/paths?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.paths;
}

const forwards = (path: Path) => path.edges.every((edge, i) => edge.source === path.nodes[i]!.id && edge.target === path.nodes[i + 1]!.id);

describe('direction=outgoing', () => {
  it('finds the forward path when the shortest path overall runs backwards', async () => {
    const any = await paths('from=dir-a&to=dir-b&mode=shortest&types=TRANSFERRED_TO');
    expect(any[0]!.length).toBe(1);
    const outgoing = await paths('from=dir-a&to=dir-b&mode=shortest&types=TRANSFERRED_TO&direction=outgoing');
    expect(outgoing).toHaveLength(1);
    expect(outgoing[0]!.nodes.map((n) => n.id)).toEqual(['dir-a', 'dir-c', 'dir-d', 'dir-b']);
    expect(forwards(outgoing[0]!)).toBe(true);
  });

  it('keeps to forward relationships in every mode, and finds none where only a backward path exists', async () => {
    for (const mode of ['all-shortest', 'all']) {
      const found = await paths(`from=dir-a&to=dir-b&mode=${mode}&types=TRANSFERRED_TO&direction=outgoing&limit=1`);
      expect(found.length, mode).toBe(1);
      expect(forwards(found[0]!), mode).toBe(true);
    }
    expect(await paths('from=dir-b&to=dir-c&mode=shortest&types=TRANSFERRED_TO&direction=outgoing&maxHops=1')).toEqual([]);
  });
});

describe('edge ids', () => {
  it('keeps two relationships of one type between the same nodes apart, each with its own stable id', async () => {
    const hood = await request(app).get('/api/nodes/dir-a/neighbourhood?types=FUNDED');
    expect(hood.status).toBe(200);
    const funded = (hood.body.edges as Path['edges']).filter((edge) => edge.type === 'FUNDED');
    expect(funded).toHaveLength(2);
    expect(new Set(funded.map((edge) => edge.id)).size).toBe(2);
    expect(funded.map((edge) => edge.id)).toContain('funded-by-report-1');
    const again = await request(app).get('/api/nodes/dir-a/neighbourhood?types=FUNDED');
    expect((again.body.edges as Path['edges']).map((edge) => edge.id).sort()).toEqual(funded.map((edge) => edge.id).sort());
  });

  it('draws both relationships from a console result', async () => {
    const res = await request(app).post('/api/cypher').send({ query: "MATCH (:Entity {id: 'dir-a'})-[r:FUNDED]->(c) RETURN r, c" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toHaveLength(2);
    expect(res.body.graph.edges).toHaveLength(2);
    expect(new Set(res.body.graph.edges.map((edge: { id: string }) => edge.id)).size).toBe(2);
  });

  it('gives every seeded relationship an id of its own, source~TYPE~target', async () => {
    const { records } = await testDriver().executeQuery(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a.id STARTS WITH 'dir-' RETURN count(r) AS all, count(DISTINCT r.id) AS ids, sum(CASE WHEN r.id = a.id + '~' + type(r) + '~' + b.id THEN 1 ELSE 0 END) AS named",
    );
    const [all, ids, named] = ['all', 'ids', 'named'].map((key) => Number(records[0]!.get(key)));
    expect(all).toBeGreaterThan(100);
    expect(ids).toBe(all);
    expect(named).toBe(all);
  });
});
