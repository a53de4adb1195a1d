// The route table is the one list of routes: what Express mounts, what the OpenAPI document describes and who may call
// each route all come from it. The authorisation matrix below is generated from the table, so a new route is covered
// the moment it is declared.
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../server/http/route.ts';
import { routes } from '../../server/http/routes.ts';
import { testApp } from '../support/app.ts';
import { reseed } from '../support/neo4j.ts';

const token = 'matrix-token-0123456789';
const app = testApp({ API_TOKEN: token });
beforeAll(() => reseed());

/** `METHOD /api/path{param}` for every route Express has mounted, read from its router stacks. */
function mountedRoutes(express: Express): string[] {
  const found: string[] = [];
  type Layer = { route?: { path: string | RegExp; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      const path = layer.route?.path;
      // The page's routes (a list and a RegExp) and /metrics (Prometheus, beside the API) are not API routes.
      if (layer.route && typeof path === 'string' && path !== '/metrics') {
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

// Callers as the server knows them today; accounts will add viewers, analysts, admins, disabled and revoked ones.
const callers = {
  anonymous: {},
  'service token': { authorization: `Bearer ${token}` },
  'wrong token': { authorization: 'Bearer not-the-token-0000000' },
} satisfies Record<string, Record<string, string>>;
type Caller = keyof typeof callers;

/** Whether the table says this caller may call this route. */
function allowed(route: Route, caller: Caller): boolean {
  if (route.serviceToken) return caller === 'service token';
  if (route.role === 'public' || (route.role === 'viewer' && !route.console)) return true;
  if (route.console) return caller === 'service token';
  return false;
}

/** Query strings that routes with required parameters accept. */
const exampleQueries: Record<string, string> = {
  '/search': '?q=lazarus',
  '/paths': '?from=tian-yinyin&to=lazarus-group',
  '/sources': '?ids=hir-cybercrime-syndicate',
};

/** A request the route's validation accepts, so that only access decides between 401/403 and the rest. */
function call(route: Route, headers: Record<string, string>) {
  const path = `/api${route.path.replace('{id}', route.path.startsWith('/walkthroughs') ? 'lazarus-names' : 'lazarus-group')}`;
  const query = exampleQueries[route.path] ?? '';
  const req = route.method === 'get' ? request(app).get(path + query) : request(app).post(path).send({ query: 'RETURN 1 AS one' });
  return req.set(headers);
}

describe('authorisation matrix', () => {
  const cases = routes.flatMap((route) => Object.keys(callers).map((caller) => [route, caller as Caller] as const));

  it('covers every route for every caller', () => {
    expect(cases).toHaveLength(routes.length * Object.keys(callers).length);
  });

  it.each(cases.map(([route, caller]) => [`${route.method.toUpperCase()} ${route.path}`, caller, route] as const))('%s as %s', async (_name, caller, route) => {
    const res = await call(route, callers[caller]);
    if (allowed(route, caller)) expect([401, 403], JSON.stringify(res.body)).not.toContain(res.status);
    else expect(res.status, JSON.stringify(res.body)).toBe(401);
  });
});
