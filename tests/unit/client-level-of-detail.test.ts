import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { bindEvents } from '../../client/src/view/events.ts';
import { fitLevelOfDetail, isLargeView, LARGE_VIEW_ELEMENTS } from '../../client/src/view/level-of-detail.ts';

const noop = { selectNode() {}, selectEdge() {}, clearSelection() {}, expand() {}, contextMenu() {} };

/** A star around `hub` plus unconnected nodes, `elements` elements in all. */
function star(elements: number): cytoscape.Core {
  const cy = cytoscape({ headless: true });
  const leaves = Math.floor((elements - 1) / 2);
  cy.add({ group: 'nodes', data: { id: 'hub' } });
  for (let i = 0; i < leaves; i++) {
    cy.add({ group: 'nodes', data: { id: `n${i}` } });
    cy.add({ group: 'edges', data: { id: `e${i}`, source: i < 3 ? 'hub' : `n${i - 1}`, target: `n${i}` } });
  }
  while (cy.elements().length < elements) cy.add({ group: 'nodes', data: { id: `x${cy.elements().length}` } });
  return cy;
}

describe('level of detail', () => {
  it('calls a view large only past LARGE_VIEW_ELEMENTS elements, and follows it as it grows and shrinks', () => {
    const cy = star(LARGE_VIEW_ELEMENTS);
    fitLevelOfDetail(cy);
    expect(isLargeView(cy)).toBe(false);
    cy.add({ group: 'nodes', data: { id: 'one-more' } });
    fitLevelOfDetail(cy);
    expect(isLargeView(cy)).toBe(true);
    cy.getElementById('one-more').remove();
    fitLevelOfDetail(cy);
    expect(isLargeView(cy)).toBe(false);
  });

  it("fades everything outside a selected node's neighbourhood in a small view", () => {
    const cy = star(41);
    fitLevelOfDetail(cy);
    bindEvents(cy, noop);
    cy.getElementById('hub').select();
    expect(
      cy
        .elements('.neighbour')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['e0', 'e1', 'e2', 'n0', 'n1', 'n2']);
    expect(cy.elements('.faded').length).toBe(41 - 7);
    cy.getElementById('hub').unselect();
    expect(cy.elements('.faded, .neighbour').length).toBe(0);
  });

  it('marks only the neighbourhood in a large view, and leaves hover alone', () => {
    const cy = star(LARGE_VIEW_ELEMENTS + 1);
    fitLevelOfDetail(cy);
    bindEvents(cy, noop);
    cy.getElementById('n10').emit('mouseover');
    expect(cy.elements('.faded, .neighbour').length).toBe(0);
    cy.getElementById('hub').select();
    expect(
      cy
        .elements('.neighbour')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['e0', 'e1', 'e2', 'n0', 'n1', 'n2']);
    expect(cy.elements('.faded').length).toBe(0);
  });
});
