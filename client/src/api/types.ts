// The API's types, as the contract (contract/api.ts) defines them: type-only, so neither zod nor the schemas are
// bundled into the client.
export type {
  CypherResponse,
  Graph,
  GraphEdge,
  GraphNode,
  HealthResponse,
  NeighbourhoodQuery,
  NeighbourhoodResponse,
  NodeDetailsQuery,
  NodeDetailsResponse,
  NodeRelationship,
  PathsQuery,
  PathsResponse,
  SchemaResponse,
  SearchQuery,
  SearchResponse,
  SearchResult,
  SourceRef,
  WalkthroughListResponse as WalkthroughList,
  WalkthroughResponse as Walkthrough,
  WalkthroughSummary,
} from '../../../contract/api.ts';
