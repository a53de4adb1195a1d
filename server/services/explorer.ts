// The investigator's questions: search, a node's details, its neighbourhood, paths between two nodes, the schema.
import { AppError } from '../errors.ts';
import type { GraphStore, PathRequest } from '../db/graph-store.ts';
import type { GraphNode, GraphPath } from '../domain.ts';
import { PATH_LIMIT, type PathMode } from '../../contract/limits.ts';
import type {
  NeighbourhoodQuery,
  NeighbourhoodResponse,
  NodeDetailsQuery,
  NodeDetailsResponse,
  PathsQuery,
  PathsResponse,
  SchemaResponse,
  SearchQuery,
  SearchResponse,
  SourcesResponse,
} from '../../contract/api.ts';
import type { Catalog } from './catalog.ts';
import { buildLuceneQuery, describeMatch } from './search-query.ts';
import { claimsAndConflicts, statedBy } from './stix-import.ts';
import { byCredibility } from './credibility.ts';
import { describeWindow, isDated, isWindowed, windowDays } from './time-window.ts';
import { nameKey } from './stix-map.ts';

export interface ExplorerOptions {
  supernodeDegree: number;
}

export function createExplorer(store: GraphStore, catalog: Catalog, { supernodeDegree }: ExplorerOptions) {
  const findPaths: Record<PathMode, (request: PathRequest) => Promise<GraphPath[]>> = {
    shortest: store.shortestPath,
    'all-shortest': store.allShortestPaths,
    all: store.allPaths,
  };

  async function requireNode(id: string, role = 'Node'): Promise<void> {
    if (!(await store.nodeExists(id))) throw new AppError('NOT_FOUND', `${role} '${id}' does not exist`);
  }

  return {
    async search(query: SearchQuery): Promise<SearchResponse> {
      const { q, limit, labels } = query;
      await catalog.checkLabels(labels);
      const lucene = buildLuceneQuery(q);
      if (!lucene) throw new AppError('BAD_REQUEST', 'q must contain at least one letter or digit');
      const hits = await store.search(lucene, labels, limit, windowDays(query), query.retracted === 'show');
      const window = isWindowed(query)
        ? describeWindow(
            query,
            hits.map(({ node }) => node),
            (text) => `No dated node that matches overlaps ${text}${hits.length ? '; the results are undated' : ''}`,
          )
        : undefined;
      return {
        ...(window ? { window } : {}),
        results: hits.map(({ node, score }) => {
          const match = describeMatch(q, node);
          return {
            id: node.id,
            name: node.name,
            labels: node.labels,
            score,
            ...match,
            ...(match.matchedField === 'summary' ? {} : { statedBy: namedBy(node, match.matched) }),
          };
        }),
      };
    },

    async nodeDetails(id: string, { limit, offset }: NodeDetailsQuery): Promise<NodeDetailsResponse> {
      const details = await store.nodeDetails({ id, limit, offset });
      if (!details) throw new AppError('NOT_FOUND', `Node '${id}' does not exist`);
      const next = offset + details.relationships.length;
      return {
        node: details.node,
        relationships: details.relationships.map(({ other, ...rel }) => ({ ...rel, other: { id: other.id, name: other.name, labels: other.labels } })),
        relationshipTotal: details.relationshipTotal,
        relationshipCounts: details.relationshipCounts,
        nextOffset: next < details.relationshipTotal ? next : null,
        sources: details.sources,
        ...claimsAndConflicts(details.node.properties),
      };
    },

    async neighbourhood(id: string, query: NeighbourhoodQuery): Promise<NeighbourhoodResponse> {
      await Promise.all([catalog.checkLabels(query.labels), catalog.checkTypes(query.types)]);
      const graph = await store.neighbourhood({ id, ...query, supernodeDegree, window: windowDays(query), withRetracted: query.retracted === 'show' });
      if (!graph) throw new AppError('NOT_FOUND', `Node '${id}' does not exist`);
      const window = isWindowed(query)
        ? describeWindow(query, [...graph.nodes.filter((node) => node.id !== id), ...graph.edges], (text) =>
            graph.nodes.length > 1 ? `Nothing dated around '${id}' overlaps ${text}; the undated elements are kept` : `Nothing around '${id}' overlaps ${text}`,
          )
        : undefined;
      return { ...graph, truncated: graph.total > query.limit, supernodeDegree, ...(window ? { window } : {}) };
    },

    async paths(query: PathsQuery): Promise<PathsResponse> {
      await catalog.checkTypes(query.types);
      await Promise.all([requireNode(query.from, 'From node'), requireNode(query.to, 'To node')]);
      if (query.from === query.to) throw new AppError('BAD_REQUEST', 'from and to must be different nodes');
      const chronological = query.order === 'chronological';
      const credible = query.rank === 'credibility';
      // Ranking by credibility looks at more candidates than it returns: the most credible need not be the shortest.
      const limit = credible ? Math.min(PATH_LIMIT.max, query.limit * 5) : query.limit;
      const request = {
        ...query,
        limit,
        directed: query.direction === 'outgoing',
        chronological,
        window: windowDays(query),
        withRetracted: query.retracted === 'show',
      };
      const candidates = await findPaths[query.mode](request);
      const found = credible ? byCredibility(candidates).slice(0, query.limit) : candidates;
      const timed = chronological || isWindowed(query);
      const paths = timed ? found.map((path) => ({ ...path, undatedHops: path.edges.filter((edge) => !isDated(edge)).length })) : found;
      const window = isWindowed(query)
        ? describeWindow(
            query,
            paths.flatMap((path) => path.edges),
            (text) => (paths.length ? `No hop of these paths is dated; they pass ${text} undated` : `No path within ${query.maxHops} hops keeps to ${text}`),
          )
        : undefined;
      const note = paths.length === 0 && timed ? (window?.note ?? `No path within ${query.maxHops} hops keeps to the order of time`) : undefined;
      return { paths, sources: await store.sources(citedSources(paths)), ...(window ? { window } : {}), ...(note ? { note } : {}) };
    },

    async sources(ids: string[]): Promise<SourcesResponse> {
      const found = new Map((await store.sources(ids)).map((source) => [source.id, source]));
      return { sources: ids.flatMap((id) => found.get(id) ?? []) };
    },

    schema: (): Promise<SchemaResponse> => catalog.schema(),
  };
}

/** The sources that give a node this name (the node's own sources for seeded names, each claim's for imported ones). */
function namedBy(node: GraphNode, name: string): string[] {
  const p = node.properties;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return statedBy(
    {
      name: node.name,
      aliases: strings(p.aliases),
      ownAliases: Array.isArray(p.ownAliases) ? strings(p.ownAliases) : undefined,
      origin: typeof p.origin === 'string' ? p.origin : undefined,
      sources: strings(p.sources),
      claims: strings(p.claims),
      aliasOf: [],
    },
    nameKey(name),
  );
}

function citedSources(paths: GraphPath[]): string[] {
  const ids = new Set<string>();
  for (const path of paths) {
    for (const edge of path.edges) {
      const sources = edge.properties.sources;
      if (Array.isArray(sources)) for (const id of sources) if (typeof id === 'string') ids.add(id);
    }
  }
  return [...ids];
}
