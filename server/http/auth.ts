// Who is calling and what they may do. A request is identified by `Authorization: Bearer` (API_TOKEN, the service
// token, or an account's API token) or by the session cookie; each route's role (route.ts) then decides. Requests
// that change state with the cookie must come from this site's own pages (SameSite=Strict cookie + Origin check).
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError, errorBody } from '../errors.ts';
import type { AccountIdentity, Accounts } from '../services/accounts.ts';
import type { Access, Route } from './route.ts';

export interface AuthOptions {
  /** The service token (API_TOKEN): reads, imports and the console, but not account administration. */
  apiToken?: string | undefined;
  /** Whether reading needs no sign-in: on a loopback HOST, or with PUBLIC_READ=true. */
  readOpen: boolean;
  /** Origins besides the server's own whose pages may send state-changing requests (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  signInAttemptsPer15Minutes: number;
}

const sessionCookie = 'explorer_session';

const rank = { viewer: 1, analyst: 2, admin: 3 } as const;

interface Identified {
  account?: AccountIdentity;
  service: boolean;
  /** A bearer token was sent but is unknown, revoked, or its account disabled. */
  badToken: boolean;
  /** The session cookie's value, when one was sent. */
  session?: string;
}

/** Reads the bearer token or the session cookie into res.locals.identified. */
export function identify(accounts: Accounts, options: AuthOptions): RequestHandler {
  const serviceToken = options.apiToken ? sha256(options.apiToken) : undefined;
  return async (req, res, next) => {
    try {
      const identified: Identified = { service: false, badToken: false, session: readCookie(req, sessionCookie) };
      const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
      if (bearer !== undefined) {
        if (serviceToken && timingSafeEqual(sha256(bearer), serviceToken)) identified.service = true;
        else identified.account = await accounts.tokenAccount(bearer);
        identified.badToken = !identified.service && !identified.account;
      } else if (identified.session) {
        identified.account = await accounts.sessionAccount(identified.session);
      }
      res.locals.identified = identified;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The role check for one route, after `identify`. */
export function authorize(route: Route, options: AuthOptions): RequestHandler {
  return (_req, res, next) => {
    if (route.role === 'public') return next();
    const { account, service, badToken, session } = res.locals.identified as Identified;
    if (badToken) return next(new AppError('UNAUTHORIZED', 'The API token is not valid: unknown, revoked, or its account is disabled'));
    if (!service && !account && session && route.role === 'viewer' && !options.readOpen) {
      return next(new AppError('UNAUTHORIZED', 'Your session has ended; sign in again'));
    }
    if (service && route.accountOnly) {
      return next(new AppError('FORBIDDEN', 'Cases belong to accounts and the service token is none: use an account’s API token'));
    }
    if (service) return next(route.role === 'admin' ? new AppError('FORBIDDEN', 'The service token cannot manage accounts; sign in as an admin') : undefined);
    if (account) {
      if (rank[account.role] >= rank[route.role]) return next();
      return next(new AppError('FORBIDDEN', `This needs the ${route.role} role; ${account.username} is ${article(account.role)} ${account.role}`));
    }
    const anonymousMayRead = route.role === 'viewer' && options.readOpen && !(route.console && options.apiToken) && !route.accountOnly;
    if (anonymousMayRead) return next();
    next(
      new AppError(
        'UNAUTHORIZED',
        `This needs a signed-in ${route.role}${route.role === 'viewer' ? '' : ' or an API token'}: sign in, or send Authorization: Bearer <token>`,
      ),
    );
  };
}

/**
 * CSRF: a state-changing request carrying the session cookie must say it comes from this site (Origin equal to the
 * server's own host, or one of CORS_ORIGINS); a cross-site Origin is refused on every state-changing request, so a
 * foreign page cannot sign a visitor in either. Bearer requests carry no ambient credential and are not checked.
 */
export function sameOrigin(options: AuthOptions): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.get('authorization')) return next();
    const origin = req.get('origin');
    const withCookie = (res.locals.identified as Identified | undefined)?.session !== undefined;
    if (origin === undefined)
      return next(withCookie ? new AppError('FORBIDDEN', 'Refused: a request made with the session cookie must carry an Origin header') : undefined);
    if (isOwnOrigin(req, origin, options.corsOrigins)) return next();
    next(new AppError('FORBIDDEN', `Refused: requests from ${origin.slice(0, 200)} cannot change anything here`));
  };
}

function isOwnOrigin(req: Request, origin: string, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

/** Failed sign-ins per client address; successful ones do not count. */
export function signInRateLimit(perQuarterHour: number): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit: perQuarterHour,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res
        .status(429)
        .json(
          errorBody(new AppError('RATE_LIMITED', `Too many failed sign-ins from this address: at most ${perQuarterHour} in 15 minutes; wait and try again`)),
        );
    },
  });
}

/** What a handler knows of its caller, and the session cookie's controls (used by the sign-in routes). */
export function accessOf(req: Request, res: Response, options: AuthOptions): Access {
  const { account, service, session } = res.locals.identified as Identified;
  const cookie = { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' } as const;
  return {
    account,
    service,
    readOpen: options.readOpen,
    session,
    startSession: (secret, maxAgeMs) => void res.cookie(sessionCookie, secret, { ...cookie, maxAge: maxAgeMs }),
    endSession: () => void res.clearCookie(sessionCookie, cookie),
  };
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function article(role: string): string {
  return role === 'admin' || role === 'analyst' ? 'an' : 'a';
}
