// Every API route, once: method, path, schemas, role and handler. The router, the OpenAPI document and the
// authorisation tests are derived from this list; a route that is not here does not exist.
import { z } from 'zod';
import * as api from '../../contract/api.ts';
import { AppError } from '../errors.ts';
import { type Route, route } from './route.ts';

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
    handle: ({ body }, { console }) => console.run(body),
  }),
];
