// Creating the Cytoscape instance. Only the modules in view/ touch it.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from './styles.ts';

let registered = false;

export function createCy(container: HTMLElement): cytoscape.Core {
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
  });
}
