import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';

describe('service endpoints', () => {
  const app = testApp();

  it('GET /api/health reports Neo4j connected with its version', async () => {
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', neo4j: { connected: true } });
    expect(res.body.neo4j.version).toMatch(/^\d{4}\.\d{2}\.\d+/);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /api/ready is 200 while Neo4j answers', async () => {
    expect((await request(app).get('/api/ready')).status).toBe(200);
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document covering every route', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/ready',
        '/api/search',
        '/api/nodes/{id}',
        '/api/nodes/{id}/neighbourhood',
        '/api/paths',
        '/api/schema',
        '/api/cypher',
      ]),
    );
    expect(res.body.paths['/api/cypher'].post.responses['403']).toBeDefined();
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await request(app).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});

describe('with Neo4j unreachable', () => {
  const app = testApp({ NEO4J_URI: 'bolt://127.0.0.1:1' });

  it('keeps serving: health says why, ready fails, data endpoints answer 503 quickly', async () => {
    const health = await request(app).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.neo4j.connected).toBe(false);
    expect(health.body.neo4j.reason).toMatch(/Neo4j/);
    const ready = await request(app).get('/api/ready');
    expect(ready.status).toBe(503);
    const started = Date.now();
    const search = await request(app).get('/api/search?q=lazarus');
    expect(search.status).toBe(503);
    expect(search.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('start-up', () => {
  it('names the taken port and how to choose another', async () => {
    const { createServer } = await import('node:net');
    const { startServer } = await import('../../server/main.ts');
    const { testConfig } = await import('../support/app.ts');
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as { port: number }).port;
    await expect(startServer(testConfig({ PORT: String(port) }))).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use; choose another with PORT=3001 (or stop what holds it).`,
    );
    blocker.close();
  });
});
