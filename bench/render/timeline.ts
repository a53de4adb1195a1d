// The timeline part of the render benchmark: the product's timeline panel (client/src/panels/timeline.ts, vis-timeline)
// given a view with N dated elements, the time from data arrival to the first frame that shows them, and the frame rate
// while the axis is panned with the mouse (Playwright's pointer events, which vis-timeline's gesture code handles as
// a person's).
import type { Graph, GraphEdge, GraphNode } from '../../client/src/api/types.ts';
import { TimelinePanel } from '../../client/src/panels/timeline.ts';
import { rng } from './rng.ts';

export interface TimelineLoadResult {
  items: number;
  /** Items vis-timeline drew in the DOM (those in the visible range, and a margin). */
  drawnItems: number;
  /** Data in hand -> the frame after the panel drew the items (rAF, then a task: the frame has been painted). */
  firstFrameMs: number;
  longTasks: { count: number; maxMs: number };
}

export interface TimelinePanResult {
  fps: number;
  frames: number;
  /** Frames in which the axis had moved since the frame before. */
  movedFrames: number;
  maxFrameGapMs: number;
  longTasks: { count: number; maxMs: number };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The span a date text of the generator's kind covers (scripts/gen/model.ts): a year, a month or a day between 2009
 * and 2024, and one in five a period of up to four years, as the API sends them (timeFrom, timeTo, timePrecision).
 */
function span(random: () => number): Record<string, string> {
  const year = 2009 + Math.floor(random() * 16);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const precision = random();
  if (random() < 0.2) return { timeFrom: `${year}-01-01`, timeTo: `${Math.min(2024, year + 1 + Math.floor(random() * 3))}-12-31`, timePrecision: 'year' };
  if (precision < 1 / 3) return { timeFrom: `${year}-01-01`, timeTo: `${year}-12-31`, timePrecision: 'year' };
  if (precision < 2 / 3) return { timeFrom: `${year}-${pad(month)}-01`, timeTo: `${year}-${pad(month)}-28`, timePrecision: 'month' };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { timeFrom: date, timeTo: date, timePrecision: 'day' };
}

/** A view with `items` dated elements (40 % nodes, 60 % relationships among them) and as many undated nodes again. */
function datedGraph(items: number): Graph {
  const random = rng(items);
  const datedNodes = Math.round(items * 0.4);
  const nodes: GraphNode[] = [];
  for (let i = 0; i < datedNodes * 2; i++) {
    const properties = i < datedNodes ? span(random) : {};
    nodes.push({ id: `n${i}`, name: `Incident ${i}`, labels: ['Incident'], properties });
  }
  const edges: GraphEdge[] = [];
  for (let e = 0; e < items - datedNodes; e++) {
    const source = `n${Math.floor(random() * nodes.length)}`;
    const target = `n${Math.floor(random() * nodes.length)}`;
    edges.push({ id: `${source}~TARGETED~${target}~${e}`, source, target, type: 'TARGETED', properties: { confidence: 'reported', ...span(random) } });
  }
  return { nodes, edges };
}

function collectLongTasks(): { stop(): { count: number; maxMs: number } } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return { count: entries.length, maxMs: Math.round(entries.reduce((max, e) => Math.max(max, e.duration), 0)) };
    },
  };
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** After the next frame has been painted: a task queued from its animation frame callback runs after the paint. */
const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

let panel: TimelinePanel | undefined;

function container(): HTMLElement {
  return document.getElementById('timeline')!;
}

function centre(): HTMLElement {
  return container().querySelector<HTMLElement>('.vis-panel.vis-center')!;
}

/** The panel exists before any data (as in the product, where it is built with the page); then the view arrives. */
export async function timelineLoad(items: number): Promise<TimelineLoadResult> {
  // The product's styles (its own and vis-timeline's, as client/src/main.ts loads them), for the timeline's only:
  // the graph cases run without them, as they always have.
  await Promise.all([import('vis-timeline/styles/vis-timeline-graph2d.min.css'), import('../../client/src/styles.css')]);
  document.getElementById('cy')!.style.display = 'none';
  container().style.display = '';
  panel = new TimelinePanel(container(), { select() {}, setWindow() {}, setHideOutside() {} });
  const graph = datedGraph(items);
  await painted();
  const longTasks = collectLongTasks();
  // Data arrival: the view's elements are in hand, as after `await response.json()`.
  const t0 = performance.now();
  panel.show(graph);
  const drawnAt = await painted();
  return {
    items: container().querySelector('[data-testid="timeline-status"]')!.textContent!.startsWith(`${items} dated`) ? items : -1,
    drawnItems: container().querySelectorAll('.vis-item:not(.vis-dot)').length,
    firstFrameMs: Math.round(drawnAt - t0),
    longTasks: longTasks.stop(),
  };
}

let panning: { tasks: ReturnType<typeof collectLongTasks>; start: number; frames: number; moved: number; maxGap: number; stopped: boolean } | undefined;

/** The first label of the time axis and where it is drawn: this changes in every frame in which the axis moved. */
function axisOffset(): string {
  const label = container().querySelector('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
  return label ? `${label.textContent}@${label.getBoundingClientRect().left}` : '';
}

/** Starts counting frames; the caller then drags the axis from the returned point (the middle of the items area). */
export async function timelinePanStart(): Promise<{ x: number; y: number }> {
  await frame();
  const state = { tasks: collectLongTasks(), start: performance.now(), frames: 0, moved: 0, maxGap: 0, stopped: false };
  panning = state;
  let last = state.start;
  let offset = axisOffset();
  const tick = (at: number) => {
    state.frames += 1;
    state.maxGap = Math.max(state.maxGap, at - last);
    last = at;
    const now = axisOffset();
    if (now !== offset) state.moved += 1;
    offset = now;
    if (!state.stopped) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const box = centre().getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 60) };
}

export async function timelinePanStop(): Promise<TimelinePanResult> {
  const state = panning!;
  const elapsed = performance.now() - state.start;
  state.stopped = true;
  return {
    fps: Math.round((state.frames / elapsed) * 1000 * 10) / 10,
    frames: state.frames,
    movedFrames: state.moved,
    maxFrameGapMs: Math.round(state.maxGap),
    longTasks: state.tasks.stop(),
  };
}

/**
 * Selecting a dated node of the view as the graph would, to the painted frame that shows it selected: in a crowded
 * view the clusters are formed again without it. The median of five nodes spread over the view.
 */
export async function timelineSelect(): Promise<{ selectMs: number; shown: boolean }> {
  const dated = Number(container().querySelector('[data-testid="timeline-status"]')!.textContent!.split(' ')[0]);
  const times: number[] = [];
  let shown = true;
  for (let k = 1; k <= 5; k++) {
    const id = `n${Math.floor((dated * 0.4 * k) / 6)}`;
    await painted();
    const t0 = performance.now();
    panel!.select({ kind: 'node', id });
    times.push((await painted()) - t0);
    shown &&= container().querySelector('.vis-item.vis-selected') !== null;
  }
  return { selectMs: Math.round(times.sort((a, b) => a - b)[2]!), shown };
}
