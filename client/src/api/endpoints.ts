// One function per endpoint of the API.
import { buildUrl, request } from './http.ts';
import type {
  AuditQuery,
  AuditResponse,
  ClaimEdit,
  ClaimResponse,
  ClaimRetraction,
  NewNodeClaim,
  NewRelationshipClaim,
  CypherResponse,
  NeighbourhoodQuery,
  NodeDetailsQuery,
  PathsQuery,
  SearchQuery,
  HealthResponse,
  NeighbourhoodResponse,
  NodeDetailsResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  SessionResponse,
  SignInRequest,
  SourcesResponse,
  Walkthrough,
  WalkthroughList,
} from './types.ts';

const enc = encodeURIComponent;

export function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return request(buildUrl('/api/health'), { signal });
}

// Parameters as the contract's schemas parse them; those with a default may be left out.
export type SearchParams = Pick<SearchQuery, 'q'> & Partial<SearchQuery>;
export function search(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return request(buildUrl('/api/search', { q: params.q, limit: params.limit, labels: params.labels }), { signal });
}

export type NodeDetailsParams = Partial<NodeDetailsQuery>;
export function getNode(id: string, params: NodeDetailsParams = {}, signal?: AbortSignal): Promise<NodeDetailsResponse> {
  return request(buildUrl(`/api/nodes/${enc(id)}`, { ...params }), { signal });
}

export type NeighbourhoodParams = Partial<NeighbourhoodQuery>;
export function getNeighbourhood(id: string, params: NeighbourhoodParams = {}, signal?: AbortSignal): Promise<NeighbourhoodResponse> {
  return request(buildUrl(`/api/nodes/${enc(id)}/neighbourhood`, { ...params }), { signal });
}

export type PathParams = Pick<PathsQuery, 'from' | 'to'> & Partial<PathsQuery>;
export function findPaths(params: PathParams, signal?: AbortSignal): Promise<PathsResponse> {
  return request(buildUrl('/api/paths', { ...params }), { signal });
}

export function getSources(ids: readonly string[], signal?: AbortSignal): Promise<SourcesResponse> {
  return request(buildUrl('/api/sources', { ids: [...ids] }), { signal });
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

export function getSession(): Promise<SessionResponse> {
  return request('/api/session');
}

export function signIn(credentials: SignInRequest): Promise<SessionResponse> {
  return request('/api/session', { method: 'POST', body: credentials });
}

export function signOut(): Promise<SessionResponse> {
  return request('/api/session/end', { method: 'POST' });
}

/** A view's nodes and the relationships among them as a file: a STIX 2.1 bundle, GraphML, or one of the two CSV tables. */
export function exportView(format: 'stix' | 'graphml' | 'csv', ids: readonly string[], table?: 'nodes' | 'edges'): Promise<string> {
  // POST: a view of more than about 500 nodes has more ids than a query string holds.
  return request(`/api/export/${format}`, { method: 'POST', body: { ids, ...(table ? { table } : {}) }, text: true });
}

// ---- Analysts' claims and the audit trail ----

export function addNodeClaim(claim: NewNodeClaim): Promise<ClaimResponse> {
  return request('/api/claims/nodes', { method: 'POST', body: claim });
}

export function addRelationshipClaim(claim: NewRelationshipClaim): Promise<ClaimResponse> {
  return request('/api/claims/relationships', { method: 'POST', body: claim });
}

export function editClaim(id: string, change: ClaimEdit): Promise<ClaimResponse> {
  return request(`/api/claims/${enc(id)}/versions`, { method: 'POST', body: change });
}

export function retractClaim(id: string, retraction: ClaimRetraction): Promise<ClaimResponse> {
  return request(`/api/claims/${enc(id)}/retraction`, { method: 'POST', body: retraction });
}

export function getAudit(params: Partial<AuditQuery>, signal?: AbortSignal): Promise<AuditResponse> {
  return request(buildUrl('/api/audit', { ...params }), { signal });
}
