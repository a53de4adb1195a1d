// The route table is the one list of routes: what Express mounts, what the OpenAPI document describes and who may call
// each route all come from it. The authorisation matrix below is generated from the table, so a new route is covered
// the moment it is declared: every route × anonymous, viewer, analyst, admin, a disabled account, a revoked token and
// the service token, on a loopback server (reading open) and on one that needs a session to read.
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../server/http/route.ts';
import { routes } from '../../server/http/routes.ts';
import { newAccount, sessionCookieOf, siteHost, siteOrigin, testAccounts } from '../support/accounts.ts';
import { testApp } from '../support/app.ts';
import { reseed } from '../support/neo4j.ts';

const token = 'matrix-token-0123456789';
const app = testApp({ API_TOKEN: token });

/** `METHOD /api/path{param}` for every route Express has mounted, read from its router stacks. */
function mountedRoutes(express: Express): string[] {
  const found: string[] = [];
  type Layer = { route?: { path: string | RegExp; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      const path = layer.route?.path;
      // The pages' routes (a list, a RegExp, the brief's .html) and /metrics (Prometheus, beside the API) are not API routes.
      if (layer.route && typeof path === 'string' && path !== '/metrics' && !path.endsWith('.html')) {
        for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} /api${path.replace(/:(\w+)/g, '{$1}')}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((express as unknown as { router: { stack: Layer[] } }).router.stack);
  return found.sort();
}

describe('route table, router and OpenAPI', () => {
  it('mounts exactly the routes the OpenAPI document describes', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(mountedRoutes(app)).toEqual(documented);
    expect(documented).toEqual(routes.map((route) => `${route.method.toUpperCase()} /api${route.path}`).sort());
  });

  it('describes parameter ranges and choices', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body;
    const neighbourhood = doc.paths['/api/nodes/{id}/neighbourhood'].get.parameters as { name: string; schema: Record<string, unknown> }[];
    expect(neighbourhood.find((p) => p.name === 'depth')?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 3, default: 1 });
    const paths = doc.paths['/api/paths'].get.parameters as { name: string; schema: Record<string, unknown> }[];
    expect(paths.find((p) => p.name === 'mode')?.schema).toMatchObject({ enum: ['shortest', 'all-shortest', 'all'] });
    expect(paths.find((p) => p.name === 'maxHops')?.schema).toMatchObject({ minimum: 1, maximum: 8 });
  });
});

// Every caller the server tells apart. Each account signs in once, and again for POST /session/end (which ends the
// session it is sent with); requests carry this site's Host and Origin, so only the role decides.
const callerNames = ['anonymous', 'viewer', 'analyst', 'admin', 'disabled account', 'revoked token', 'service token'] as const;
type Caller = (typeof callerNames)[number];
const accounts = testAccounts();
const credentials = {} as Record<'viewer' | 'analyst' | 'admin', { username: string; password: string }>;
let disabledToken = '';
let revokedToken = '';

beforeAll(async () => {
  await reseed();
  for (const role of ['viewer', 'analyst', 'admin'] as const) credentials[role] = await newAccount(accounts, role);
  const disabled = await newAccount(accounts, 'analyst');
  disabledToken = (await accounts.createToken(disabled.username, 'matrix')).token;
  await accounts.setDisabled(disabled.username, true);
  const revoked = await accounts.createToken(credentials.admin.username, 'matrix');
  await accounts.revokeToken(revoked.id);
  revokedToken = revoked.token;
});

const sessions = new Map<string, string>();
async function sessionOf(role: 'viewer' | 'analyst' | 'admin', fresh: boolean): Promise<string> {
  if (fresh) return sessionCookieOf(accounts, credentials[role]);
  if (!sessions.has(role)) sessions.set(role, await sessionCookieOf(accounts, credentials[role]));
  return sessions.get(role)!;
}

async function headersOf(route: Route, caller: Caller): Promise<Record<string, string>> {
  const site = { host: siteHost, origin: siteOrigin };
  switch (caller) {
    case 'anonymous':
      return site;
    case 'viewer':
    case 'analyst':
    case 'admin':
      return { ...site, cookie: await sessionOf(caller, route.path === '/session/end') };
    case 'disabled account':
      return { ...site, authorization: `Bearer ${disabledToken}` };
    case 'revoked token':
      return { ...site, authorization: `Bearer ${revokedToken}` };
    case 'service token':
      return { ...site, authorization: `Bearer ${token}` };
  }
}

const rank = { viewer: 1, analyst: 2, admin: 3 } as const;

/** What the table says this caller gets: through (any status but 401/403), 401 (who are you?) or 403 (not allowed). */
function expected(route: Route, caller: Caller, readOpen: boolean): 'through' | 401 | 403 {
  if (route.role === 'public') return 'through';
  if (caller === 'disabled account' || caller === 'revoked token') return 401;
  if (caller === 'service token') return route.role === 'admin' || route.accountOnly ? 403 : 'through';
  if (caller === 'anonymous') return route.role === 'viewer' && readOpen && !route.console && !route.accountOnly ? 'through' : 401;
  return rank[caller] >= rank[route.role] ? 'through' : 403;
}

/** Query strings that routes with required parameters accept. */
const exampleQueries: Record<string, string> = {
  '/search': '?q=lazarus',
  '/paths': '?from=tian-yinyin&to=lazarus-group',
  '/sources': '?ids=hir-cybercrime-syndicate',
};

/** A request the route's validation accepts where it can, so that only access decides between 401/403 and the rest. */
function call(app: Express, route: Route, headers: Record<string, string>) {
  const path = `/api${route.path.replace('{id}', route.path.startsWith('/walkthroughs') ? 'lazarus-names' : 'lazarus-group')}`;
  const query = exampleQueries[route.path] ?? '';
  const req = route.method === 'get' ? request(app).get(path + query) : request(app).post(path).send({ query: 'RETURN 1 AS one' });
  return req.set(headers);
}

// The console is kept behind API_TOKEN here (set), so anonymous callers may not use it even where reading is open.
const modes = [
  { mode: 'loopback (reading open)', readOpen: true, app: testApp({ API_TOKEN: token }) },
  { mode: 'HOST=0.0.0.0 (reading needs a session)', readOpen: false, app: testApp({ API_TOKEN: token, HOST: '0.0.0.0' }) },
];

describe('authorisation matrix', () => {
  const cases = modes.flatMap(({ mode, readOpen, app }) =>
    routes.flatMap((route) => callerNames.map((caller) => [`${route.method.toUpperCase()} ${route.path}`, caller, mode, { route, readOpen, app }] as const)),
  );

  it('covers every route for every caller in both modes', () => {
    expect(cases).toHaveLength(routes.length * callerNames.length * modes.length);
  });

  it.each(cases)('%s as %s, %s', async (_name, caller, _mode, { route, readOpen, app }) => {
    const res = await call(app, route, await headersOf(route, caller));
    const want = expected(route, caller, readOpen);
    if (want === 'through') expect([401, 403], JSON.stringify(res.body)).not.toContain(res.status);
    else expect(res.status, JSON.stringify(res.body)).toBe(want);
  });
});
