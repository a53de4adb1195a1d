// Pure operations on {nodes, edges}: merging expansions without duplicates, removing nodes, diffing a view.
import type { Graph, GraphEdge, GraphNode } from '../api/types.ts';

/**
 * The union of several graphs. A node or edge that occurs more than once is kept once; later copies only add
 * labels and properties the earlier one lacked (two endpoints may return the same node with more or less detail).
 */
export function mergeGraphs(graphs: readonly Graph[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const seen = nodes.get(node.id);
      if (!seen) nodes.set(node.id, node);
      else
        nodes.set(node.id, {
          ...seen,
          labels: [...new Set([...seen.labels, ...node.labels])],
          properties: { ...node.properties, ...seen.properties },
        });
    }
    for (const edge of graph.edges) {
      if (!edges.has(edge.id)) edges.set(edge.id, edge);
    }
  }
  // An edge is only drawable when both ends are present.
  const drawable = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: drawable };
}

/** The graph without some nodes and the edges that touch them. */
export function withoutNodes(graph: Graph, ids: Iterable<string>): Graph {
  const drop = new Set(ids);
  if (drop.size === 0) return graph;
  return {
    nodes: graph.nodes.filter((n) => !drop.has(n.id)),
    edges: graph.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)),
  };
}

export interface GraphDiff {
  addNodes: GraphNode[];
  addEdges: GraphEdge[];
  /** Ids of elements (nodes and edges) to take away. */
  remove: string[];
  /** Ids already present that stay. */
  keep: string[];
}

/** What to add and remove so that a view holding `present` ids shows `next`. */
export function diffGraph(present: Iterable<string>, next: Graph): GraphDiff {
  const have = new Set(present);
  const wanted = new Set<string>();
  const addNodes: GraphNode[] = [];
  const addEdges: GraphEdge[] = [];
  for (const node of next.nodes) {
    wanted.add(node.id);
    if (!have.has(node.id)) addNodes.push(node);
  }
  for (const edge of next.edges) {
    wanted.add(edge.id);
    if (!have.has(edge.id)) addEdges.push(edge);
  }
  const remove: string[] = [];
  const keep: string[] = [];
  for (const id of have) (wanted.has(id) ? keep : remove).push(id);
  return { addNodes, addEdges, remove, keep };
}

/** Labels and relationship types present in a graph, with counts, sorted by name. */
export function census(graph: Graph): { labels: Map<string, number>; types: Map<string, number> } {
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  for (const node of graph.nodes) for (const label of node.labels) labels.set(label, (labels.get(label) ?? 0) + 1);
  for (const edge of graph.edges) types.set(edge.type, (types.get(edge.type) ?? 0) + 1);
  const sorted = (m: Map<string, number>) => new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
  return { labels: sorted(labels), types: sorted(types) };
}
