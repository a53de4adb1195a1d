// No console query keeps Neo4j working after its answer: expressions Neo4j cannot interrupt are refused before they
// start, row-by-row work is ended by the deadline, each client runs one query at a time and all clients a few, and
// the explorer's own reads go on meanwhile. Clients are told apart by their address: the requests come from
// 127.0.0.2, 127.0.0.3… (all loopback), as different machines would.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const TIMEOUT_MS = 2000;
const app = testApp({ QUERY_TIMEOUT_MS: String(TIMEOUT_MS), CONSOLE_MAX_CONCURRENT: '2', CYPHER_RATE_LIMIT_PER_MINUTE: '1000' });
let server: Server;

beforeAll(async () => {
  await reseed();
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { error?: { code: string; message: string }; rows?: unknown[][] };
  answeredAt: number;
}

/** POST /api/cypher from the loopback address `from`, as that client. */
function cypherFrom(from: string, query: string): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/api/cypher', method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text), answeredAt: Date.now() }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Transactions of the test's queries that Neo4j still lists (running, or terminated but still working). */
async function transactionsOf(queries: string[]): Promise<string[]> {
  const { records } = await testDriver().executeQuery('SHOW TRANSACTIONS YIELD currentQuery, status RETURN currentQuery, status');
  return records.map((record) => `${record.get('status')}: ${record.get('currentQuery')}`).filter((line) => queries.some((query) => line.includes(query)));
}

async function settles(queries: string[], withinMs: number): Promise<string[]> {
  const end = Date.now() + withinMs;
  let left = await transactionsOf(queries);
  while (left.length > 0 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = await transactionsOf(queries);
  }
  return left;
}

const issueQueries = [
  "RETURN reduce(s = '', i IN range(1, 50000000) | s + 'x') AS s",
  'RETURN size(reduce(acc = [], i IN range(1, 20000000) | acc + [i])) AS n',
];
const rowRunaway = (n: number) => `UNWIND range(1, 2000000000) AS x WITH x WHERE x < ${-n} RETURN count(x) AS none`;

describe('runaway console queries', () => {
  it("refuses the issue's two expressions before Neo4j starts them, naming reduce and its limit", async () => {
    const answers = await Promise.all(issueQueries.map((query, i) => cypherFrom(`127.0.0.${i + 2}`, query)));
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toMatch(/reduce\(\) would take [\d,]+ steps; the console allows 10,000/);
    }
    expect(await transactionsOf(issueQueries)).toEqual([]);
  });

  it('ends row-by-row work at the deadline: nothing of it is left in Neo4j 2 s after the 408', async () => {
    const query = rowRunaway(1);
    const answer = await cypherFrom('127.0.0.2', query);
    expect(answer.status).toBe(408);
    expect(answer.body.error?.code).toBe('TIMEOUT');
    expect(await settles([query], 2000)).toEqual([]);
  });

  it('runs one query per client: a second from the same client is 429 BUSY with Retry-After, another client is served', async () => {
    const query = rowRunaway(2);
    const first = cypherFrom('127.0.0.2', query);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await cypherFrom('127.0.0.2', 'RETURN 1 AS one');
    expect(again.status).toBe(429);
    expect(again.body.error?.code).toBe('BUSY');
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    const other = await cypherFrom('127.0.0.3', 'RETURN 1 AS one');
    expect(other.status).toBe(200);
    expect(other.body.rows).toEqual([[1]]);
    expect((await first).status).toBe(408);
    await settles([query], 2000);
  });

  it('runs at most CONSOLE_MAX_CONCURRENT queries in all, while search keeps answering', async () => {
    const queries = [rowRunaway(3), rowRunaway(4)];
    const running = queries.map((query, i) => cypherFrom(`127.0.0.${i + 2}`, query));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const third = await cypherFrom('127.0.0.4', 'RETURN 1 AS one');
    expect(third.status).toBe(429);
    expect(third.body.error?.message).toContain('already running 2 queries');
    for (let i = 0; i < 5; i++) {
      const search = await request(app).get('/api/search?q=lazarus');
      expect(search.status).toBe(200);
      expect(search.body.results[0].id).toBe('lazarus-group');
    }
    for (const answer of await Promise.all(running)) expect(answer.status).toBe(408);
    expect(await settles(queries, 2000)).toEqual([]);
    expect((await cypherFrom('127.0.0.4', 'RETURN 1 AS one')).status).toBe(200);
  });
});

describe('the console off the loopback', () => {
  const lan = testApp({ HOST: '0.0.0.0', PUBLIC_READ: 'true' });
  const guarded = testApp({ HOST: '0.0.0.0', API_TOKEN: 'lan-secret' });

  it('is closed to anonymous callers even where PUBLIC_READ opens reading, with a 403 that says how to use it', async () => {
    const res = await request(lan).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(res.body.error.message).toMatch(/Sign in, or start the server with API_TOKEN/);
    expect((await request(lan).get('/api/search?q=lazarus')).status).toBe(200);
  });

  it('is on with API_TOKEN, for callers that present it', async () => {
    expect((await request(guarded).post('/api/cypher').send({ query: 'RETURN 1 AS one' })).status).toBe(401);
    const res = await request(guarded).post('/api/cypher').set('Authorization', 'Bearer lan-secret').send({ query: 'RETURN 1 AS one' });
    expect(res.status).toBe(200);
  });
});
