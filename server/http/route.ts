// What one API route is: declared once in routes.ts, then mounted (router.ts), documented (openapi.ts) and covered by
// the authorisation tests (tests/integration/api-routes.test.ts), all from the same declaration.
import type { z } from 'zod';
import type { AccountIdentity } from '../services/accounts.ts';
import type { Services } from '../services/index.ts';

/**
 * Who may call a route: anyone, or an account of at least this role (viewer < analyst < admin) by session or API
 * token. Viewer routes are also open to anyone while reading is open (loopback HOST or PUBLIC_READ=true); the service
 * token (API_TOKEN) may call every route but the admin ones. server/http/auth.ts enforces this.
 */
type Role = 'public' | 'viewer' | 'analyst' | 'admin';

/** What a handler works with: the services, and the API's own description. */
export type RouteContext = Services & { openApi(): Record<string, unknown> };

interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The caller's address, as the rate limits count it. */
  client: string;
  access: Access;
  /** Who makes a change, as the audit trail names them, and this request's id (its log line has the same). */
  actor: { name: string; request: string };
}

/** The caller, and the session cookie's controls for the sign-in routes. */
export interface Access {
  account: AccountIdentity | undefined;
  service: boolean;
  readOpen: boolean;
  /** The session cookie's value, when one was sent. */
  session: string | undefined;
  startSession(secret: string, maxAgeMs: number): void;
  endSession(): void;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface Route<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post';
  /** The path under /api, with OpenAPI's `{param}` for path parameters. */
  path: string;
  summary: string;
  role: Role;
  /** Ad-hoc Cypher: needs API_TOKEN when one is set, and has its own rate limit. */
  console?: true;
  /** A case file's route: an account's session or token only, even where reading is open (cases have members). */
  accountOnly?: true;
  /** Signs in: failed attempts are rate-limited per client address. */
  signIn?: true;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** A download: its media type and the file name to save it as (the handler answers text, or JSON under that type). */
  file?: { contentType: string; name: string };
  /** The error statuses the route can answer with, besides 200. */
  errors: number[];
  handle(input: RouteInput<Infer<P>, Infer<Q>, Infer<B>>, context: RouteContext): Promise<z.infer<R>> | z.infer<R>;
}

/** Declares a route with its handler's input and output types inferred from its schemas. */
export function route<P extends z.ZodObject | undefined, Q extends z.ZodObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType>(
  spec: Route<P, Q, B, R>,
): Route {
  return spec as unknown as Route;
}

/** `/nodes/{id}` as Express writes it: `/nodes/:id`. */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
