// Most credible paths (docs/data-model.md § Credibility): a path is as strong as its weakest hop. Paths sort by that
// hop's confidence (confirmed > reported > alleged > suspected > none given), then by how many sources state it
// (more first), then by length (shorter first).
import { CONFIDENCE_LEVELS } from '../../contract/limits.ts';
import type { GraphEdge, GraphPath } from '../domain.ts';

type WeakestHop = NonNullable<GraphPath['weakestHop']>;

/** 0 for confirmed … 3 for suspected, 4 for a hop without a known level. */
function strength(edge: GraphEdge): number {
  const level = CONFIDENCE_LEVELS.indexOf(edge.properties.confidence as (typeof CONFIDENCE_LEVELS)[number]);
  return level === -1 ? CONFIDENCE_LEVELS.length : level;
}

function sourceCount(edge: GraphEdge): number {
  const sources = edge.properties.sources;
  return Array.isArray(sources) ? new Set(sources.filter((id) => typeof id === 'string')).size : 0;
}

/** The hop with the lowest confidence, and among those the one with the fewest sources; the first on the path wins ties. */
function weakestEdge(path: GraphPath): GraphEdge | undefined {
  let weakest: GraphEdge | undefined;
  for (const edge of path.edges) {
    if (!weakest || strength(edge) > strength(weakest) || (strength(edge) === strength(weakest) && sourceCount(edge) < sourceCount(weakest))) {
      weakest = edge;
    }
  }
  return weakest;
}

function describeWeakest(path: GraphPath, weakest: GraphEdge): WeakestHop {
  const confidence = typeof weakest.properties.confidence === 'string' ? weakest.properties.confidence : 'not given';
  const count = sourceCount(weakest);
  const names = new Map(path.nodes.map((node) => [node.id, node.name]));
  const context = typeof weakest.properties.context === 'string' ? `: ${weakest.properties.context}` : '';
  return {
    edge: weakest.id,
    confidence,
    sources: count,
    why: `${names.get(weakest.source)} ${weakest.type} ${names.get(weakest.target)} is ${confidence}, stated by ${count} source${count === 1 ? '' : 's'}${context}`,
  };
}

/** The paths, most credible first, each with its weakest hop. Equal paths keep their order. */
export function byCredibility(paths: GraphPath[]): GraphPath[] {
  return paths
    .map((path, index) => {
      const weakest = weakestEdge(path);
      const key = weakest ? [strength(weakest), -sourceCount(weakest), path.length] : [0, 0, path.length];
      return { path: weakest ? { ...path, weakestHop: describeWeakest(path, weakest) } : path, index, key: key as [number, number, number] };
    })
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index)
    .map(({ path }) => path);
}
