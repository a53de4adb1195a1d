// Resource hogs in the console are cut off by the timeout, the memory limit or the row cap, or refused before they
// start, while other requests go on. One client runs one console query at a time, so they go one after the other.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed } from '../support/neo4j.ts';

const app = testApp({ QUERY_TIMEOUT_MS: '3000', CYPHER_RATE_LIMIT_PER_MINUTE: '1000' });
beforeAll(() => reseed());

const hogs = [
  // Rows: the row cap ends it.
  'UNWIND range(1, 2000000000) AS x RETURN x',
  // Work between rows: Neo4j's transaction timeout ends it.
  'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)',
  "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity), (e:Entity) WHERE a.name + b.name + c.name + d.name + e.name = 'x' RETURN count(*)",
  // Work inside one expression, which Neo4j does not interrupt: refused before it starts (server/services/cypher-bounds.ts).
  "RETURN size(reduce(s = '', x IN range(1, 200000) | s + 'xxxxxxxxxx')) AS n",
];

describe('resource hogs', () => {
  it('each ends within seconds with rows capped or a JSON error, while reads keep being served', async () => {
    const hogAnswers = (async () => {
      const answers = [];
      for (const query of hogs) {
        const started = Date.now();
        const res = await request(app).post('/api/cypher').send({ query });
        answers.push({ query, res, ms: Date.now() - started });
      }
      return answers;
    })();
    const reads: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = Date.now();
      const res = await request(app).get('/api/search?q=lazarus');
      expect(res.status).toBe(200);
      reads.push(Date.now() - t);
    }
    for (const { query, res, ms } of await hogAnswers) {
      expect(ms, query).toBeLessThan(15_000);
      if (query.includes('reduce')) expect(res.body.error?.code, query).toBe('BAD_REQUEST');
      else if (res.status === 200) expect(res.body.truncated, query).toBe(true);
      else {
        expect([400, 408], query).toContain(res.status);
        expect(res.body.error.code).toMatch(/^(TIMEOUT|QUERY_ERROR)$/);
      }
    }
    expect(Math.max(...reads)).toBeLessThan(5_000);
  }, 60_000);
});
