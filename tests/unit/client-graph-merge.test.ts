import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../contract/api.ts';
import { census, diffGraph, mergeGraphs, withoutNodes } from '../../client/src/state/graph.ts';

const node = (id: string, labels = ['Actor'], properties: Record<string, unknown> = {}): GraphNode => ({ id, labels, name: id, properties });
const edge = (source: string, type: string, target: string): GraphEdge => ({
  id: `${source}~${type}~${target}`,
  source,
  target,
  type,
  properties: { confidence: 'reported' },
});

const lazarusHood: Graph = {
  nodes: [node('lazarus-group', ['Actor', 'Group']), node('hidden-cobra', ['Alias']), node('bangladesh-bank-heist', ['Incident'])],
  edges: [edge('hidden-cobra', 'ALIAS_OF', 'lazarus-group'), edge('lazarus-group', 'CONDUCTED', 'bangladesh-bank-heist')],
};
const heistHood: Graph = {
  nodes: [node('bangladesh-bank-heist', ['Incident'], { amountUsd: 81e6 }), node('lazarus-group', ['Actor', 'Group']), node('bangladesh-bank', ['Victim'])],
  edges: [edge('lazarus-group', 'CONDUCTED', 'bangladesh-bank-heist'), edge('bangladesh-bank-heist', 'TARGETED', 'bangladesh-bank')],
};

describe('merging expansions', () => {
  it('keeps each node and edge once', () => {
    const merged = mergeGraphs([lazarusHood, heistHood, lazarusHood]);
    expect(merged.nodes.map((n) => n.id).sort()).toEqual(['bangladesh-bank', 'bangladesh-bank-heist', 'hidden-cobra', 'lazarus-group']);
    expect(merged.edges.map((e) => e.id).sort()).toEqual([
      'bangladesh-bank-heist~TARGETED~bangladesh-bank',
      'hidden-cobra~ALIAS_OF~lazarus-group',
      'lazarus-group~CONDUCTED~bangladesh-bank-heist',
    ]);
  });

  it('completes a node with properties a later copy carries', () => {
    const merged = mergeGraphs([lazarusHood, heistHood]);
    expect(merged.nodes.find((n) => n.id === 'bangladesh-bank-heist')?.properties.amountUsd).toBe(81e6);
  });

  it('drops edges whose ends are not both present', () => {
    const merged = mergeGraphs([{ nodes: [node('a')], edges: [edge('a', 'LINKED_TO', 'b')] }]);
    expect(merged.edges).toEqual([]);
  });

  it('removes nodes together with their edges', () => {
    const merged = withoutNodes(mergeGraphs([lazarusHood, heistHood]), ['bangladesh-bank-heist']);
    expect(merged.nodes.map((n) => n.id)).not.toContain('bangladesh-bank-heist');
    expect(merged.edges.map((e) => e.id)).toEqual(['hidden-cobra~ALIAS_OF~lazarus-group']);
  });

  it('counts labels and relationship types', () => {
    const { labels, types } = census(mergeGraphs([lazarusHood, heistHood]));
    expect(Object.fromEntries(labels)).toEqual({ Actor: 1, Alias: 1, Group: 1, Incident: 1, Victim: 1 });
    expect(Object.fromEntries(types)).toEqual({ ALIAS_OF: 1, CONDUCTED: 1, TARGETED: 1 });
  });
});

describe('applying expansions to a headless Cytoscape view', () => {
  function apply(cy: cytoscape.Core, graph: Graph): void {
    const diff = diffGraph(
      cy.elements().map((e) => e.id()),
      graph,
    );
    for (const id of diff.remove) cy.getElementById(id).remove();
    cy.add([
      ...diff.addNodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...diff.addEdges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ]);
  }

  it('adds only what is new, so expanding twice never duplicates (cy.add would throw on a duplicate id)', () => {
    const cy = cytoscape({ headless: true });
    apply(cy, lazarusHood);
    expect(cy.nodes()).toHaveLength(3);
    const expanded = mergeGraphs([lazarusHood, heistHood]);
    const diff = diffGraph(
      cy.elements().map((e) => e.id()),
      expanded,
    );
    expect(diff.addNodes.map((n) => n.id)).toEqual(['bangladesh-bank']);
    expect(diff.addEdges.map((e) => e.id)).toEqual(['bangladesh-bank-heist~TARGETED~bangladesh-bank']);
    apply(cy, expanded);
    apply(cy, expanded);
    expect(cy.nodes()).toHaveLength(4);
    expect(cy.edges()).toHaveLength(3);
  });

  it('removes what left the state (undo of an expansion)', () => {
    const cy = cytoscape({ headless: true });
    apply(cy, mergeGraphs([lazarusHood, heistHood]));
    apply(cy, lazarusHood);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['bangladesh-bank-heist', 'hidden-cobra', 'lazarus-group']);
    expect(cy.edges()).toHaveLength(2);
  });
});
