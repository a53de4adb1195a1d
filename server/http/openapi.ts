// The OpenAPI document, generated from the same zod schemas that validate requests.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as s from './schemas.ts';

type Method = 'get' | 'post';

interface Route {
  method: Method;
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  errors: number[];
}

const routes: Route[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness, and whether Neo4j answers', response: s.HealthResponse, errors: [] },
  { method: 'get', path: '/api/ready', summary: '200 only when Neo4j answers', response: s.HealthResponse, errors: [503] },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Alias-aware full-text search over names, aliases and summaries',
    query: s.SearchQuery,
    response: s.SearchResponse,
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    summary: 'A node, one page of its relationships (counted in all, and per type and direction) and the sources they cite',
    params: s.NodeParams,
    query: s.NodeDetailsQuery,
    response: s.NodeDetailsResponse,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighbourhood',
    summary: 'Nodes within 1–3 hops, nearest first, capped in the query',
    params: s.NodeParams,
    query: s.NeighbourhoodQuery,
    response: s.NeighbourhoodResponse,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest, all shortest, or all simple paths between two nodes',
    query: s.PathsQuery,
    response: s.PathsResponse,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/schema',
    summary: 'Labels and relationship types with counts, property keys per label (as read at most a minute ago)',
    response: s.SchemaResponse,
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/walkthroughs',
    summary: 'Guided investigations, and the problems of any walkthrough file that did not load',
    response: s.WalkthroughListResponse,
    errors: [],
  },
  {
    method: 'get',
    path: '/api/walkthroughs/{id}',
    summary: 'A walkthrough with each step query run read-only: narrative, sources, graph, focus and highlight',
    params: s.WalkthroughParams,
    response: s.WalkthroughResponse,
    errors: [400, 404, 503],
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary: 'Run one read-only Cypher statement',
    body: s.CypherRequest,
    response: s.CypherResponse,
    errors: [400, 401, 403, 408, 413, 429, 503],
  },
];

// Query strings arrive as text: the document describes the wire form, not the parsed values, with each field's description.
function wireForm(schema: z.ZodObject): z.ZodObject {
  return z.object(
    Object.fromEntries(
      Object.entries(schema.shape).map(([key, field]) => [
        key,
        z
          .string()
          .optional()
          .meta({ description: z.globalRegistry.get(field)?.description }),
      ]),
    ),
  );
}

export function openApiDocument(extraRoutes: Route[] = []) {
  const registry = new OpenAPIRegistry();
  for (const route of [...routes, ...extraRoutes]) {
    registry.registerPath({
      method: route.method,
      path: route.path,
      summary: route.summary,
      request: {
        ...(route.query ? { query: wireForm(route.query) } : {}),
        ...(route.params ? { params: route.params } : {}),
        ...(route.body ? { body: { content: { 'application/json': { schema: route.body } } } } : {}),
      },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: route.response } } },
        ...Object.fromEntries(route.errors.map((status) => [status, { description: 'Error', content: { 'application/json': { schema: s.ErrorResponse } } }])),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'DPRK cybercrime graph explorer API', version: '1.0.0', description: 'Read-only access to the investigation graph.' },
  });
}

export type { Route as OpenApiRoute };
