// Hostile input on every endpoint: whatever is sent, the answer is JSON, never a 5xx, never internals.
import fc from 'fast-check';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed } from '../support/neo4j.ts';

const app = testApp({ CYPHER_RATE_LIMIT_PER_MINUTE: '100000' });
const runs = 1000;
beforeAll(() => reseed());

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "lazarus-group' }) DETACH DELETE n //",
    '`) MATCH (n) DETACH DELETE n //',
    'Actor`:`Victim',
    '$(label)',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '%00',
    '\u0000',
    '\u202e\u200b\ud83d\ude00',
    'name:* OR *:*',
    'a'.repeat(5000),
    '1e400',
    '-1',
    'NaN',
    '[]',
    '{}',
  ),
);

const leaks = /Neo4jError|neo4j-driver|node_modules|\n\s+at |stack|TypeError|ReferenceError/;

function checkAnswer(res: request.Response): void {
  expect(res.status).toBeLessThan(500);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  if (res.status >= 400) {
    expect(Object.keys(res.body)).toEqual(['error']);
    expect(typeof res.body.error.code).toBe('string');
    expect(typeof res.body.error.message).toBe('string');
    expect(res.body.error.message).not.toMatch(leaks);
  }
}

const q = (value: string) => encodeURIComponent(value);

describe(`hostile input, ${runs} cases per endpoint`, () => {
  it('GET /api/search', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, fc.oneof(hostileText, fc.integer().map(String)), async (text, labels, limit) => {
        checkAnswer(await request(app).get(`/api/search?q=${q(text)}&labels=${q(labels)}&limit=${q(limit)}`));
      }),
      { numRuns: runs },
    );
  });

  it('GET /api/nodes/:id', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (id) => {
        checkAnswer(await request(app).get(`/api/nodes/${q(id) || 'x'}`));
      }),
      { numRuns: runs },
    );
  });

  it('GET /api/nodes/:id/neighbourhood', async () => {
    const id = fc.oneof(hostileText, fc.constantFrom('lazarus-group', 'tian-yinyin'));
    const num = fc.oneof(hostileText, fc.integer({ min: -10, max: 10_000 }).map(String));
    await fc.assert(
      fc.asyncProperty(id, num, num, hostileText, hostileText, async (node, depth, limit, labels, types) => {
        const res = await request(app).get(
          `/api/nodes/${q(node) || 'x'}/neighbourhood?depth=${q(depth)}&limit=${q(limit)}&labels=${q(labels)}&types=${q(types)}`,
        );
        checkAnswer(res);
      }),
      { numRuns: runs },
    );
  });

  it('GET /api/paths', async () => {
    const id = fc.oneof(hostileText, fc.constantFrom('lazarus-group', 'tian-yinyin', 'kucoin'));
    await fc.assert(
      fc.asyncProperty(
        id,
        id,
        hostileText,
        fc.oneof(hostileText, fc.integer({ min: -5, max: 12 }).map(String)),
        hostileText,
        async (from, to, mode, hops, types) => {
          checkAnswer(await request(app).get(`/api/paths?from=${q(from)}&to=${q(to)}&mode=${q(mode)}&maxHops=${q(hops)}&types=${q(types)}`));
        },
      ),
      { numRuns: runs },
    );
  });

  it('GET /api/schema and unknown routes', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (path) => {
        checkAnswer(await request(app).get(`/api/${q(path)}`));
      }),
      { numRuns: runs },
    );
  });

  it('POST /api/cypher', async () => {
    const body = fc.oneof(
      fc.record({ query: hostileText }),
      fc.record({ query: hostileText, params: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })) }),
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ query: fc.constantFrom('MATCH (n) RETURN n LIMIT $x', 'RETURN $x'), params: fc.record({ x: fc.jsonValue({ maxDepth: 2 }) }) }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        checkAnswer(await request(app).post('/api/cypher').set('content-type', 'application/json').send(JSON.stringify(payload)));
      }),
      { numRuns: runs },
    );
  });
});
