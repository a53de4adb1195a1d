// Render benchmark page: draws a synthetic graph of N elements with the product's view code and reports the time
// from data arrival to the first drawn frame, the frame rate while the graph is dragged, and click latency.
// Driven by scripts/bench/render.ts through window.bench (the mouse gestures come from Playwright).
import type cytoscape from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../client/src/api/types.ts';
import { bindEvents } from '../../client/src/view/events.ts';
import { edgeElement, nodeElement } from '../../client/src/view/graph.ts';
import { createCy } from '../../client/src/view/init.ts';
import { runLayout } from '../../client/src/view/layouts.ts';
import { fitLevelOfDetail } from '../../client/src/view/level-of-detail.ts';
import { timelineLoad, timelinePanStart, timelinePanStop, timelineSelect } from './timeline.ts';
import { rng } from './rng.ts';

export interface RenderCase {
  elements: number;
  /** Whether large views switch to drawing less (client/src/view/level-of-detail.ts), as the product does. */
  levelOfDetail: boolean;
  renderer: 'canvas' | 'webgl';
  layout: 'preset' | 'fcose';
}

interface LongTasks {
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface LoadResult {
  nodes: number;
  edges: number;
  firstFrameMs: number;
  /** Data in hand -> the first frame drawn with the layout's final positions. */
  settledMs: number;
  layoutMs: number;
  longTasks: LongTasks;
  webgl: boolean;
}

export interface DragResult {
  fps: number;
  frames: number;
  maxFrameGapMs: number;
  meanDrawMs: number;
  pannedPx: number;
  longTasks: LongTasks;
}

export interface TapResult {
  selectMs: number;
  frameMs: number;
  longTasks: LongTasks;
}

const KINDS = ['Group', 'Person', 'Victim', 'Incident', 'Organization', 'Country', 'Launderer', 'Alias', 'Malware', 'Source'];
const TYPES = ['TARGETED', 'CONDUCTED', 'LOCATED_IN', 'REPORTED', 'USED', 'CONCERNS', 'ALIAS_OF', 'LAUNDERED'];
const CONFIDENCE = ['confirmed', 'reported', 'alleged', 'suspected'];

/**
 * A neighbourhood-like graph of `elements` elements (40 % nodes): a few hubs, most nodes with one or two links,
 * as the API returns them, turned into elements by the product's own mapping; positions precomputed (rings around
 * the hubs) for the preset layout.
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
    const node: GraphNode = { id: `n${i}`, name: `${kind} node ${i}`, labels: [kind], properties: {} };
    out.push(nodeElement(node, withPositions ? { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) } : undefined));
  }
  const seen = new Set<string>();
  for (let e = 0; out.length < nodeCount + edgeCount && e < edgeCount * 4; e++) {
    const target = 1 + Math.floor(random() * (nodeCount - 1));
    const source = random() < 0.7 ? target % hubs : Math.floor(random() * nodeCount);
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const id = `n${source}~${type}~n${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    const edge: GraphEdge = { id, source: `n${source}`, target: `n${target}`, type, properties: { confidence: CONFIDENCE[Math.floor(random() * 4)] } };
    out.push(edgeElement(edge));
  }
  return out;
}

// cytoscape >= 3.31: the WebGL renderer is an option of the canvas renderer (not in @types/cytoscape yet).
const WEBGL = { renderer: { name: 'canvas', webgl: true } } as Partial<cytoscape.CytoscapeOptions>;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function collectLongTasks(): { stop(): LongTasks } {
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

/** Cytoscape's own count of drawn frames and the time spent drawing them; the same for canvas and WebGL. */
interface RendererStats {
  redrawCount?: number;
  redrawTotalTime?: number;
}

let cy: cytoscape.Core | undefined;

function stats(): { frames: number; drawMs: number } {
  const r = (cy as unknown as { renderer(): RendererStats }).renderer();
  return { frames: r.redrawCount ?? 0, drawMs: r.redrawTotalTime ?? 0 };
}

/**
 * Resolves with the time at which Cytoscape is seen to have drawn a frame after the call. performance.now(), not the
 * animation frame's own timestamp: that is when the frame began, which can be long before a busy thread got to it.
 */
async function nextDrawnFrame(): Promise<number> {
  const before = stats().frames;
  for (;;) {
    await frame();
    if (stats().frames > before) return performance.now();
  }
}

async function load(c: RenderCase): Promise<LoadResult> {
  const container = document.getElementById('cy')!;
  cy?.destroy();
  container.replaceChildren();
  const elements = graph(c.elements, c.layout === 'preset');
  await frame();
  const longTasks = collectLongTasks();
  // Data arrival: the elements are in hand, as after `await response.json()`.
  const t0 = performance.now();
  cy = createCy(container, c.renderer === 'webgl' ? WEBGL : {});
  bindEvents(cy, { selectNode() {}, selectEdge() {}, clearSelection() {}, expand() {}, contextMenu() {} });
  const drawn = nextDrawnFrame();
  cy.add(elements);
  // As GraphView.sync does after every change; without it, the settings the product had for every size before.
  if (c.levelOfDetail) fitLevelOfDetail(cy);
  const layoutStart = performance.now();
  // The product's own layout code and settings (client/src/view/layouts.ts).
  if (c.layout === 'fcose') await runLayout(cy, 'fcose', { animate: false });
  else cy.fit(undefined, 40);
  const layoutMs = performance.now() - layoutStart;
  const drawnAt = await drawn;
  // A layout that yields to the page lets a first frame through before the final positions; this is the picture settled.
  const settledAt = drawnAt >= layoutStart + layoutMs ? drawnAt : await nextDrawnFrame();
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firstFrameMs: Math.round(drawnAt - t0),
    settledMs: Math.round(settledAt - t0),
    layoutMs: Math.round(layoutMs),
    longTasks: longTasks.stop(),
    webgl: !!container.querySelector('canvas[data-id$="-webgl"]'),
  };
}

/** A point in the viewport (page coordinates) far from every node and edge, where a drag pans the graph. */
function emptySpot(): { x: number; y: number } {
  const core = cy!;
  const box = core.container()!.getBoundingClientRect();
  const nodes = core.nodes().map((n) => n.renderedPosition());
  const edges = core.edges().map((e) => [e.source().renderedPosition(), e.target().renderedPosition()] as const);
  const distance = (x: number, y: number) => {
    let best = Infinity;
    for (const p of nodes) best = Math.min(best, Math.hypot(p.x - x, p.y - y));
    for (const [a, b] of edges) {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(a.x + t * dx - x, a.y + t * dy - y));
    }
    return best;
  };
  let spot = { x: box.width / 2, y: box.height / 2, d: -1 };
  for (let x = 200; x < box.width - 200; x += 20) {
    for (let y = 150; y < box.height - 150; y += 20) {
      const d = distance(x, y);
      if (d > spot.d) spot = { x, y, d };
    }
  }
  return { x: box.left + spot.x, y: box.top + spot.y };
}

let dragging:
  | {
      tasks: ReturnType<typeof collectLongTasks>;
      start: number;
      stats: { frames: number; drawMs: number };
      pan: cytoscape.Position;
      maxGap: number;
      stopped: boolean;
    }
  | undefined;

/** Starts counting; the caller then drags with the mouse from the returned spot. */
async function dragStart(): Promise<{ x: number; y: number }> {
  const spot = emptySpot();
  await frame();
  const state = { tasks: collectLongTasks(), start: performance.now(), stats: stats(), pan: { ...cy!.pan() }, maxGap: 0, stopped: false };
  dragging = state;
  let last = state.start;
  const tick = (at: number) => {
    state.maxGap = Math.max(state.maxGap, at - last);
    last = at;
    if (!state.stopped) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return spot;
}

async function dragStop(): Promise<DragResult> {
  const state = dragging!;
  const elapsed = performance.now() - state.start;
  const now = stats();
  state.stopped = true;
  const frames = now.frames - state.stats.frames;
  const pan = cy!.pan();
  return {
    fps: Math.round((frames / elapsed) * 1000 * 10) / 10,
    frames,
    maxFrameGapMs: Math.round(state.maxGap),
    meanDrawMs: Math.round(((now.drawMs - state.stats.drawMs) / (frames || 1)) * 10) / 10,
    pannedPx: Math.round(Math.hypot(pan.x - state.pan.x, pan.y - state.pan.y)),
    longTasks: state.tasks.stop(),
  };
}

let tapping: Promise<TapResult> | undefined;

/** Picks a node near the centre of the view and waits for a selection; the caller clicks the returned point. */
async function tapStart(): Promise<{ x: number; y: number }> {
  const core = cy!;
  core.$(':selected').unselect();
  await frame();
  const box = core.container()!.getBoundingClientRect();
  const centre = { x: box.width / 2, y: box.height / 2 };
  const node = core
    .nodes()
    .filter((n) => n.degree(false) > 0)
    .min((n) => Math.hypot((n as cytoscape.NodeSingular).renderedPosition().x - centre.x, (n as cytoscape.NodeSingular).renderedPosition().y - centre.y))
    .ele as cytoscape.NodeSingular;
  const tasks = collectLongTasks();
  tapping = new Promise<TapResult>((resolve) => {
    let down = 0;
    // pointerdown on window comes before every handler of Cytoscape's.
    window.addEventListener('pointerdown', () => (down = performance.now()), { once: true, capture: true });
    // Any selection counts: where nodes overlap, the click may land on a neighbour drawn above the one aimed at.
    core.one('select', () => {
      const selectedAt = performance.now();
      void nextDrawnFrame().then((drawnAt) =>
        resolve({ selectMs: Math.round(selectedAt - down), frameMs: Math.round(drawnAt - down), longTasks: tasks.stop() }),
      );
    });
  });
  const at = node.renderedPosition();
  return { x: box.left + at.x, y: box.top + at.y };
}

function tapResult(): Promise<TapResult> {
  return tapping!;
}

const bench = { load, dragStart, dragStop, tapStart, tapResult, timelineLoad, timelinePanStart, timelinePanStop, timelineSelect };

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
