import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { graphFingerprint, reseed } from '../support/neo4j.ts';
import { CONSOLE_EXAMPLES } from '../../client/src/panels/console-examples.ts';

const app = testApp({ CYPHER_RATE_LIMIT_PER_MINUTE: '10000' });
let before: string;

beforeAll(async () => {
  await reseed();
  before = await graphFingerprint();
});

afterAll(async () => {
  expect(await graphFingerprint()).toBe(before);
});

function cypher(query: string, params?: Record<string, unknown>) {
  return request(app)
    .post('/api/cypher')
    .send(params ? { query, params } : { query });
}

describe('POST /api/cypher reads', () => {
  it.each(CONSOLE_EXAMPLES)('runs the console example "$title" and gets an answer', async ({ query }) => {
    const res = await cypher(query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows.length).toBeGreaterThan(0);
  });

  it('refuses a query that looks at every node, and says to start from a label', async () => {
    const res = await cypher("MATCH (n) WHERE n.name CONTAINS 'Lazarus' RETURN n");
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('MATCH (n:Entity)');
  });

  it('returns columns, rows, and a graph of every node and relationship in the rows', async () => {
    const res = await cypher("MATCH (a:Alias)-[r:ALIAS_OF]->(g {id: 'lazarus-group'}) RETURN a.name AS alias, r, g ORDER BY alias");
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['alias', 'r', 'g']);
    expect(res.body.rows.map((row: unknown[]) => row[0])).toContain('HIDDEN COBRA');
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['lazarus-group', 'alias-hidden-cobra']));
    expect(res.body.graph.edges.every((e: { type: string; target: string }) => e.type === 'ALIAS_OF' && e.target === 'lazarus-group')).toBe(true);
    expect(res.body.truncated).toBe(false);
    expect(res.body.timings.totalMs).toBeGreaterThanOrEqual(res.body.timings.serverMs);
  });

  it('draws paths, and fetches the ends of relationships returned alone', async () => {
    const path = await cypher("MATCH p = (:Alias {id: 'alias-apt38'})-[:ALIAS_OF]->() RETURN p");
    expect(path.body.graph.nodes).toHaveLength(2);
    expect(path.body.rows[0][0]).toMatchObject({ length: 1 });
    const alone = await cypher("MATCH (:Alias {id: 'alias-apt38'})-[r:ALIAS_OF]->() RETURN r");
    expect(alone.body.graph.edges[0]).toMatchObject({ source: 'alias-apt38', target: 'lazarus-group', type: 'ALIAS_OF' });
    expect(alone.body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['alias-apt38', 'lazarus-group']);
  });

  it('passes parameters, whole numbers as integers', async () => {
    const res = await cypher('MATCH (n:Actor) RETURN n.name AS name ORDER BY name LIMIT $n', { n: 2 });
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(2);
  });

  it('caps rows and says so', async () => {
    const res = await cypher('UNWIND range(1, 5000) AS x RETURN x');
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(1000);
    expect(res.body.truncated).toBe(true);
  });

  it('allows allowlisted procedures and PROFILE of a read', async () => {
    expect((await cypher('CALL db.labels() YIELD label RETURN label')).status).toBe(200);
    expect((await cypher("CALL db.index.fulltext.queryNodes('entity_text', 'cobra') YIELD node RETURN node.id")).status).toBe(200);
    expect((await cypher('PROFILE MATCH (n:Actor) RETURN count(n)')).status).toBe(200);
  });

  it('does not mistake property names and strings for write clauses', async () => {
    const res = await cypher("MATCH (n:Actor) WHERE n.name <> 'CREATE (x)' RETURN n.summary AS `set`, {delete: 1} AS m LIMIT 1");
    expect(res.status).toBe(200);
  });

  it('answers a syntax error with 400 and Neo4j message, as the user wrote the query', async () => {
    const res = await cypher('MATCH (n) RETURN n LIMT 3');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('QUERY_ERROR');
    expect(res.body.error.message).toContain("Invalid input 'LIMT'");
    expect(res.body.error.message).not.toContain('EXPLAIN');
  });

  it('stops a query past the time limit with TIMEOUT', async () => {
    const res = await cypher('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)');
    expect(res.status).toBe(408);
    expect(res.body.error.code).toBe('TIMEOUT');
  }, 20_000);

  it('refuses an empty, oversized or missing query with 400', async () => {
    expect((await cypher('   ')).status).toBe(400);
    expect((await request(app).post('/api/cypher').send({})).status).toBe(400);
    expect((await request(app).post('/api/cypher').set('content-type', 'application/json').send('{"query":')).status).toBe(400);
    const huge = await request(app)
      .post('/api/cypher')
      .send({ query: `RETURN '${'x'.repeat(70_000)}'` });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

const writes: [string, string][] = [
  ['create', 'CREATE (n:Hacked) RETURN n'],
  ['create lower case', 'create (n:Hacked)'],
  ['merge', "MERGE (n:Entity {id: 'x'})"],
  ['set', "MATCH (n {id: 'lazarus-group'}) SET n.name = 'x'"],
  ['set mixed case', "MATCH (n {id: 'lazarus-group'}) sEt n.name = 'x'"],
  ['remove', "MATCH (n {id: 'lazarus-group'}) REMOVE n.name"],
  ['delete', "MATCH (n {id: 'kim-il'}) DETACH DELETE n"],
  ['delete relationship', 'MATCH ()-[r]->() DELETE r'],
  ['foreach', 'MATCH (n) FOREACH (x IN [1] | SET n.x = x)'],
  ['behind a block comment', '/* harmless */ CREATE (n)'],
  ['behind line comments', '// read only\nMATCH (n) WITH n LIMIT 1\nCREATE (m)'],
  ['after WITH', 'MATCH (n) WITH n LIMIT 1 CREATE (n)-[:X]->(m)'],
  ['inside CALL {}', 'CALL { CREATE (n) RETURN n } RETURN n'],
  ['CALL {} IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS'],
  ['under PROFILE', 'PROFILE CREATE (n)'],
  ['under EXPLAIN', 'EXPLAIN MERGE (n:X)'],
  ['under CYPHER options', 'CYPHER runtime=slotted CREATE (n)'],
  ['second statement', 'MATCH (n) RETURN n; CREATE (m)'],
  ['second statement after a NUL byte', 'MATCH (n) RETURN n;\u0000CREATE (m)'],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['LOAD CSV from a URL', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1/x.csv' AS line RETURN line"],
  ['create index', 'CREATE INDEX hack FOR (n:Actor) ON (n.hack)'],
  ['drop constraint', 'DROP CONSTRAINT entity_id'],
  ['create constraint', 'CREATE CONSTRAINT hack FOR (n:X) REQUIRE n.id IS UNIQUE'],
  ['show users', 'SHOW USERS'],
  ['create user', "CREATE USER eve SET PASSWORD 'secret-secret'"],
  ['USE system', 'USE system SHOW DATABASES'],
  ['create database', 'CREATE DATABASE hack'],
  ['stop database', 'STOP DATABASE neo4j'],
  ['terminate', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['db.createLabel', "CALL db.createLabel('Hacked')"],
  ['dbms.setConfigValue', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['apoc write', "CALL apoc.create.node(['X'], {})"],
  ['apoc load', "CALL apoc.load.json('file:///etc/passwd')"],
  ['quoted procedure name', "CALL `db`.`createLabel`('Hacked')"],
  ['GQL INSERT', 'INSERT (n:Hacked {id: 1})'],
  ['MERGE after UNWIND', "UNWIND ['a', 'b'] AS id MERGE (n:Entity {id: id})"],
  ['SET after OPTIONAL MATCH', "OPTIONAL MATCH (n {id: 'kim-il'}) SET n:Hacked"],
  ['NODETACH DELETE', "MATCH (n {id: 'kim-il'}) NODETACH DELETE n"],
  ['drop index', 'DROP INDEX entity_name'],
  ['alter user', "ALTER USER neo4j SET PASSWORD 'another-password'"],
  ['grant role', 'GRANT ROLE admin TO neo4j'],
  ['create or replace database', 'CREATE OR REPLACE DATABASE neo4j'],
  ['security procedure', "CALL dbms.security.createUser('eve', 'secret-secret', false)"],
  ['write inside a subquery after a read', 'MATCH (n:Actor) CALL (n) { SET n.flag = true } RETURN count(n)'],
];

describe('POST /api/cypher refuses writes and administration', () => {
  it.each(writes)('%s', async (_name, query) => {
    const res = await cypher(query);
    expect([400, 403]).toContain(res.status);
    expect(res.body.error.code).toMatch(/^(READ_ONLY|BAD_REQUEST)$/);
    expect(typeof res.body.error.message).toBe('string');
  });

  it('answers a refused write with 403 READ_ONLY', async () => {
    const res = await cypher('CREATE (n)');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('READ_ONLY');
  });
});

describe('POST /api/cypher with API_TOKEN set', () => {
  const guarded = testApp({ API_TOKEN: 'test-token-123' });

  it('needs the token', async () => {
    const without = await request(guarded).post('/api/cypher').send({ query: 'RETURN 1' });
    expect(without.status).toBe(401);
    expect(without.body.error.code).toBe('UNAUTHORIZED');
    const wrong = await request(guarded).post('/api/cypher').set('authorization', 'Bearer nope').send({ query: 'RETURN 1' });
    expect(wrong.status).toBe(401);
    const right = await request(guarded).post('/api/cypher').set('authorization', 'Bearer test-token-123').send({ query: 'RETURN 1' });
    expect(right.status).toBe(200);
  });
});
