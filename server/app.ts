// createApp composes middleware and routers; main.ts listens. Tests drive the app without opening a port.
import cors from 'cors';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import { type Config, consoleOffReason } from './config.ts';
import { queryTiming, type GraphDatabase, type QueryTiming } from './db/database.ts';
import { errorHandler, unknownApiRoute } from './http/errors.ts';
import { openApiDocument } from './http/openapi.ts';
import { apiRouter } from './http/router.ts';
import { routes } from './http/routes.ts';
import { clientRouter, metricsEndpoint, requestMetrics, securityHeaders } from './http/serving.ts';
import { createServices } from './services/index.ts';
import { describeProblem, loadWalkthroughs, walkthroughsDir as defaultWalkthroughsDir } from './services/walkthrough-files.ts';

export const clientDir = resolve(import.meta.dirname, '..', 'dist', 'client');

export interface AppDeps {
  config: Config;
  db: GraphDatabase;
  logger: Logger;
  /** Built client assets; the API alone is served when the folder is missing. */
  staticDir?: string;
  /** Folder of walkthrough YAML files, read once here; a broken file is logged and listed, the others load. */
  walkthroughsDir?: string;
}

export function createApp({ config, db, logger, staticDir = clientDir, walkthroughsDir = defaultWalkthroughsDir }: AppDeps): Express {
  const loadedWalkthroughs = loadWalkthroughs(walkthroughsDir);
  for (const problem of loadedWalkthroughs.problems) logger.warn({ walkthrough: problem }, `walkthrough not loaded: ${describeProblem(problem)}`);
  const services = createServices(db, loadedWalkthroughs, {
    supernodeDegree: config.supernodeDegree,
    consoleRowLimit: config.consoleRowLimit,
    consoleMaxConcurrent: config.consoleMaxConcurrent,
    queryTimeoutMs: config.queryTimeoutMs,
    sessionSeconds: config.sessionSeconds,
  });
  const openApi = openApiDocument(routes);
  const base = config.basePath;
  const app = express();
  app.disable('x-powered-by');
  // Off unless TRUST_PROXY says which proxies to believe: X-Forwarded-For then gives the client address (rate limits
  // count per client) and X-Forwarded-Proto the protocol (HTTPS-only headers).
  app.set('trust proxy', config.trustProxy);
  // API answers are live graph data that clients never revalidate; hashing every body for an ETag is wasted work.
  // Static assets keep theirs (serve-static sets its own).
  app.set('etag', false);
  app.use((_req, res, next) => {
    const timing: QueryTiming = { queries: 0, neo4jMs: 0 };
    res.locals.timing = timing;
    queryTiming.run(timing, next);
  });
  app.use(requestMetrics(base));
  app.use(
    pinoHttp({
      logger,
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customSuccessObject: (_req, res, value: object) => ({ ...value, neo4j: (res as { locals?: { timing?: QueryTiming } }).locals?.timing }),
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => !req.url?.startsWith(`${base}/api/`) },
    }),
  );
  app.use(securityHeaders());

  // Everything lives under BASE_PATH (the root when it is unset); the prefix alone redirects to the page.
  const site = express.Router();
  site.get('/metrics', metricsEndpoint(config.apiToken));
  site.use('/api', cors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false }));
  // A STIX bundle is far larger than any other request; the 64 kB limit of the rest does not apply to it.
  site.use('/api/imports', express.json({ limit: config.importMaxBytes }));
  // A view's ids for an export: up to EXPORT_MAX_IDS of them, more than a GET's query string can hold.
  site.use('/api/export', express.json({ limit: '1mb' }));
  // A case's walkthrough is saved whole, each of its 12 steps with a picture of up to 200 kB.
  site.use('/api/cases', express.json({ limit: '4mb' }));
  site.use('/api', express.json({ limit: '64kb' }));
  // Graph data changes with every import: no cache, browser or proxy, keeps an answer.
  site.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  const api = apiRouter(
    routes,
    { ...services, openApi: () => openApi },
    {
      apiToken: config.apiToken,
      consoleRatePerMinute: config.cypherRateLimitPerMinute,
      consoleOff: consoleOffReason(config),
      readOpen: config.readOpen,
      corsOrigins: config.corsOrigins,
      signInAttemptsPer15Minutes: config.signInAttemptsPer15Minutes,
    },
  );
  api.use(unknownApiRoute);
  site.use('/api', api);
  if (existsSync(join(staticDir, 'index.html'))) site.use(clientRouter(staticDir, base));

  if (base) {
    app.get(base, (req, res, next) => {
      const [path, query] = req.originalUrl.split(/\?(.*)/s);
      if (path === base) res.redirect(308, `${base}/${query ? `?${query}` : ''}`);
      else next();
    });
  }
  app.use(base || '/', site);
  app.use(errorHandler);
  return app;
}
