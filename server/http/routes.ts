// Every API route, once: method, path, schemas, role and handler. The router, the OpenAPI document and the
// authorisation tests are derived from this list; a route that is not here does not exist.
import { z } from 'zod';
import * as api from '../../contract/api.ts';
import { AppError } from '../errors.ts';
import { type Access, type Route, route } from './route.ts';

/** The file each export answers with. */
const exportFiles = {
  stix: { contentType: 'application/stix+json;version=2.1', name: 'dprk-graph.stix.json' },
  graphml: { contentType: 'application/graphml+xml', name: 'dprk-graph.graphml' },
  csv: { contentType: 'text/csv; charset=utf-8', name: 'dprk-graph.csv' },
} as const;

export const routes: Route[] = [
  route({
    method: 'get',
    path: '/health',
    summary: 'Liveness, and whether Neo4j answers',
    role: 'public',
    response: api.HealthResponse,
    errors: [],
    handle: (_input, { health }) => health.health(),
  }),
  route({
    method: 'get',
    path: '/ready',
    summary: '200 only when Neo4j answers',
    role: 'public',
    response: api.HealthResponse,
    errors: [503],
    handle: async (_input, { health }) => {
      const status = await health.health();
      if (!status.neo4j.connected) throw new AppError('DATABASE_UNAVAILABLE', `Not ready: ${status.neo4j.reason}`);
      return status;
    },
  }),
  route({
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    role: 'public',
    response: z.record(z.string(), z.unknown()),
    errors: [],
    handle: (_input, { openApi }) => openApi(),
  }),
  route({
    method: 'get',
    path: '/search',
    summary: 'Alias-aware full-text search over names, aliases and summaries',
    role: 'viewer',
    query: api.SearchQuery,
    response: api.SearchResponse,
    errors: [400, 503],
    handle: ({ query }, { explorer }) => explorer.search(query),
  }),
  route({
    method: 'get',
    path: '/nodes/{id}',
    summary: 'A node, one page of its relationships (counted in all, and per type and direction) and the sources they cite',
    role: 'viewer',
    params: api.NodeParams,
    query: api.NodeDetailsQuery,
    response: api.NodeDetailsResponse,
    errors: [400, 404, 503],
    handle: ({ params, query }, { explorer }) => explorer.nodeDetails(params.id, query),
  }),
  route({
    method: 'get',
    path: '/nodes/{id}/neighbourhood',
    summary: 'Nodes within 1–3 hops, nearest first, capped in the query',
    role: 'viewer',
    params: api.NodeParams,
    query: api.NeighbourhoodQuery,
    response: api.NeighbourhoodResponse,
    errors: [400, 404, 503],
    handle: ({ params, query }, { explorer }) => explorer.neighbourhood(params.id, query),
  }),
  route({
    method: 'get',
    path: '/paths',
    summary: 'Shortest, all shortest, or all simple paths between two nodes',
    role: 'viewer',
    query: api.PathsQuery,
    response: api.PathsResponse,
    errors: [400, 404, 503],
    handle: ({ query }, { explorer }) => explorer.paths(query),
  }),
  route({
    method: 'get',
    path: '/sources',
    summary: 'Source documents by id: title, publisher, date and kind',
    role: 'viewer',
    query: api.SourcesQuery,
    response: api.SourcesResponse,
    errors: [400, 503],
    handle: ({ query }, { explorer }) => explorer.sources(query.ids),
  }),
  route({
    method: 'get',
    path: '/export/stix',
    summary: 'These nodes and the relationships among them as a STIX 2.1 bundle (docs/stix.md, "Export")',
    role: 'viewer',
    query: api.ExportQuery,
    response: api.StixBundle,
    file: exportFiles.stix,
    errors: [400, 503],
    handle: ({ query }, { exports }) => exports.stix(query.ids),
  }),
  route({
    method: 'get',
    path: '/export/graphml',
    summary: 'These nodes and the relationships among them as GraphML, every property a string key',
    role: 'viewer',
    query: api.ExportQuery,
    response: z.string(),
    file: exportFiles.graphml,
    errors: [400, 503],
    handle: ({ query }, { exports }) => exports.graphml(query.ids),
  }),
  route({
    method: 'get',
    path: '/export/csv',
    summary: 'These nodes (table=nodes) or the relationships among them (table=edges) as CSV, one column per property',
    role: 'viewer',
    query: api.CsvExportQuery,
    response: z.string(),
    file: exportFiles.csv,
    errors: [400, 503],
    handle: ({ query }, { exports }) => exports.csv(query.ids, query.table),
  }),
  ...(['stix', 'graphml', 'csv'] as const).map((format) =>
    route({
      method: 'post',
      path: `/export/${format}`,
      summary: `As GET /export/${format}, with the ids in the body: for views too large for a query string`,
      role: 'viewer',
      body: api.ExportRequest,
      response: format === 'stix' ? api.StixBundle : z.string(),
      file: exportFiles[format],
      errors: [400, 413, 503],
      handle: ({ body }, { exports }) => (format === 'csv' ? exports.csv(body.ids, body.table) : exports[format](body.ids)),
    }),
  ),
  route({
    method: 'get',
    path: '/schema',
    summary: 'Labels and relationship types with counts, property keys per label (as read at most a minute ago)',
    role: 'viewer',
    response: api.SchemaResponse,
    errors: [503],
    handle: (_input, { explorer }) => explorer.schema(),
  }),
  route({
    method: 'get',
    path: '/walkthroughs',
    summary: 'Guided investigations, and the problems of any walkthrough file that did not load',
    role: 'viewer',
    response: api.WalkthroughListResponse,
    errors: [],
    handle: (_input, { walkthroughs }) => walkthroughs.list(),
  }),
  route({
    method: 'get',
    path: '/walkthroughs/{id}',
    summary: 'A walkthrough with each step query run read-only: narrative, sources, graph, focus and highlight',
    role: 'viewer',
    params: api.WalkthroughParams,
    response: api.WalkthroughResponse,
    errors: [400, 404, 503],
    handle: ({ params }, { walkthroughs }) => walkthroughs.get(params.id),
  }),
  route({
    method: 'post',
    path: '/cypher',
    summary: 'Run one read-only Cypher statement',
    role: 'viewer',
    console: true,
    body: api.CypherRequest,
    response: api.CypherResponse,
    errors: [400, 401, 403, 408, 413, 429, 503],
    handle: ({ body, client }, { console }) => console.run(body, client),
  }),
  route({
    method: 'post',
    path: '/imports',
    summary: 'Import a STIX 2.1 bundle (the JSON body) in one transaction; answers what was created, merged, updated, skipped and where sources disagree',
    role: 'analyst',
    query: api.ImportQuery,
    body: z.unknown(),
    response: api.ImportReport,
    errors: [400, 401, 403, 413, 503],
    handle: ({ query, body, actor }, { imports }) => imports.run(body, query, actor),
  }),
  // ---- Analysts' claims and the audit trail ----
  route({
    method: 'post',
    path: '/claims/nodes',
    summary: 'State a node: its kind, name, source and confidence (an existing Source, or a new one); answers it at version 1',
    role: 'analyst',
    body: api.NewNodeClaim,
    response: api.ClaimResponse,
    errors: [400, 401, 403, 409, 503],
    handle: ({ body, actor }, { claims }) => claims.createNode(body, actor),
  }),
  route({
    method: 'post',
    path: '/claims/relationships',
    summary: 'State a relationship between two nodes, with its source and confidence; answers it at version 1',
    role: 'analyst',
    body: api.NewRelationshipClaim,
    response: api.ClaimResponse,
    errors: [400, 401, 403, 404, 409, 503],
    handle: ({ body, actor }, { claims }) => claims.createRelationship(body, actor),
  }),
  route({
    method: 'post',
    path: '/claims/{id}/versions',
    summary: 'A new version of an analyst’s claim, from the version given: 409 with the current version when another change came first',
    role: 'analyst',
    params: api.ClaimParams,
    body: api.ClaimEdit,
    response: api.ClaimResponse,
    errors: [400, 401, 403, 404, 409, 503],
    handle: ({ params, body, actor }, { claims }) => claims.edit(params.id, body, actor),
  }),
  route({
    method: 'post',
    path: '/claims/{id}/retraction',
    summary: 'Retract an analyst’s claim, with a reason: kept as a record, hidden from views unless retracted=show',
    role: 'analyst',
    params: api.ClaimParams,
    body: api.ClaimRetraction,
    response: api.ClaimResponse,
    errors: [400, 401, 403, 404, 409, 503],
    handle: ({ params, body, actor }, { claims }) => claims.retract(params.id, body, actor),
  }),
  route({
    method: 'get',
    path: '/audit',
    summary: 'The audit trail, newest first, by account, entity and time; account administration is listed to admins only',
    role: 'viewer',
    query: api.AuditQuery,
    response: api.AuditResponse,
    errors: [400, 401, 403, 503],
    handle: ({ query, access }, { audit }) => audit.list(query, { withAccounts: access.account?.role === 'admin' }),
  }),
  // ---- Accounts and sessions ----
  route({
    method: 'get',
    path: '/session',
    summary: 'Who is signed in, and whether reading needs a sign-in',
    role: 'public',
    response: api.SessionResponse,
    errors: [503],
    handle: ({ access }) => sessionOf(access),
  }),
  route({
    method: 'post',
    path: '/session',
    summary: 'Sign in with a username and password, or a one-time link: sets the session cookie (failed attempts are rate-limited)',
    role: 'public',
    signIn: true,
    body: api.SignInRequest,
    response: api.SessionResponse,
    errors: [400, 401, 403, 429, 503],
    handle: async ({ body, access }, { accounts }) => {
      const signedIn = 'link' in body ? await accounts.signInWithLink(body.link) : await accounts.signIn(body.username, body.password);
      if (access.session) await accounts.signOut(access.session);
      access.startSession(signedIn.session, signedIn.maxAgeMs);
      return sessionOf({ ...access, account: signedIn.account });
    },
  }),
  route({
    method: 'post',
    path: '/session/end',
    summary: 'Sign out: ends the session and clears its cookie',
    role: 'public',
    response: api.SessionResponse,
    errors: [403, 503],
    handle: async ({ access }, { accounts }) => {
      if (access.session) await accounts.signOut(access.session);
      access.endSession();
      return sessionOf({ ...access, account: undefined });
    },
  }),
  route({
    method: 'get',
    path: '/accounts',
    summary: 'Every account with its role and whether it is disabled (admins only)',
    role: 'admin',
    response: api.AccountListResponse,
    errors: [401, 403, 503],
    handle: async (_input, { accounts }) => ({
      accounts: (await accounts.list()).map(({ username, role, disabled, createdAt }) => ({ username, role, disabled, createdAt })),
    }),
  }),
];

function sessionOf({ account, readOpen }: Pick<Access, 'account' | 'readOpen'>) {
  return { account: account ? { username: account.username, role: account.role } : null, readOpen };
}
