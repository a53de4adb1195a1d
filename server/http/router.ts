// Mounts the route table on an Express router: for each route, its role check, the console's gates where it has
// them, validation of params, query and body with its schemas, and the handler's answer as JSON.
import { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors.ts';
import { type AuthOptions, accessOf, authorize, identify, sameOrigin, signInRateLimit } from './auth.ts';
import { type Route, type RouteContext, expressPath } from './route.ts';
import { validate } from './validate.ts';

export interface RouterOptions extends AuthOptions {
  consoleRatePerMinute: number;
  /** Why the console is off on this server (see consoleOffReason), or undefined when it is on. */
  consoleOff?: string | undefined;
}

export function apiRouter(routes: readonly Route[], context: RouteContext, options: RouterOptions): Router {
  const router = Router();
  router.use(identify(context.accounts, options), sameOrigin(options));
  const consoleGates = [consoleSwitch(options.consoleOff), consoleRateLimit(options.consoleRatePerMinute)];
  const signInLimit = signInRateLimit(options.signInAttemptsPer15Minutes);
  for (const route of routes) {
    const gates = [...(route.signIn ? [signInLimit] : []), authorize(route, options), ...(route.console ? consoleGates : [])];
    // Named before the gates run, so /metrics counts a refusal under its route too.
    const name: RequestHandler = (_req, res, next) => {
      res.locals.route = `/api${route.path}`;
      next();
    };
    router[route.method](expressPath(route.path), name, ...gates, async (req, res) => {
      const access = accessOf(req, res, options);
      const input = {
        params: route.params ? validate(route.params, req.params) : undefined,
        query: route.query ? validate(route.query, req.query) : undefined,
        body: route.body ? validate(route.body, req.body ?? {}) : undefined,
        client: req.ip ?? 'unknown',
        access,
        actor: { name: access.account?.username ?? (access.service ? 'service-token' : 'anonymous'), request: String(req.id) },
      };
      const answer = await route.handle(input, context);
      if (!route.file) return void res.json(answer);
      // attachment() sets a type from the file name's extension: the declared type goes after it.
      res.attachment(route.file.name).type(route.file.contentType).send(answer);
    });
  }
  return router;
}

/** Off the loopback, the console is closed to anonymous callers (see consoleOffReason); signed-in users and tokens pass. */
function consoleSwitch(offReason: string | undefined): RequestHandler {
  return (_req, res, next) => {
    const { account, service } = res.locals.identified as { account?: unknown; service: boolean };
    next(offReason && !account && !service ? new AppError('FORBIDDEN', offReason) : undefined);
  };
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
