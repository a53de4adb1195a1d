// Render benchmark page: draws a synthetic graph of N elements with the product's stylesheet and reports the time
// from data arrival to the first drawn frame, the frame rate while panning, and main-thread long tasks.
// Driven by scripts/bench/render.ts through window.runBench.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from '../../client/src/view/styles.ts';

cytoscape.use(fcose);

export interface RenderCase {
  elements: number;
  renderer: 'canvas' | 'canvas-viewport' | 'webgl';
  layout: 'preset' | 'fcose';
  panMs: number;
}

export interface RenderResult extends RenderCase {
  nodes: number;
  edges: number;
  /** Data in hand -> Cytoscape has drawn the first frame (layout included for fcose). */
  firstFrameMs: number;
  layoutMs: number;
  panFps: number;
  panFrames: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
  panLongTasks: { count: number; totalMs: number; maxMs: number };
  webglAvailable: boolean;
}

const KINDS = ['Group', 'Person', 'Victim', 'Incident', 'Organization', 'Country', 'Launderer', 'Alias', 'Malware', 'Source'];
const TYPES = ['TARGETED', 'CONDUCTED', 'LOCATED_IN', 'REPORTED', 'USED', 'CONCERNS', 'ALIAS_OF', 'LAUNDERED'];
const CONFIDENCE = ['confirmed', 'reported', 'alleged', 'suspected'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A neighbourhood-like graph of `elements` elements (40 % nodes): a few hubs, most nodes with one or two links,
 * as the API returns them; positions precomputed (rings around the hubs) for the preset layout.
 */
function graph(elements: number, withPositions: boolean): cytoscape.ElementDefinition[] {
  const random = rng(elements);
  const nodeCount = Math.round(elements * 0.4);
  const edgeCount = elements - nodeCount;
  const hubs = Math.max(1, Math.round(nodeCount / 60));
  const side = Math.ceil(Math.sqrt(hubs));
  const out: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const hub = i % hubs;
    const ring = Math.floor(i / hubs);
    const angle = ring * 2.399963; // golden angle: no overlaps
    const radius = 60 * Math.sqrt(ring);
    const cx = (hub % side) * 1600;
    const cy = Math.floor(hub / side) * 1600;
    const kind = i < hubs ? 'Group' : KINDS[Math.floor(random() * KINDS.length)]!;
    out.push({
      group: 'nodes',
      data: { id: `n${i}`, name: `Node ${i}`, kind, caption: `${kind} node ${i}`, labels: [kind], properties: {} },
      position: withPositions ? { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) } : undefined,
    });
  }
  const seen = new Set<string>();
  for (let e = 0; out.length < nodeCount + edgeCount && e < edgeCount * 4; e++) {
    const target = 1 + Math.floor(random() * (nodeCount - 1));
    const source = random() < 0.7 ? target % hubs : Math.floor(random() * nodeCount);
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const id = `n${source}~${type}~n${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    out.push({ group: 'edges', data: { id, source: `n${source}`, target: `n${target}`, type, confidence: CONFIDENCE[Math.floor(random() * 4)], properties: {} } });
  }
  return out;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function collectLongTasks(): { stop(): { count: number; totalMs: number; maxMs: number } } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return {
        count: entries.length,
        totalMs: Math.round(entries.reduce((sum, e) => sum + e.duration, 0)),
        maxMs: Math.round(entries.reduce((max, e) => Math.max(max, e.duration), 0)),
      };
    },
  };
}

function webglAvailable(): boolean {
  return !!document.createElement('canvas').getContext('webgl2');
}

async function runBench(c: RenderCase): Promise<RenderResult> {
  const container = document.getElementById('cy')!;
  container.replaceChildren();
  const elements = graph(c.elements, c.layout === 'preset');
  await frame();
  const longTasks = collectLongTasks();
  // Data arrival: the elements are in hand, as after `await response.json()`.
  const t0 = performance.now();
  const cy = cytoscape({
    container,
    style: stylesheet(),
    elements: [],
    minZoom: 0.02,
    maxZoom: 4,
    selectionType: 'single',
    boxSelectionEnabled: false,
    // The product's settings; 'canvas-viewport' tries Cytoscape's options for large graphs.
    textureOnViewport: c.renderer === 'canvas-viewport',
    hideEdgesOnViewport: c.renderer === 'canvas-viewport',
    hideLabelsOnViewport: c.renderer === 'canvas-viewport',
    pixelRatio: 'auto',
    // cytoscape >= 3.31: the WebGL renderer is an option of the canvas renderer (not in @types/cytoscape yet).
    ...(c.renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  const rendered = new Promise<number>((resolve) => cy.one('render', () => resolve(performance.now())));
  cy.add(elements);
  const layoutStart = performance.now();
  if (c.layout === 'fcose') {
    // The product's settings for a large view (client/src/view/layouts.ts): draft quality, no animation.
    const n = cy.nodes().length;
    const layout = cy.layout({
      name: 'fcose',
      animate: false,
      fit: true,
      padding: 40,
      quality: n >= 800 ? 'draft' : 'default',
      randomize: true,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 9000,
      numIter: n >= 800 ? 800 : 2500,
      packComponents: true,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  } else {
    cy.fit(undefined, 40);
  }
  const layoutMs = performance.now() - layoutStart;
  const drawnAt = await rendered;
  await frame();
  const firstFrameMs = drawnAt - t0;
  const loadTasks = longTasks.stop();

  // Panning: one pan step per animation frame, counting the frames Cytoscape actually draws.
  const panTasks = collectLongTasks();
  let renders = 0;
  cy.on('render', () => renders++);
  const panStart = performance.now();
  let step = 0;
  while (performance.now() - panStart < c.panMs) {
    const dx = Math.sin(step / 20) * 12;
    cy.panBy({ x: dx, y: 4 * Math.cos(step / 25) });
    step++;
    await frame();
  }
  const panElapsed = performance.now() - panStart;
  const result: RenderResult = {
    ...c,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firstFrameMs: Math.round(firstFrameMs),
    layoutMs: Math.round(layoutMs),
    panFps: Math.round((renders / panElapsed) * 1000 * 10) / 10,
    panFrames: renders,
    longTasks: loadTasks,
    panLongTasks: panTasks.stop(),
    webglAvailable: webglAvailable(),
  };
  cy.destroy();
  return result;
}

declare global {
  interface Window {
    runBench: typeof runBench;
    benchReady: boolean;
  }
}

window.runBench = runBench;
window.benchReady = true;
