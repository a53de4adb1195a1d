// Large views draw less while they move. Past LARGE_VIEW_ELEMENTS, a pan or zoom gesture shows a texture of the last
// frame without edges, and a selection marks its neighbourhood without fading the rest: fading restyles and redraws
// every element, which took most of a click's 1.8 s at 5,000 elements (bench/RESULTS.md, render benchmark).
import type cytoscape from 'cytoscape';

export const LARGE_VIEW_ELEMENTS = 1500;

/** The canvas renderer's gesture switches. Cytoscape takes them as options only at start-up and reads them every frame. */
interface GestureSwitches {
  textureOnViewport?: boolean;
  hideEdgesOnViewport?: boolean;
}

function setLargeView(cy: cytoscape.Core, large: boolean): void {
  if (cy.scratch('largeView') === large) return;
  cy.scratch('largeView', large);
  const renderer = (cy as unknown as { renderer(): GestureSwitches | undefined }).renderer();
  if (!renderer) return; // headless: nothing is drawn
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
}

export function isLargeView(cy: cytoscape.Core): boolean {
  return cy.scratch('largeView') === true;
}

/** Switches by the number of elements in the view. */
export function fitLevelOfDetail(cy: cytoscape.Core): void {
  setLargeView(cy, cy.elements().length > LARGE_VIEW_ELEMENTS);
}
