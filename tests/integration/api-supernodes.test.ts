// Supernodes in a neighbourhood: with a low SUPERNODE_DEGREE the seed data has them, and the answer must differ from
// the full one exactly by links between two non-centre supernodes, with no kept node left without a link.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const DEGREE = 8;
const full = testApp();
const capped = testApp({ SUPERNODE_DEGREE: String(DEGREE) });
const driver = testDriver();
beforeAll(() => reseed(driver));
afterAll(() => driver.close());

interface Edge {
  id: string;
  source: string;
  target: string;
}
interface Hood {
  nodes: { id: string }[];
  edges: Edge[];
  supernodes: string[];
  supernodeDegree: number;
}

async function neighbourhood(app: typeof full, id: string, depth: number): Promise<Hood> {
  const res = await request(app).get(`/api/nodes/${id}/neighbourhood?depth=${depth}&limit=60`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Hood;
}

async function degrees(ids: string[]): Promise<Map<string, number>> {
  const { records } = await driver.executeQuery('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, COUNT { (n)--() } AS degree', { ids });
  return new Map(records.map((r) => [r.get('id') as string, Number(r.get('degree'))]));
}

describe('neighbourhood supernodes', () => {
  it('has none in the seed data at the default setting', async () => {
    const hood = await neighbourhood(full, 'lazarus-group', 2);
    expect(hood.supernodes).toEqual([]);
    expect(hood.supernodeDegree).toBe(1000);
  });

  const cases = [
    ['lazarus-group', 1],
    ['lazarus-group', 2],
    ['bangladesh-bank-heist-2016', 2],
    ['tian-yinyin', 3],
  ] as const;

  it.each(cases)('around %s at depth %i without supernodes holds every relationship among its nodes, once', async (id, depth) => {
    const hood = await neighbourhood(full, id, depth);
    const { records } = await driver.executeQuery(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id + "~" + type(r) + "~" + b.id AS id',
      { ids: hood.nodes.map((n) => n.id) },
    );
    expect(hood.edges.map((e) => e.id).sort()).toEqual(records.map((r) => r.get('id') as string).sort());
  });

  it.each(cases)('around %s at depth %i leaves out only links between two non-centre supernodes', async (id, depth) => {
    await leavesOutOnlySupernodeLinks(id, depth);
  });

  it('does leave links out in these cases, so the checks above are not vacuous', async () => {
    let omitted = 0;
    for (const [id, depth] of cases) {
      const [all, some] = await Promise.all([neighbourhood(full, id, depth), neighbourhood(capped, id, depth)]);
      omitted += all.edges.length - some.edges.length;
    }
    expect(omitted).toBeGreaterThan(0);
  });
});

// A centre whose one neighbour is a supernode with three supernode neighbours of bigger degree: those three are linked
// to nothing else in view, and their link is cheaper to find from their parent's side than from theirs.
describe('a supernode reached only through another supernode', () => {
  beforeAll(async () => {
    await driver.executeQuery(
      `CREATE (centre:Entity:Victim {id: 'lonely-centre', name: 'Lonely centre'})
       CREATE (parent:Entity:Organization {id: 'lonely-parent', name: 'Lonely parent'})
       CREATE (centre)-[:TARGETED {id: 'lonely-centre~TARGETED~lonely-parent', sources: [], confidence: 'reported'}]->(parent)
       WITH parent
       UNWIND range(1, 9) AS i
       CREATE (child:Entity:Organization {id: 'lonely-child-' + i, name: 'Lonely child ' + i})
       CREATE (parent)-[:TARGETED {id: 'lonely-parent~TARGETED~' + child.id, sources: [], confidence: 'reported'}]->(child)
       WITH child, i WHERE i <= 3
       UNWIND range(1, 20) AS j
       CREATE (leaf:Entity:Victim {id: child.id + '-leaf-' + j, name: 'Leaf ' + j})
       CREATE (child)-[:TARGETED {id: child.id + '~TARGETED~' + leaf.id, sources: [], confidence: 'reported'}]->(leaf)`,
    );
  });
  afterAll(() => driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'lonely-' DETACH DELETE n"));

  it('keeps one link from each to its parent, and leaves out only links between two non-centre supernodes', async () => {
    const some = await leavesOutOnlySupernodeLinks('lonely-centre', 2);
    expect([...some.supernodes].sort()).toEqual(['lonely-child-1', 'lonely-child-2', 'lonely-child-3', 'lonely-parent']);
    for (const child of ['lonely-child-1', 'lonely-child-2', 'lonely-child-3']) {
      expect(some.edges.map((e) => e.id)).toContain(`lonely-parent~TARGETED~${child}`);
    }
  });
});

async function leavesOutOnlySupernodeLinks(id: string, depth: number): Promise<Hood> {
  const [all, some] = await Promise.all([neighbourhood(full, id, depth), neighbourhood(capped, id, depth)]);
  expect(some.nodes.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
  const degree = await degrees(all.nodes.map((n) => n.id));
  const expected = all.nodes
    .slice(1)
    .filter((n) => degree.get(n.id)! > DEGREE)
    .map((n) => n.id);
  expect([...some.supernodes].sort()).toEqual(expected.sort());

  const kept = new Set(some.edges.map((e) => e.id));
  expect(kept.size).toBe(some.edges.length);
  const allIds = new Set(all.edges.map((e) => e.id));
  for (const edge of some.edges) expect(allIds.has(edge.id), edge.id).toBe(true);
  const supernodes = new Set(some.supernodes);
  for (const edge of all.edges.filter((e) => !kept.has(e.id))) {
    expect(supernodes.has(edge.source) && supernodes.has(edge.target), `${edge.id} left out`).toBe(true);
  }
  for (const edge of all.edges.filter((e) => e.source === id || e.target === id)) expect(kept.has(edge.id), edge.id).toBe(true);

  const linked = new Set(some.edges.flatMap((e) => [e.source, e.target]));
  for (const node of some.nodes) expect(linked.has(node.id), `${node.id} has no link`).toBe(true);
  return some;
}
