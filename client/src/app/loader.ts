// From a ViewState to the data it draws: every request is cached, so undo/redo and small changes are instant.
import { findPaths, getNeighbourhood, getWalkthrough, runCypher } from '../api/endpoints.ts';
import { rememberSources } from '../api/sources.ts';
import type { CypherResponse, Graph, NeighbourhoodResponse, PathsResponse, Walkthrough } from '../api/types.ts';
import { mergeGraphs, withoutNodes } from '../state/graph.ts';
import type { PathQuery, ViewState } from '../state/view-state.ts';

export interface Loaded {
  graph: Graph;
  /** Neighbours found but not shown because of the limit. */
  more: number;
  /** Supernodes in view whose links to each other were not looked up (see the neighbourhood API). */
  supernodes: Supernodes;
  paths?: PathsResponse;
  pathError?: unknown;
  cypher?: CypherResponse;
  cypherError?: unknown;
  walkthrough?: Walkthrough;
  walkthroughError?: unknown;
  /** Failures of neighbourhood requests. */
  errors: unknown[];
}

interface Supernodes {
  ids: string[];
  degree: number;
}

const CACHE_SIZE = 120;

function pathKey(q: PathQuery, retracted: Retracted): string {
  return `path|${q.from}|${q.to}|${q.mode}|${q.maxHops}|${q.types.join(',')}|${q.order}|${q.rank}|${retracted}`;
}

/** Whether answers hold analysts' retracted claims (the API's `retracted` parameter). */
type Retracted = 'hide' | 'show';

export function cypherKey(query: string): string {
  return `cypher|${query}`;
}

export class Loader {
  readonly #cache = new Map<string, Promise<unknown>>();

  #get<T>(key: string, fetcher: () => Promise<T>): Promise<T> {
    const hit = this.#cache.get(key) as Promise<T> | undefined;
    if (hit) {
      // Most recently used last.
      this.#cache.delete(key);
      this.#cache.set(key, hit);
      return hit;
    }
    const promise = fetcher();
    this.#cache.set(key, promise);
    promise.catch(() => this.#cache.delete(key));
    while (this.#cache.size > CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
    return promise;
  }

  invalidate(key: string): void {
    this.#cache.delete(key);
  }

  /** Forgets every answer: after a change to the graph, any of them may be out of date. */
  clear(): void {
    this.#cache.clear();
  }

  neighbourhood(id: string, depth: number, limit: number, types: readonly string[] = [], retracted: Retracted = 'hide'): Promise<NeighbourhoodResponse> {
    return this.#get(`nb|${id}|${depth}|${limit}|${types.join(',')}|${retracted}`, () => getNeighbourhood(id, { depth, limit, types: [...types], retracted }));
  }

  walkthrough(id: string): Promise<Walkthrough> {
    return this.#get(`walk|${id}`, () => getWalkthrough(id));
  }

  async load(state: ViewState): Promise<Loaded> {
    const hoods: Promise<NeighbourhoodResponse>[] = [];
    const retracted: Retracted = state.showRetracted ? 'show' : 'hide';
    if (state.focus) hoods.push(this.neighbourhood(state.focus, state.depth, state.limit, [], retracted));
    for (const expansion of state.expanded) hoods.push(this.neighbourhood(expansion.id, 1, state.limit, expansion.types, retracted));
    const path = state.path;
    const paths = path ? this.#get(pathKey(path, retracted), () => findPaths({ ...path, limit: 25, retracted })) : undefined;
    const cypherQuery = state.cypher;
    const cypher = cypherQuery ? this.#get(cypherKey(cypherQuery), () => runCypher(cypherQuery)) : undefined;
    const walk = state.walkthrough ? this.walkthrough(state.walkthrough.id) : undefined;

    const [hoodResults, pathResult, cypherResult, walkResult] = await Promise.all([
      Promise.allSettled(hoods),
      paths
        ? paths.then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          )
        : undefined,
      cypher
        ? cypher.then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          )
        : undefined,
      walk
        ? walk.then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          )
        : undefined,
    ]);

    const graphs: Graph[] = [];
    const errors: unknown[] = [];
    let more = 0;
    const supernodes: Supernodes = { ids: [], degree: 0 };
    for (const result of hoodResults) {
      if (result.status === 'rejected') {
        errors.push(result.reason);
        continue;
      }
      graphs.push(result.value);
      if (result.value.truncated) more += Math.max(0, result.value.total - (result.value.nodes.length - 1));
      // One supernode alone misses no link: only links between two of them are left out.
      if (result.value.supernodes.length > 1) {
        supernodes.ids = [...new Set([...supernodes.ids, ...result.value.supernodes])];
        supernodes.degree = result.value.supernodeDegree;
      }
    }
    const loaded: Loaded = { graph: { nodes: [], edges: [] }, more, supernodes, errors };
    if (pathResult && 'value' in pathResult) {
      loaded.paths = pathResult.value;
      rememberSources(pathResult.value.sources);
      graphs.push(...pathResult.value.paths);
    } else if (pathResult) loaded.pathError = pathResult.error;
    if (cypherResult && 'value' in cypherResult) {
      loaded.cypher = cypherResult.value;
      graphs.push(cypherResult.value.graph);
    } else if (cypherResult) loaded.cypherError = cypherResult.error;
    if (walkResult && 'value' in walkResult) {
      loaded.walkthrough = walkResult.value;
      const step = walkResult.value.steps[state.walkthrough?.step ?? 0];
      if (step) graphs.push(step.graph);
    } else if (walkResult) loaded.walkthroughError = walkResult.error;
    loaded.graph = withoutNodes(mergeGraphs(graphs), state.removed);
    return loaded;
  }
}
