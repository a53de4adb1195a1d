// How the site is served around the API: security headers that depend on the request's protocol, caching that survives
// an upgrade, the page with its base path written in, and Prometheus metrics (requests here, Neo4j in server/db).
import express, { type Request, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import { apiErrors, httpRequestSeconds, metricsRegistry } from '../metrics.ts';

/** Strict: scripts, styles and connections from this origin only; no inline script or style attribute is needed. */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/**
 * Helmet's headers, with `upgrade-insecure-requests`, HSTS and Cross-Origin-Opener-Policy only for requests that came over HTTPS (directly, or
 * through a proxy trusted by TRUST_PROXY). Over plain HTTP under a LAN name they would send the browser to an HTTPS
 * port that does not exist, and the page would load without its scripts and styles.
 */
export function securityHeaders(): RequestHandler {
  const overHttps = helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy } });
  // Cross-Origin-Opener-Policy too: browsers ignore it on an untrustworthy (HTTP, non-localhost) origin and log an error.
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { ...contentSecurityPolicy, upgradeInsecureRequests: null } },
    strictTransportSecurity: false,
    crossOriginOpenerPolicy: false,
  });
  return (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next);
}

/**
 * The built client's two pages, the explorer and a case's brief: hashed files under assets/ are immutable for a year (a new build has new names); the page and
 * the other files revalidate every time, so an open browser picks up a new build on its next load. The page gets
 * the base path as a meta tag (read by client/src/base-path.ts) and absolute asset URLs, so deep links work at any
 * depth under the prefix.
 */
export function clientRouter(staticDir: string, basePath: string): Router {
  const router = express.Router();
  const explorerPage = pageSender(staticDir, 'index.html', basePath);
  router.get(['/', '/index.html'], explorerPage);
  router.get('/brief.html', pageSender(staticDir, 'brief.html', basePath));
  router.use(
    express.static(staticDir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${join(staticDir, 'assets')}/`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  // Shared links carry their view in the query string; every page path serves the explorer.
  router.get(/^\/(?!api\/|assets\/|metrics$).*/, explorerPage);
  return router;
}

/** Sends a built page with the base path written in; it revalidates every time, so a new build shows on the next load. */
function pageSender(staticDir: string, file: string, basePath: string): RequestHandler {
  const page = readFileSync(join(staticDir, file), 'utf8')
    .replace('<head>', `<head>\n    <meta name="explorer-base" content="${basePath}/" />`)
    .replace(/(src|href)="\.\//g, `$1="${basePath}/`);
  return (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(page);
  };
}

/** Counts and times every request by its route pattern and status, and API errors by code, once the answer is sent. */
export function requestMetrics(basePath: string): RequestHandler {
  return (req, res, next) => {
    const end = httpRequestSeconds.startTimer();
    res.once('finish', () => {
      const route = routeLabel(req, res.statusCode, basePath);
      end({ route, method: req.method, status: String(res.statusCode) });
      const code = res.locals.errorCode as string | undefined;
      if (code) apiErrors.inc({ route, code });
    });
    next();
  };
}

/** '/api/nodes/{id}' for an API route, 'page' for the page, 'static' for a file; never the raw path (one series per id). */
function routeLabel(req: Request, status: number, basePath: string): string {
  const named = req.res?.locals.route as string | undefined;
  if (named) return named;
  const pattern: unknown = req.route?.path;
  if (typeof pattern === 'string') return `${req.baseUrl.slice(basePath.length)}${pattern}`;
  if (pattern instanceof RegExp || Array.isArray(pattern)) return 'page';
  return status < 400 ? 'static' : 'unmatched';
}

/**
 * GET /metrics. Open to a scraper on the same machine that came straight to the app (loopback, no forwarding
 * header); anyone else needs `Authorization: Bearer <API_TOKEN>`, and without API_TOKEN it is loopback-only.
 */
export function metricsEndpoint(apiToken: string | undefined): RequestHandler {
  const expected = apiToken ? Buffer.from(`Bearer ${apiToken}`) : undefined;
  return async (req, res, next) => {
    const given = Buffer.from(req.get('authorization') ?? '');
    const tokenOk = expected !== undefined && given.length === expected.length && timingSafeEqual(given, expected);
    if (!tokenOk && !directFromLoopback(req)) {
      next(
        new AppError(
          expected ? 'UNAUTHORIZED' : 'FORBIDDEN',
          expected
            ? '/metrics needs the API token: send Authorization: Bearer <token>'
            : '/metrics is open on the loopback only; set API_TOKEN to read it from elsewhere',
        ),
      );
      return;
    }
    res
      .set('Cache-Control', 'no-store')
      .type(metricsRegistry.contentType)
      .send(await metricsRegistry.metrics());
  };
}

/** The TCP peer is this machine and no proxy says it forwarded someone else's request. */
function directFromLoopback(req: Request): boolean {
  const peer = req.socket.remoteAddress ?? '';
  const loopback = peer === '::1' || (isIPv4(peer) && peer.startsWith('127.')) || (isIPv6(peer) && peer.startsWith('::ffff:127.'));
  return loopback && req.get('x-forwarded-for') === undefined && req.get('forwarded') === undefined;
}
