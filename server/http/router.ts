// Mounts the route table on an Express router: for each route, its role check, the console's gates where it has
// them, validation of params, query and body with its schemas, and the handler's answer as JSON.
import { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.ts';
import { type Role, type Route, type RouteContext, expressPath } from './route.ts';
import { validate } from './validate.ts';

export interface RouterOptions {
  /** With API_TOKEN set, console routes need `Authorization: Bearer <token>`. */
  apiToken?: string | undefined;
  consoleRatePerMinute: number;
}

export function apiRouter(routes: readonly Route[], context: RouteContext, options: RouterOptions): Router {
  const router = Router();
  const consoleGates = [consoleRateLimit(options.consoleRatePerMinute), requireToken(options.apiToken)];
  for (const route of routes) {
    const gates = route.serviceToken ? [requireServiceToken(options.apiToken)] : [authorize(route.role), ...(route.console ? consoleGates : [])];
    // Named before the gates run, so /metrics counts a refusal under its route too.
    const name: RequestHandler = (_req, res, next) => {
      res.locals.route = `/api${route.path}`;
      next();
    };
    router[route.method](expressPath(route.path), name, ...gates, async (req, res) => {
      const input = {
        params: route.params ? validate(route.params, req.params) : undefined,
        query: route.query ? validate(route.query, req.query) : undefined,
        body: route.body ? validate(route.body, req.body ?? {}) : undefined,
        client: req.ip ?? 'unknown',
      };
      res.json(await route.handle(input, context));
    });
  }
  return router;
}

/** Reading is open to anyone who reaches the server; no route needs more yet (accounts will fill this in). */
function authorize(role: Role): RequestHandler {
  if (role === 'public' || role === 'viewer') return (_req, _res, next) => next();
  return (_req, _res, next) => next(new AppError('UNAUTHORIZED', `This needs a signed-in ${role}`));
}

function consoleRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Counted per client address: with TRUST_PROXY set behind a proxy, per forwarded client.
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED', `At most ${perMinute} console queries a minute; wait and try again`)),
  });
}

/** Until accounts exist, routes that write need the service token; without API_TOKEN configured they are off. */
function requireServiceToken(token: string | undefined): RequestHandler {
  if (!token) {
    return (_req, _res, next) =>
      next(new AppError('FORBIDDEN', 'Writing to the graph is off on this server: start it with API_TOKEN set, then send Authorization: Bearer <token>'));
  }
  const check = requireToken(token);
  return (req, res, next) =>
    check(req, res, (error?: unknown) =>
      next(error ? new AppError('UNAUTHORIZED', 'This needs the API token: send Authorization: Bearer <token>') : undefined),
    );
}

/** With API_TOKEN set, the console needs `Authorization: Bearer <token>`. */
function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = Buffer.from(`Bearer ${token}`);
  return (req, _res, next) => {
    const given = Buffer.from(req.get('authorization') ?? '');
    const ok = given.length === expected.length && timingSafeEqual(given, expected);
    next(ok ? undefined : new AppError('UNAUTHORIZED', 'The console needs the API token: send Authorization: Bearer <token>'));
  };
}
