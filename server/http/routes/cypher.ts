import { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { timingSafeEqual } from 'node:crypto';
import { AppError, errorBody } from '../../errors.ts';
import type { Console } from '../../services/console.ts';
import { CypherRequest } from '../schemas.ts';
import { validate } from '../validate.ts';

export interface CypherRouteOptions {
  apiToken?: string;
  ratePerMinute: number;
}

export function cypherRouter(console: Console, options: CypherRouteOptions): Router {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.ratePerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody(new AppError('RATE_LIMITED', `At most ${options.ratePerMinute} console queries a minute; wait and try again`)));
    },
  });
  return Router().post('/cypher', limiter, requireToken(options.apiToken), async (req, res) => {
    res.json(await console.run(validate(CypherRequest, req.body ?? {})));
  });
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
