import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';

describe('HTTP hardening', () => {
  const app = testApp();

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const res = await request(app).get('/api/health');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends HSTS, upgrade-insecure-requests and COOP only for a request that came over HTTPS', async () => {
    const plain = await request(app).get('/api/health');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(plain.headers['cross-origin-opener-policy']).toBeUndefined();
    // A client cannot claim HTTPS unless TRUST_PROXY says to believe the proxy that says so.
    const claimed = await request(app).get('/api/health').set('x-forwarded-proto', 'https');
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
    const proxied = await request(testApp({ TRUST_PROXY: 'loopback' }))
      .get('/api/health')
      .set('x-forwarded-proto', 'https');
    expect(proxied.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(proxied.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(proxied.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('keeps CORS closed unless origins are configured', async () => {
    const closed = await request(app).get('/api/health').set('origin', 'https://evil.example');
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    const open = testApp({ CORS_ORIGINS: 'https://analysts.example' });
    const allowed = await request(open).get('/api/health').set('origin', 'https://analysts.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://analysts.example');
    const other = await request(open).get('/api/health').set('origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rate-limits the console with a JSON 429', async () => {
    const limited = testApp({ CYPHER_RATE_LIMIT_PER_MINUTE: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(limited).post('/api/cypher').send({ query: 'RETURN 1' })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await request(limited).post('/api/cypher').send({ query: 'RETURN 1' });
    expect(res.body.error.code).toBe('RATE_LIMITED');
    expect(res.headers['ratelimit-policy'] ?? res.headers['ratelimit']).toBeDefined();
  });

  it('refuses bodies over 64 kB with 413 and non-JSON bodies with 400', async () => {
    const big = await request(app)
      .post('/api/cypher')
      .send({ query: 'RETURN 1', params: { pad: 'x'.repeat(70_000) } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await request(app).post('/api/cypher').set('content-type', 'application/json').send('not json');
    expect(text.status).toBe(400);
    expect(text.body.error.message).toMatch(/not valid JSON/);
  });
});
