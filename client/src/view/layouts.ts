// Layouts: fcose (force-directed), concentric, breadthfirst, grid. Animated for small views, plain for large ones,
// so the page never locks up.
import type cytoscape from 'cytoscape';
import type { LayoutName } from '../../../contract/limits.ts';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force',
  concentric: 'Concentric',
  breadthfirst: 'Hierarchy',
  grid: 'Grid',
};

const ANIMATE_UP_TO = 400;
const DRAFT_FROM = 800;
const COMFORT_ZOOM = 1.4;

let running: cytoscape.Layouts | undefined;

export interface LayoutRun {
  /** Keep nodes that already have positions roughly where they are (after an expansion). */
  incremental?: boolean;
  /** Roots for breadthfirst and the centre for concentric. */
  roots?: string[];
  animate?: boolean;
}

function options(cy: cytoscape.Core, name: LayoutName, eles: cytoscape.Collection, run: LayoutRun): cytoscape.LayoutOptions {
  const n = eles.nodes().length;
  const animate = (run.animate ?? true) && n <= ANIMATE_UP_TO;
  const common = { animate, animationDuration: 450, fit: true, padding: 40 };
  const roots = (run.roots ?? []).filter((id) => cy.getElementById(id).nonempty());
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: n >= DRAFT_FROM ? 'draft' : 'default',
        randomize: !run.incremental,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        numIter: n >= DRAFT_FROM ? 800 : 2500,
        packComponents: true,
      } as cytoscape.LayoutOptions;
    case 'concentric': {
      const centre = new Set(roots);
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (node: cytoscape.NodeSingular) => (centre.has(node.id()) ? 1000 : node.degree(false)),
        levelWidth: () => 2,
      } as cytoscape.LayoutOptions;
    }
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        roots: roots.length ? roots.reduce((all, id) => all.union(cy.getElementById(id)), cy.collection()) : undefined,
      } as cytoscape.LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, condense: false } as cytoscape.LayoutOptions;
  }
}

/** Runs a layout over the visible elements; a layout still running is stopped first. */
export function runLayout(cy: cytoscape.Core, name: LayoutName, run: LayoutRun = {}): Promise<void> {
  running?.stop();
  const eles = cy.elements().not('.hidden, .filtered');
  if (eles.nodes().empty()) return Promise.resolve();
  const layout = eles.layout(options(cy, name, eles, run));
  running = layout;
  const done = layout.promiseOn('layoutstop').then(() => {
    if (running === layout) running = undefined;
    // A handful of nodes should not fill the screen at 4x.
    if (cy.zoom() > COMFORT_ZOOM) cy.animate({ zoom: COMFORT_ZOOM, center: { eles } }, { duration: 200 });
  });
  // Let the browser paint first: the layout computation itself is synchronous.
  setTimeout(() => layout.run(), 0);
  return done;
}

/** True while a layout (and its animation) is under way. */
export function layoutRunning(): boolean {
  return running !== undefined;
}

/** Fits the given elements, or else every visible one, into the view, never zooming in past COMFORT_ZOOM. */
export function fitInView(cy: cytoscape.Core, ids?: readonly string[]): void {
  const wanted = ids?.reduce((all, id) => all.union(cy.getElementById(id)), cy.collection());
  const visible = wanted?.nonempty() ? wanted : cy.elements().not('.hidden, .filtered');
  // Never zoom in further than is comfortable for a handful of nodes.
  const maxZoom = cy.maxZoom();
  cy.maxZoom(COMFORT_ZOOM);
  cy.animate({ fit: { eles: visible.nonempty() ? visible : cy.elements(), padding: 40 } }, { duration: 300, complete: () => void cy.maxZoom(maxZoom) });
}

export function centre(cy: cytoscape.Core): void {
  const selected = cy.$(':selected');
  const target = selected.nonempty() ? selected : cy.elements().not('.hidden, .filtered');
  cy.animate({ center: { eles: target } }, { duration: 300 });
}
