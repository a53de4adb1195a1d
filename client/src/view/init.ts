// Creating the Cytoscape instance. Only the modules in view/ touch it, and the render benchmark (bench/render), which
// draws with these same options.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from './styles.ts';

let registered = false;

/** The explorer's Cytoscape; `overrides` replace its options, for the render benchmark's variants (e.g. the WebGL renderer). */
export function createCy(container: HTMLElement, overrides: Partial<cytoscape.CytoscapeOptions> = {}): cytoscape.Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape({
    container,
    style: stylesheet(),
    elements: [],
    minZoom: 0.08,
    maxZoom: 4,
    selectionType: 'single',
    boxSelectionEnabled: false,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    pixelRatio: 'auto',
    ...overrides,
  });
}
