// Pointer events on the graph, turned into plain callbacks with ids (the panels never see the cy instance).
import type cytoscape from 'cytoscape';
import { isLargeView } from './level-of-detail.ts';

export interface GraphEvents {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  clearSelection(): void;
  expand(id: string): void;
  /** Right-click / long-press; x, y in page coordinates. */
  contextMenu(target: { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'background' }, x: number, y: number): void;
}

function pagePoint(cy: cytoscape.Core, event: cytoscape.EventObject): { x: number; y: number } {
  const box = cy.container()?.getBoundingClientRect();
  const rendered = event.renderedPosition ?? { x: 0, y: 0 };
  return { x: (box?.left ?? 0) + rendered.x, y: (box?.top ?? 0) + rendered.y };
}

/** Hover and selection highlight a node's neighbourhood; in views that are not large, the rest fades. */
function highlightNeighbours(cy: cytoscape.Core, node: cytoscape.NodeSingular | null): void {
  cy.batch(() => {
    cy.elements('.faded, .neighbour').removeClass('faded neighbour');
    if (!node) return;
    const hood = node.closedNeighborhood();
    // A tactic box fades only through its techniques: fading the box would fade every node inside it.
    if (!isLargeView(cy)) cy.elements().not(hood).not('.tactic-group').addClass('faded');
    hood.not(node).addClass('neighbour');
  });
}

export function bindEvents(cy: cytoscape.Core, handlers: GraphEvents): void {
  // Boxes that group nodes (ATT&CK tactics) are parents: only childless nodes are nodes of the graph.
  cy.on('tap', 'node:childless', (event) => handlers.selectNode(event.target.id()));
  cy.on('tap', 'edge', (event) => handlers.selectEdge(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.clearSelection();
  });
  cy.on('dbltap', 'node:childless', (event) => handlers.expand(event.target.id()));
  cy.on('cxttap', (event) => {
    const { x, y } = pagePoint(cy, event);
    if (event.target === cy || event.target.isParent()) handlers.contextMenu({ kind: 'background' }, x, y);
    else if (event.target.isNode()) handlers.contextMenu({ kind: 'node', id: event.target.id() }, x, y);
    else handlers.contextMenu({ kind: 'edge', id: event.target.id() }, x, y);
  });
  // In a large view the pointer crosses many nodes; hover highlighting is left to small views.
  cy.on('mouseover', 'node:childless', (event) => {
    if (cy.$(':selected').empty() && !isLargeView(cy)) highlightNeighbours(cy, event.target);
  });
  cy.on('mouseout', 'node', () => {
    if (isLargeView(cy)) return;
    const selected = cy.$('node:selected');
    highlightNeighbours(cy, selected.nonempty() ? (selected.first() as cytoscape.NodeSingular) : null);
  });
  cy.on('select', 'node', (event) => highlightNeighbours(cy, event.target));
  cy.on('unselect', () => highlightNeighbours(cy, null));
}
