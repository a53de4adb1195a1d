// The graph view: keeps the Cytoscape instance in step with a {nodes, edges} graph and the view's marks.
import type cytoscape from 'cytoscape';
import type { Graph, GraphEdge, GraphNode } from '../api/types.ts';
import { diffGraph } from '../state/graph.ts';
import { confidenceOf, nodeCaption, primaryLabel } from '../state/format.ts';
import type { LayoutName } from '../../../contract/limits.ts';
import { bindEvents, type GraphEvents } from './events.ts';
import { createCy } from './init.ts';
import { centre, fitInView, layoutRunning, runLayout, type LayoutRun } from './layouts.ts';
import { fitLevelOfDetail } from './level-of-detail.ts';
import { inWindow, type TimeWindow } from '../state/time.ts';

/** An API node as a Cytoscape element: the data the stylesheet (styles.ts) selects on and draws. */
/** Class of the boxes that hold ATT&CK techniques, one per tactic; they are drawing aids, not nodes of the graph. */
const TACTIC_GROUP = 'tactic-group';

/**
 * The box an ATT&CK technique is drawn in: the first of its tactics. The Lazarus Group alone uses hundreds of
 * techniques; in a dozen labelled boxes they read as what the group does, rather than as a cloud of gear icons.
 */
function tacticBox(node: GraphNode): string | undefined {
  const tactics = node.properties.tactics;
  if (!node.labels.includes('Technique') || !Array.isArray(tactics) || typeof tactics[0] !== 'string') return undefined;
  return `tactic:${tactics[0]}`;
}

function tacticBoxElement(id: string): cytoscape.ElementDefinition {
  const tactic = id.slice('tactic:'.length).replace(/-/g, ' ');
  const title = `${tactic.charAt(0).toUpperCase()}${tactic.slice(1)}`;
  return { group: 'nodes', data: { id, name: title, title, labels: [], properties: {} }, classes: TACTIC_GROUP };
}

export function nodeElement(node: GraphNode, position?: cytoscape.Position): cytoscape.ElementDefinition {
  const parent = tacticBox(node);
  return {
    group: 'nodes',
    data: {
      ...(parent ? { parent } : {}),
      id: node.id,
      name: node.name,
      labels: node.labels,
      properties: node.properties,
      kind: primaryLabel(node.labels),
      caption: nodeCaption(node),
      ...claimFlags(node.properties),
    },
    position,
  };
}

export function edgeElement(edge: GraphEdge): cytoscape.ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      properties: edge.properties,
      confidence: confidenceOf(edge),
      ...claimFlags(edge.properties),
    },
  };
}

/** Whether an analyst states it (rather than a document), and whether it was retracted: styled apart. */
function claimFlags(properties: Record<string, unknown>): { claimed: boolean; retracted: boolean } {
  return { claimed: typeof properties.claimedBy === 'string', retracted: properties.retracted === true };
}

export interface SyncResult {
  added: number;
  removed: number;
}

export class GraphView {
  readonly #cy: cytoscape.Core;

  constructor(container: HTMLElement, events: GraphEvents) {
    this.#cy = createCy(container);
    bindEvents(this.#cy, events);
    new ResizeObserver(() => this.#cy.resize()).observe(container);
  }

  /** Makes the view show exactly `graph`; new nodes start next to an already placed neighbour. */
  sync(graph: Graph): SyncResult {
    const cy = this.#cy;
    const diff = diffGraph(
      cy
        .elements()
        .not(`.${TACTIC_GROUP}`)
        .map((e) => e.id()),
      graph,
    );
    const placed = cy.nodes().length > 0;
    cy.batch(() => {
      for (const id of diff.remove) cy.getElementById(id).remove();
      const neighbourOf = new Map<string, string>();
      for (const edge of graph.edges) {
        neighbourOf.set(edge.source, neighbourOf.get(edge.source) ?? edge.target);
        neighbourOf.set(edge.target, neighbourOf.get(edge.target) ?? edge.source);
      }
      const additions = diff.addNodes.map((node) => {
        const anchor = neighbourOf.get(node.id);
        const at = anchor ? cy.getElementById(anchor) : undefined;
        const position =
          placed && at?.nonempty() ? { x: at.position('x') + (Math.random() - 0.5) * 80, y: at.position('y') + (Math.random() - 0.5) * 80 } : undefined;
        return nodeElement(node, position);
      });
      const boxes = [...new Set(additions.map((element) => element.data.parent).filter((id): id is string => typeof id === 'string'))];
      cy.add(boxes.filter((id) => cy.getElementById(id).empty()).map(tacticBoxElement));
      cy.add([...additions, ...diff.addEdges.map(edgeElement)]);
      this.#labelTacticBoxes();
    });
    fitLevelOfDetail(cy);
    return { added: diff.addNodes.length + diff.addEdges.length, removed: diff.remove.length };
  }

  /** Each tactic box says how many techniques it holds; an empty one goes. */
  #labelTacticBoxes(): void {
    this.#cy.nodes(`.${TACTIC_GROUP}`).forEach((box) => {
      const count = box.children().length;
      if (count === 0) box.remove();
      else box.data('name', `${box.data('title') as string} (${count})`);
    });
  }

  /** Puts a new version of an element in view in place of the old (a claim edited or retracted). */
  update({ node, edge }: { node?: GraphNode | undefined; edge?: GraphEdge | undefined }): void {
    const element = node ? nodeElement(node) : edge ? edgeElement(edge) : undefined;
    if (!element) return;
    const { id, source: _source, target: _target, parent: _parent, ...data } = element.data;
    this.#cy.getElementById(String(id)).data(data);
  }

  /** Hidden nodes, label and type filters, focus, path and walkthrough marks. */
  mark(marks: {
    hidden: readonly string[];
    hiddenLabels: readonly string[];
    hiddenTypes: readonly string[];
    focus: readonly string[];
    pathNodes: readonly string[];
    pathEdges: readonly string[];
    walkFocus: readonly string[];
    walkHighlight: readonly string[];
  }): void {
    const cy = this.#cy;
    const hidden = new Set(marks.hidden);
    const labels = new Set(marks.hiddenLabels);
    const types = new Set(marks.hiddenTypes);
    const sets: [string, Set<string>][] = [
      ['focus', new Set(marks.focus)],
      ['path', new Set([...marks.pathNodes, ...marks.pathEdges])],
      ['walk-focus', new Set(marks.walkFocus)],
      ['walk-highlight', new Set(marks.walkHighlight)],
    ];
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('hidden', hidden.has(node.id()));
        node.toggleClass(
          'filtered',
          (node.data('labels') as string[]).some((label) => labels.has(label)),
        );
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass('filtered', types.has(edge.data('type') as string));
      });
      for (const [cls, ids] of sets) cy.elements().forEach((e) => void e.toggleClass(cls, ids.has(e.id())));
    });
  }

  /** The time window: elements outside it fade, or hide with `hide`; undated elements are marked. No window: no marks. */
  markTime(window: TimeWindow | undefined, hide: boolean): void {
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements()
        .not(`.${TACTIC_GROUP}`)
        .forEach((element) => {
          const inside = window ? inWindow(element.data('properties') as Record<string, unknown>, window) : true;
          element.toggleClass('time-out', inside === false && !hide);
          element.toggleClass('time-hidden', inside === false && hide);
          element.toggleClass('undated', inside === undefined);
        });
    });
  }

  select(selected?: { kind: 'node' | 'edge'; id: string }): void {
    const cy = this.#cy;
    const target = selected ? cy.getElementById(selected.id) : undefined;
    if (target?.nonempty() && target.selected()) return;
    cy.$(':selected').unselect();
    target?.select();
  }

  layout(name: LayoutName, run: LayoutRun = {}): Promise<void> {
    return runLayout(this.#cy, name, run);
  }

  get layoutRunning(): boolean {
    return layoutRunning();
  }

  fit(ids?: readonly string[]): void {
    fitInView(this.#cy, ids);
  }

  centre(): void {
    centre(this.#cy);
  }

  zoom(factor: number): void {
    const cy = this.#cy;
    const box = cy.extent();
    cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } } }, { duration: 150 });
  }

  /** Counts of what is on screen and what is hidden or filtered. */
  counts(): { nodes: number; edges: number; hidden: number; filtered: number } {
    const cy = this.#cy;
    const nodes = cy.nodes().not(`.hidden, .filtered, .${TACTIC_GROUP}`);
    const edges = cy
      .edges()
      .not('.filtered')
      .filter((e) => nodes.contains((e as cytoscape.EdgeSingular).source()) && nodes.contains((e as cytoscape.EdgeSingular).target()));
    return {
      nodes: nodes.length,
      edges: edges.length,
      hidden: cy.nodes('.hidden').length,
      filtered: cy.nodes('.filtered').not('.hidden').length + cy.edges('.filtered').length,
    };
  }

  has(id: string): boolean {
    return this.#cy.getElementById(id).nonempty();
  }

  nodeIds(): string[] {
    return this.#cy
      .nodes()
      .not(`.${TACTIC_GROUP}`)
      .map((n) => n.id());
  }

  /** Every node in view (a claim form offers them as the other end of a relationship). */
  nodes(): GraphNode[] {
    return this.nodeIds().flatMap((id) => this.node(id) ?? []);
  }

  node(id: string): GraphNode | undefined {
    const n = this.#cy.getElementById(id);
    if (n.empty() || !n.isNode()) return undefined;
    return { id, name: n.data('name'), labels: n.data('labels'), properties: n.data('properties') };
  }

  edge(id: string): GraphEdge | undefined {
    const e = this.#cy.getElementById(id);
    if (e.empty() || !e.isEdge()) return undefined;
    const d = e.data();
    return { id, source: d.source, target: d.target, type: d.type, properties: d.properties };
  }

  /** The elements in view (hidden ones included) as API-shaped JSON. */
  toGraph(): Graph {
    const nodes = this.nodes();
    const edges = this.#cy.edges().map((e) => this.edge(e.id()) as GraphEdge);
    return { nodes, edges };
  }

  /** Where a node is drawn, in page coordinates, for the browser tests (test-hooks.ts). */
  pagePosition(id: string): { x: number; y: number } | undefined {
    const node = this.#cy.getElementById(id);
    const box = this.#cy.container()?.getBoundingClientRect();
    if (node.empty() || !box) return undefined;
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }

  edgeIds(): string[] {
    return this.#cy.edges().map((e) => e.id());
  }

  /** Ids with a mark class (e.g. 'path', 'hidden'), for the browser tests (test-hooks.ts). */
  parentOf(id: string): string | undefined {
    const parent = this.#cy.getElementById(id).parent();
    return parent.nonempty() ? parent.first().id() : undefined;
  }

  marked(cls: string): string[] {
    return this.#cy.elements(`.${cls}`).map((e) => e.id());
  }

  /** A small JPEG of the whole graph as a data: URL: a saved view's thumbnail, a recorded step's picture. */
  thumbnail(): string | undefined {
    if (this.#cy.elements().empty()) return undefined;
    return this.#cy.jpg({ output: 'base64uri', full: true, bg: '#ffffff', maxWidth: 640, maxHeight: 400, quality: 0.8 });
  }

  png(): Blob {
    return this.#cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 8000, maxHeight: 8000 });
  }
}
