// What the graph holds, as plain values: the database layer maps records to these, services answer with them.
// The API contract (contract/api.ts) describes the same shapes on the wire; tests/unit/contract-domain.test.ts
// keeps the two equal.

export interface GraphNode {
  id: string;
  labels: string[];
  name: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  /** The relationship's own id: two relationships of one type between the same nodes have two ids. */
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphPath extends Graph {
  length: number;
  undatedHops?: number;
  /** With rank=credibility: the hop that makes the path as weak as it is, and why. */
  weakestHop?: { edge: string; confidence: string; sources: number; why: string };
}

export interface SourceRef {
  id: string;
  name: string;
  publisher?: string | undefined;
  date?: string | undefined;
  kind?: string | undefined;
  url?: string | undefined;
}

export type Direction = 'out' | 'in';

export interface RelationshipCount {
  type: string;
  direction: Direction;
  count: number;
}

export interface NameCount {
  name: string;
  count: number;
}
