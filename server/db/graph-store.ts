// One function per question the product asks of the graph. Services call these; only this layer sees records.
import type { Node, Relationship } from 'neo4j-driver';
import type { Direction, Graph, GraphNode, GraphPath, NameCount, RelationshipCount, SourceRef } from '../domain.ts';
import { chronologicalAllShortest, chronologicalShortest } from './chronological-paths.ts';
import type { GraphDatabase, QueryPlan, StreamOptions, StreamedResult } from './database.ts';
import { GraphCollector, nodeId, plainProperties, rowValue, toEdge, toNode, toPath, toPlain } from './mapping.ts';
import { cypher, type QueryName } from './queries.ts';
import type { WindowDays } from './window.ts';

export interface SearchHit {
  node: GraphNode;
  score: number;
}

export interface NodeDetailsRequest {
  id: string;
  limit: number;
  offset: number;
}

export interface NodeDetails {
  node: GraphNode;
  relationships: { type: string; direction: Direction; other: GraphNode; properties: Record<string, unknown> }[];
  relationshipTotal: number;
  relationshipCounts: RelationshipCount[];
  sources: SourceRef[];
}

export interface NeighbourhoodRequest {
  window: WindowDays;
  id: string;
  depth: number;
  limit: number;
  labels: string[];
  types: string[];
  supernodeDegree: number;
  /** Analysts' retracted claims too. */
  withRetracted: boolean;
}

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  types: string[];
  /** Only paths that follow every relationship from its start to its end. */
  directed: boolean;
  /** Only paths whose dated hops never go back in time. */
  chronological: boolean;
  window: WindowDays;
  limit: number;
  /** Analysts' retracted claims too. */
  withRetracted: boolean;
}

export interface ConsoleResult {
  columns: string[];
  rows: unknown[][];
  graph: Graph;
  truncated: boolean;
  serverMs: number;
}

export function createGraphStore(db: GraphDatabase) {
  return {
    async search(lucene: string, labels: string[], limit: number, window: WindowDays, withRetracted: boolean): Promise<SearchHit[]> {
      const params = { lucene, labels, limit, candidates: limit * 5 + 20, withRetracted, ...windowParams(window) };
      const { records } = await db.read(cypher('search'), params);
      return records.map((r) => ({ node: toNode(r.get('node') as Node), score: Number(r.get('score')) }));
    },

    async nodeDetails({ id, limit, offset }: NodeDetailsRequest): Promise<NodeDetails | undefined> {
      const { records } = await db.read(cypher('node-details'), { id, limit, offset });
      const record = records[0];
      if (!record) return undefined;
      const node = record.get('node') as Node;
      const rels = record.get('relationships') as { rel: Relationship; other: Node; out: boolean }[];
      const counts = record.get('counts') as { type: string; out: boolean; count: unknown }[];
      return {
        node: toNode(node),
        relationships: rels.map(({ rel, other, out }) => ({
          type: rel.type,
          direction: direction(out),
          other: toNode(other),
          properties: plainProperties(rel.properties),
        })),
        relationshipTotal: Number(record.get('total')),
        relationshipCounts: counts.map(({ type, out, count }) => ({ type, direction: direction(out), count: Number(count) })),
        sources: (record.get('sources') as Node[]).map(toSource),
      };
    },

    async nodeExists(id: string): Promise<boolean> {
      const { records } = await db.read(cypher('node-exists'), { id });
      return records[0]?.get('exists') === true;
    },

    async sources(ids: string[]): Promise<SourceRef[]> {
      if (ids.length === 0) return [];
      const { records } = await db.read(cypher('sources-by-id'), { ids });
      return records.map((r) => toSource(r.get('source') as Node));
    },

    async neighbourhood(request: NeighbourhoodRequest): Promise<(Graph & { total: number; supernodes: string[] }) | undefined> {
      const { id, depth, limit, labels, types, supernodeDegree, window, withRetracted } = request;
      const params = { id, limit, labels, types, supernodeDegree, withRetracted, ...windowParams(window) };
      const { records } = await db.read(cypher('neighbourhood', { depth }), params);
      const record = records[0];
      if (!record) return undefined;
      const nodes = record.get('nodes') as Node[];
      const idOf = new Map(nodes.map((node) => [node.elementId, nodeId(node)]));
      return {
        nodes: nodes.map(toNode),
        edges: (record.get('edges') as Relationship[]).map((rel) => toEdge(rel, idOf.get(rel.startNodeElementId)!, idOf.get(rel.endNodeElementId)!)),
        total: Number(record.get('total')),
        supernodes: record.get('supernodes') as string[],
      };
    },

    /** One shortest path (with the order of time, the shortest that keeps to it). */
    shortestPath: (request: PathRequest) => (request.chronological ? chronologicalShortest(db, request) : paths(db, 'paths-shortest', request)),
    /** Every path of the shortest length. */
    allShortestPaths: (request: PathRequest) => (request.chronological ? chronologicalAllShortest(db, request) : paths(db, 'paths-all-shortest', request)),
    /** Every path without a repeated node, up to maxHops, shortest first. */
    allPaths: (request: PathRequest) => paths(db, 'paths-all', request),

    /** Labels and relationship types with their counts, from the count store: no scan, about 25 ms on a million nodes. */
    async labelsAndTypes(): Promise<{ labels: NameCount[]; relationshipTypes: NameCount[] }> {
      const [labels, types] = await Promise.all([db.read(cypher('schema-labels')), db.read(cypher('schema-types'))]);
      return { labels: labels.records.map(counted), relationshipTypes: types.records.map(counted) };
    },

    /** Property keys per label from a bounded sample of each label's nodes: a third of a second on a million nodes. */
    async propertyKeys(): Promise<Record<string, string[]>> {
      const { records } = await db.read(cypher('schema-properties'));
      return Object.fromEntries(records.map((r) => [r.get('label') as string, (r.get('keys') as string[]).sort()]));
    },

    queryPlan: (query: string, params: Record<string, unknown>, pool: StreamOptions['pool']): Promise<QueryPlan> => db.queryPlan(query, params, pool),

    async runReadOnly(query: string, params: Record<string, unknown>, rowLimit: number, options: StreamOptions): Promise<ConsoleResult> {
      const result = await db.streamRead(query, params, rowLimit, options);
      return consoleResult(db, result);
    },

    serverVersion: () => db.serverVersion(),
  };
}

export type GraphStore = ReturnType<typeof createGraphStore>;

async function paths(db: GraphDatabase, query: QueryName, request: PathRequest): Promise<GraphPath[]> {
  const { from, to, maxHops, types, directed, chronological, limit, window, withRetracted } = request;
  const params = { from, to, types, limit, chronological, withRetracted, ...windowParams(window) };
  const { records } = await db.read(cypher(query, { maxHops, arrowEnd: directed ? '->' : '-' }), params);
  // paths-shortest answers one row, with a null path when there is none.
  return records.flatMap((r) => (r.get('path') ? [toPath(r.get('path'))] : []));
}

function windowParams(window: WindowDays): { windowFrom: string; windowTo: string } {
  return { windowFrom: window.from, windowTo: window.to };
}

function counted(record: { get(key: string): unknown }): { name: string; count: number } {
  return { name: record.get('name') as string, count: Number(record.get('count')) };
}

function direction(out: boolean): Direction {
  return out ? 'out' : 'in';
}

function toSource(node: Node): SourceRef {
  const p = node.properties as Record<string, unknown>;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
  return {
    id: nodeId(node),
    name: text('name') ?? nodeId(node),
    publisher: text('publisher'),
    date: text('date') ?? stringOrUndefined(toPlain(p.date)),
    kind: text('kind'),
    url: text('url'),
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** Rows as JSON plus every node, relationship and path in them as a drawable graph. */
async function consoleResult(db: GraphDatabase, result: StreamedResult): Promise<ConsoleResult> {
  const collector = new GraphCollector();
  for (const record of result.records) collector.add([...record.values()]);
  const missing = collector.missingEndpoints();
  if (missing.length > 0) {
    const { records } = await db.read(cypher('nodes-by-element-id'), { ids: missing });
    for (const r of records) collector.nodes.set((r.get('n') as Node).elementId, r.get('n') as Node);
  }
  const idOf = (elementId: string) => {
    const node = collector.nodes.get(elementId);
    return node ? nodeId(node) : elementId;
  };
  return {
    columns: result.keys,
    rows: result.records.map((record) => [...record.values()].map((value) => rowValue(value, idOf))),
    graph: {
      nodes: [...collector.nodes.values()].map(toNode),
      edges: [...collector.relationships.values()].map((rel) => toEdge(rel, idOf(rel.startNodeElementId), idOf(rel.endNodeElementId))),
    },
    truncated: result.truncated,
    serverMs: result.serverMs,
  };
}
