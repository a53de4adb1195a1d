// One function per endpoint of the API.
import { buildUrl, request } from './http.ts';
import type {
  CypherResponse,
  HealthResponse,
  NeighbourhoodResponse,
  NodeDetailsResponse,
  PathMode,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  Walkthrough,
  WalkthroughList,
} from './types.ts';

const enc = encodeURIComponent;

export function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return request(buildUrl('/api/health'), { signal });
}

export interface SearchParams {
  q: string;
  limit?: number;
  labels?: string[];
}
export function search(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return request(buildUrl('/api/search', { q: params.q, limit: params.limit, labels: params.labels }), { signal });
}

export interface NodeDetailsParams {
  limit?: number;
  offset?: number;
}
export function getNode(id: string, params: NodeDetailsParams = {}, signal?: AbortSignal): Promise<NodeDetailsResponse> {
  return request(buildUrl(`/api/nodes/${enc(id)}`, { ...params }), { signal });
}

export interface NeighbourhoodParams {
  depth?: number;
  limit?: number;
  labels?: string[];
  types?: string[];
}
export function getNeighbourhood(id: string, params: NeighbourhoodParams = {}, signal?: AbortSignal): Promise<NeighbourhoodResponse> {
  return request(buildUrl(`/api/nodes/${enc(id)}/neighbourhood`, { ...params }), { signal });
}

export interface PathParams {
  from: string;
  to: string;
  mode?: PathMode;
  maxHops?: number;
  types?: string[];
  limit?: number;
}
export function findPaths(params: PathParams, signal?: AbortSignal): Promise<PathsResponse> {
  return request(buildUrl('/api/paths', { ...params }), { signal });
}

export function getSchema(signal?: AbortSignal): Promise<SchemaResponse> {
  return request(buildUrl('/api/schema'), { signal });
}

export function runCypher(query: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<CypherResponse> {
  return request('/api/cypher', { method: 'POST', body: { query, params }, signal });
}

export function listWalkthroughs(signal?: AbortSignal): Promise<WalkthroughList> {
  return request(buildUrl('/api/walkthroughs'), { signal });
}

export function getWalkthrough(id: string, signal?: AbortSignal): Promise<Walkthrough> {
  return request(buildUrl(`/api/walkthroughs/${enc(id)}`), { signal });
}
