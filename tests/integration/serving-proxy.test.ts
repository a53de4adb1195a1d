// The explorer behind Debian's nginx on the loopback, configured by docs/nginx-explorer.conf: HTTPS from a certificate
// made for the test, the app under /explorer with TRUST_PROXY=1 (and once without), clients told apart by the
// loopback address they connect from (127.0.0.2, 127.0.0.3…). Pages, API, caching, per-client limits, a 4 MB import
// and /metrics all go through the proxy.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport, SearchResponse } from '../../contract/api.ts';
import type { RunningServer } from '../../server/main.ts';
import { startServer } from '../../server/main.ts';
import { newAccount, testAccounts } from '../support/accounts.ts';
import { startTestApp, testConfig } from '../support/app.ts';
import { makeCertificate, startNginx, type RunningNginx } from '../support/nginx.ts';
import { reseed } from '../support/neo4j.ts';

const token = 'serving-token-0123456789';
const accounts = testAccounts();
const consoleLimit = 3;
const attackBundle = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'attack', 'attack-dprk.json'));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTPS request through nginx from the loopback address `from`, trusting the test's certificate. */
function call(proxy: RunningNginx, path: string, options: { from?: string; method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpsRequest(
      `${proxy.origin}${path}`,
      { method: options.method ?? 'GET', headers: options.headers, ca: proxy.ca, localAddress: options.from ?? '127.0.0.1', agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function cypher(proxy: RunningNginx, from: string) {
  return call(proxy, '/explorer/api/cypher', {
    from,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'RETURN 1 AS one' }),
  });
}

/** Sends console queries from `from` until the limit answers 429; the statuses in order. */
async function spendLimit(proxy: RunningNginx, from: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i <= consoleLimit; i++) statuses.push((await cypher(proxy, from)).status);
  return statuses;
}

/** A built client in miniature: a page with relative asset URLs, as Vite builds it with base './', and one asset. */
function miniClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app-1a2b3c.js"></script><link rel="icon" href="./favicon.svg" /></head><body></body></html>',
  );
  writeFileSync(
    join(dir, 'brief.html'),
    '<!doctype html><html><head><script type="module" src="./assets/brief-4d5e6f.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), 'console.log("app");\n');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

const env = { BASE_PATH: '/explorer', API_TOKEN: token, CYPHER_RATE_LIMIT_PER_MINUTE: String(consoleLimit) };
let clientDir: string;
let trusted: { app: RunningServer; proxy: RunningNginx };
let untrusted: { app: RunningServer; proxy: RunningNginx };

async function behindNginx(extra: Record<string, string>) {
  const app = await startTestApp({ ...env, ...extra }, clientDir);
  const proxy = await startNginx(new URL(app.url).host);
  return { app, proxy };
}

beforeAll(async () => {
  await reseed();
  clientDir = miniClient();
  trusted = await behindNginx({ TRUST_PROXY: '1' });
  untrusted = await behindNginx({});
});

afterAll(async () => {
  for (const side of [trusted, untrusted]) {
    await side?.proxy.stop();
    await side?.app.close();
  }
  rmSync(clientDir, { recursive: true, force: true });
});

describe('the explorer under /explorer/ behind nginx with TLS', () => {
  it('serves the page with the base path written in, revalidated on every load, and HTTPS-only headers', async () => {
    const page = await call(trusted.proxy, '/explorer/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<meta name="explorer-base" content="/explorer/" />');
    expect(page.text).toContain('src="/explorer/assets/app-1a2b3c.js"');
    expect(page.text).toContain('href="/explorer/favicon.svg"');
    expect(page.headers['cache-control']).toBe('no-cache');
    // nginx says the client came over HTTPS, and the app believes it (TRUST_PROXY=1).
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('gives the session cookie the Secure flag when the client came over HTTPS through the proxy', async () => {
    const analyst = await newAccount(accounts, 'analyst');
    const signIn = await call(trusted.proxy, '/explorer/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: trusted.proxy.origin },
      body: JSON.stringify(analyst),
    });
    expect(signIn.status, signIn.text).toBe(200);
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/^explorer_session=/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('serves deep links as the page, the brief as its own page, and redirects the bare prefix to it', async () => {
    const deep = await call(trusted.proxy, '/explorer/investigation/x?node=lazarus-group&depth=2');
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('src="/explorer/assets/app-1a2b3c.js"');
    // A case's brief is a page of its own, with the base path written in too.
    const brief = await call(trusted.proxy, '/explorer/brief.html?case=case-0123456789ab');
    expect(brief.status).toBe(200);
    expect(brief.text).toContain('<meta name="explorer-base" content="/explorer/" />');
    expect(brief.text).toContain('src="/explorer/assets/brief-4d5e6f.js"');
    expect(brief.headers['cache-control']).toBe('no-cache');
    const bare = await call(trusted.proxy, '/explorer');
    expect(bare.status).toBe(308);
    expect(bare.headers.location).toMatch(/\/explorer\/$/);
  });

  it('makes hashed assets immutable for a year and other files revalidate', async () => {
    const asset = await call(trusted.proxy, '/explorer/assets/app-1a2b3c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await call(trusted.proxy, '/explorer/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers the API under the prefix, never cached', async () => {
    const search = await call(trusted.proxy, '/explorer/api/search?q=Lazarus');
    expect(search.status).toBe(200);
    expect(search.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(search.text) as SearchResponse;
    expect(body.results.map((result) => result.name)).toContain('Lazarus Group');
    const unknown = await call(trusted.proxy, '/explorer/api/nope');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('with TRUST_PROXY=1 counts the console limit per forwarded client: A is refused, B still served', async () => {
    expect(await spendLimit(trusted.proxy, '127.0.0.2')).toEqual([...Array(consoleLimit).fill(200), 429]);
    expect((await cypher(trusted.proxy, '127.0.0.3')).status).toBe(200);
    // A client cannot dodge its limit by claiming another address: nginx appends the one it saw, the app takes that.
    const forged = await call(trusted.proxy, '/explorer/api/cypher', {
      from: '127.0.0.2',
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': '10.9.9.9' },
      body: JSON.stringify({ query: 'RETURN 1' }),
    });
    expect(forged.status).toBe(429);
  });

  it('without TRUST_PROXY every client shares the proxy address, so B is refused with A, and no HTTPS-only headers', async () => {
    expect(await spendLimit(untrusted.proxy, '127.0.0.4')).toEqual([...Array(consoleLimit).fill(200), 429]);
    expect((await cypher(untrusted.proxy, '127.0.0.5')).status).toBe(429);
    const page = await call(untrusted.proxy, '/explorer/');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('passes a 4 MB STIX import (the shipped ATT&CK bundle) through nginx to the graph', async () => {
    expect(attackBundle.length).toBeGreaterThan(3_500_000);
    const query = `?source=${encodeURIComponent('MITRE ATT&CK Enterprise v18.1')}&sourceId=mitre-attack-enterprise-v18-1`;
    const answer = await call(trusted.proxy, `/explorer/api/imports${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: attackBundle,
    });
    expect(answer.status).toBe(200);
    const report = JSON.parse(answer.text) as ImportReport;
    expect(report.created.nodes + report.merged.length).toBeGreaterThan(100);
  });

  it('/metrics needs the API token through the proxy, and counts requests by route and Neo4j time by query', async () => {
    expect((await call(trusted.proxy, '/explorer/metrics')).status).toBe(401);
    expect((await call(trusted.proxy, '/explorer/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const metrics = await call(trusted.proxy, '/explorer/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.text).toMatch(/explorer_http_request_duration_seconds_count\{route="\/api\/search",method="GET",status="200"\} [1-9]/);
    expect(metrics.text).toMatch(/explorer_http_request_duration_seconds_count\{route="\/api\/imports",method="POST",status="200"\} [1-9]/);
    expect(metrics.text).toMatch(/explorer_api_errors_total\{route="\/api\/cypher",code="RATE_LIMITED"\} [1-9]/);
    expect(metrics.text).toMatch(/explorer_neo4j_query_duration_seconds_count\{query="search"\} [1-9]/);
    expect(metrics.text).toMatch(/explorer_neo4j_query_duration_seconds_count\{query="console"\} [1-9]/);
    expect(metrics.text).toContain('explorer_neo4j_sessions_open');
    expect(metrics.text).toContain('explorer_process_cpu_seconds_total');
  });

  it('/metrics is open to a scraper on the loopback that reaches the app directly', async () => {
    const direct = await fetch(`${trusted.app.url}/explorer/metrics`);
    expect(direct.status).toBe(200);
    expect(await direct.text()).toContain('explorer_http_request_duration_seconds_bucket');
  });
});

describe('HTTPS without a proxy', () => {
  it('serves HTTPS itself with TLS_CERT_FILE and TLS_KEY_FILE, with the HTTPS-only headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explorer-tls-'));
    const { certFile, keyFile } = makeCertificate(dir);
    const server = await startServer(testConfig({ TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile }));
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const direct = { origin: server.url, ca: readFileSync(certFile), stop: async () => undefined };
      const health = await call(direct, '/api/health');
      expect(health.status).toBe(200);
      expect(health.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      const analyst = await newAccount(accounts, 'analyst');
      const signIn = await call(direct, '/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify(analyst),
      });
      expect(signIn.status, signIn.text).toBe(200);
      expect(String(signIn.headers['set-cookie'])).toMatch(/^explorer_session=[\w-]+; .*Secure/);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the start with one line when the files are not a certificate and key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explorer-tls-'));
    writeFileSync(join(dir, 'cert.pem'), 'not a certificate');
    writeFileSync(join(dir, 'key.pem'), 'not a key');
    try {
      await expect(startServer(testConfig({ TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') }))).rejects.toThrow(
        /^TLS_CERT_FILE\/TLS_KEY_FILE: .* are not a PEM certificate and its key/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
