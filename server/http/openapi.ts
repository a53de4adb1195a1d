// The OpenAPI document, generated from the route table and the contract's zod schemas that validate requests.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { ErrorResponse } from '../../contract/api.ts';
import type { Route } from './route.ts';

export function openApiDocument(routes: readonly Route[]): Record<string, unknown> {
  const registry = new OpenAPIRegistry();
  for (const route of routes) {
    registry.registerPath({
      method: route.method,
      path: `/api${route.path}`,
      summary: route.summary,
      description: describeAccess(route),
      request: {
        ...(route.query ? { query: route.query } : {}),
        ...(route.params ? { params: route.params } : {}),
        ...(route.body ? { body: { content: { 'application/json': { schema: route.body } } } } : {}),
      },
      responses: {
        200: { description: 'OK', content: { [route.file?.contentType ?? 'application/json']: { schema: route.response } } },
        ...Object.fromEntries(route.errors.map((status) => [status, { description: 'Error', content: { 'application/json': { schema: ErrorResponse } } }])),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'DPRK cybercrime graph explorer API', version: '1.0.0', description: 'Read-only access to the investigation graph.' },
  }) as unknown as Record<string, unknown>;
}

function describeAccess(route: Route): string {
  const who = route.role === 'public' ? 'Anyone' : `Role: ${route.role}`;
  return route.console ? `${who}; with API_TOKEN set, Authorization: Bearer <token>.` : `${who}.`;
}
