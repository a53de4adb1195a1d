// One function per endpoint of the API.
import { buildUrl, request } from './http.ts';
import type {
  CaseBrief,
  CaseEdit,
  CaseListResponse,
  CaseNoteEdit,
  CaseResponse,
  CaseWalkthroughEdit,
  NewCase,
  NewCaseNote,
  NewCaseView,
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

/** A built-in walkthrough, or a case's (`case:<case id>`), played. */
export function getWalkthrough(id: string, signal?: AbortSignal): Promise<Walkthrough> {
  const caseId = caseOfWalkthrough(id);
  return request(buildUrl(caseId ? `/api/cases/${enc(caseId)}/walkthrough` : `/api/walkthroughs/${enc(id)}`), { signal });
}

/** The walkthrough id a case's walkthrough has in the page's URL. */
export const caseWalkthroughId = (caseId: string) => `case:${caseId}`;
const caseOfWalkthrough = (id: string) => (id.startsWith('case:') ? id.slice('case:'.length) : undefined);

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

// ---- Case files ----

export function listCases(q?: string): Promise<CaseListResponse> {
  return request(buildUrl('/api/cases', { q }));
}

export function createCase(input: NewCase): Promise<CaseResponse> {
  return request('/api/cases', { method: 'POST', body: input });
}

export function getCase(id: string): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}`);
}

export function editCase(id: string, edit: CaseEdit): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}/versions`, { method: 'POST', body: edit });
}

export function addCaseView(id: string, view: NewCaseView): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}/views`, { method: 'POST', body: view });
}

export function deleteCaseView(id: string, viewId: string): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}/views/${enc(viewId)}/deletion`, { method: 'POST', body: {} });
}

export function addCaseNote(id: string, note: NewCaseNote): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}/notes`, { method: 'POST', body: note });
}

export function editCaseNote(id: string, noteId: string, edit: CaseNoteEdit): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}/notes/${enc(noteId)}/versions`, { method: 'POST', body: edit });
}

export function deleteCaseNote(id: string, noteId: string): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}/notes/${enc(noteId)}/deletion`, { method: 'POST', body: {} });
}

export function saveCaseWalkthrough(id: string, walkthrough: CaseWalkthroughEdit): Promise<CaseResponse> {
  return request(`/api/cases/${enc(id)}/walkthrough`, { method: 'POST', body: walkthrough });
}

export function getCaseBrief(id: string): Promise<CaseBrief> {
  return request(`/api/cases/${enc(id)}/brief`);
}

/** The case's walkthrough as a YAML file, or the case as a STIX 2.1 bundle. */
export function getCaseFile(id: string, kind: 'walkthrough/file' | 'stix'): Promise<string> {
  return request(`/api/cases/${enc(id)}/${kind}`, { text: true });
}
