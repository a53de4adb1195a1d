// Types of the API contract. Everything comes from the server's zod schemas as types only: nothing under server/
// is bundled into the client.
export type {
  CypherResponse,
  Graph,
  GraphEdge,
  GraphNode,
  GraphPath,
  HealthResponse,
  NeighbourhoodResponse,
  NodeDetailsResponse,
  NodeRelationship,
  PathMode,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  SearchResult,
  SourceRef,
} from '../../../server/http/schemas.ts';
export type {
  WalkthroughListResponse as WalkthroughList,
  WalkthroughResponse as Walkthrough,
  WalkthroughStep,
  WalkthroughSummary,
} from '../../../server/http/schemas.ts';

export type Confidence = 'confirmed' | 'reported' | 'alleged' | 'suspected';
