// Ranking paths by their weakest hop (server/services/credibility.ts), on paths built by hand.
import { describe, expect, it } from 'vitest';
import type { GraphPath } from '../../server/domain.ts';
import { byCredibility } from '../../server/services/credibility.ts';

/** A path through nodes n0, n1…, one hop per [confidence, number of sources]. */
function path(name: string, hops: [string | undefined, number][]): GraphPath {
  const nodes = [0, ...hops.map((_, i) => i + 1)].map((i) => ({ id: `${name}${i}`, labels: [], name: `${name.toUpperCase()} ${i}`, properties: {} }));
  const edges = hops.map(([confidence, sources], i) => ({
    id: `${name}-e${i}`,
    source: `${name}${i}`,
    target: `${name}${i + 1}`,
    type: 'LINKED_TO',
    properties: { ...(confidence ? { confidence } : {}), sources: Array.from({ length: sources }, (_, s) => `source-${s}`) },
  }));
  return { nodes, edges, length: hops.length };
}

const order = (paths: GraphPath[]) => byCredibility(paths).map((p) => p.edges[0]!.id.split('-')[0]);

describe('byCredibility', () => {
  it('puts the path whose weakest hop is firmer first, however long it is', () => {
    const short = path('short', [['suspected', 3]]);
    const long = path('long', [
      ['confirmed', 1],
      ['reported', 1],
      ['reported', 2],
    ]);
    expect(order([short, long])).toEqual(['long', 'short']);
  });

  it('between equal weakest levels, prefers more sources for that hop, then the shorter path', () => {
    const oneSource = path('one', [['alleged', 1]]);
    const twoSources = path('two', [
      ['confirmed', 1],
      ['alleged', 2],
    ]);
    const longer = path('longer', [
      ['confirmed', 1],
      ['confirmed', 1],
      ['alleged', 2],
    ]);
    expect(order([oneSource, longer, twoSources])).toEqual(['two', 'longer', 'one']);
  });

  it('orders confirmed > reported > alleged > suspected > not given', () => {
    const levels = ['suspected', undefined, 'reported', 'confirmed', 'alleged'];
    const paths = levels.map((level, i) => path(`p${i}`, [[level, 1]]));
    expect(byCredibility(paths).map((p) => p.edges[0]!.properties.confidence ?? 'none')).toEqual(['confirmed', 'reported', 'alleged', 'suspected', 'none']);
  });

  it('names the weakest hop and says why', () => {
    const [ranked] = byCredibility([
      path('w', [
        ['confirmed', 2],
        ['suspected', 1],
        ['suspected', 2],
      ]),
    ]);
    expect(ranked!.weakestHop).toEqual({ edge: 'w-e1', confidence: 'suspected', sources: 1, why: 'W 1 LINKED_TO W 2 is suspected, stated by 1 source' });
  });
});
