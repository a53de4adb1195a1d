// The timeline under the canvas (vis-timeline): the dated nodes and relationships of the view on a time axis that
// zooms and pans. Selecting an item selects it in the graph and the other way round. Two handles set the time
// window (drag them, or take the visible range), a play button steps the window through time, and a toggle hides
// what lies outside instead of fading it. The window lives in the URL (state/url.ts).
// A crowded view (more than CLUSTER_FROM dated items) draws items that overlap at the current zoom as one numbered
// cluster, which opens as the user zooms in: vis-timeline stacks every visible item again at each step of a pan,
// which at 2,000 items drops panning to 25 frames a second (bench/RESULTS.md, "Timeline"). The selected item is never
// put in a cluster, so a selection made in the graph always shows on the timeline.
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import type { Graph } from '../api/types.ts';
import { h } from '../dom.ts';
import { type TimeWindow, windowDays, windowText } from '../state/time.ts';

export interface TimelineHandlers {
  select(id: string, kind: 'node' | 'edge'): void;
  setWindow(window: TimeWindow | undefined): void;
  setHideOutside(hide: boolean): void;
}

interface Item {
  id: string;
  content: string;
  start: string;
  end?: string;
  type: 'range' | 'point';
  className: string;
  title: string;
}

const PLAY_STEP_MS = 1200;
const DAY_MS = 86_400_000;
/** Up to this many dated items are all drawn; above it, items that overlap are clustered. */
const CLUSTER_FROM = 500;
/** How many items may overlap before they are drawn as a cluster. */
const CLUSTER_ITEMS = 4;

/** The first and last day the items cover (an item's end is the day after its last). */
function spanOf(items: readonly Item[]): { first: string; last: string } {
  let first = items[0]!.start;
  let last = items[0]!.end ?? items[0]!.start;
  for (const item of items) {
    if (item.start < first) first = item.start;
    if ((item.end ?? item.start) > last) last = item.end ?? item.start;
  }
  return { first, last };
}

/** Items for the dated elements of a graph; ids are prefixed by kind so a node and a relationship never collide. */
function itemsOf(graph: Graph): Item[] {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const item = (kind: 'node' | 'edge', id: string, label: string, properties: Record<string, unknown>): Item[] => {
    const from = properties.timeFrom;
    if (typeof from !== 'string') return [];
    const to = typeof properties.timeTo === 'string' ? properties.timeTo : undefined;
    const precision = typeof properties.timePrecision === 'string' ? properties.timePrecision : 'day';
    const span = to && to !== from ? { end: nextDay(to), type: 'range' as const } : { type: 'point' as const };
    return [
      { id: `${kind}:${id}`, content: label, start: from, ...span, className: kind, title: `${label}: ${from}${to ? ` to ${to}` : ' onwards'} (${precision})` },
    ];
  };
  return [
    ...graph.nodes.flatMap((node) => item('node', node.id, node.name, node.properties)),
    ...graph.edges.flatMap((edge) =>
      item('edge', edge.id, `${names.get(edge.source) ?? edge.source} ${edge.type} ${names.get(edge.target) ?? edge.target}`, edge.properties),
    ),
  ];
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export class TimelinePanel {
  readonly #items = new DataSet<Item>();
  readonly #timeline: Timeline;
  readonly #status = h('span', { class: 'timeline-status', 'data-testid': 'timeline-status' });
  readonly #hide = h('input', { type: 'checkbox', id: 'timeline-hide' });
  readonly #play = h('button', { type: 'button', class: 'small', id: 'timeline-play', text: '▶ Play', title: 'Step the window through time' });
  readonly #handlers: TimelineHandlers;
  #window: TimeWindow | undefined;
  #playing: ReturnType<typeof setInterval> | undefined;
  #crowded = false;
  #selected: string | undefined;

  constructor(container: HTMLElement, handlers: TimelineHandlers) {
    this.#handlers = handlers;
    const axis = h('div', { class: 'timeline-axis', 'data-testid': 'timeline' });
    const useVisible = h('button', { type: 'button', class: 'small', id: 'timeline-window', text: 'Window = visible range' });
    const clear = h('button', { type: 'button', class: 'small', id: 'timeline-clear', text: 'Clear window' });
    container.replaceChildren(
      h(
        'div',
        { class: 'timeline-bar' },
        h('strong', { text: 'Timeline' }),
        useVisible,
        clear,
        this.#play,
        h('label', { class: 'check', for: 'timeline-hide' }, this.#hide, ' Hide outside the window'),
        this.#status,
      ),
      axis,
    );
    this.#timeline = new Timeline(axis, this.#items, {
      height: '170px',
      verticalScroll: true,
      stack: true,
      selectable: true,
      zoomable: true,
      moveable: true,
      showCurrentTime: false,
      tooltip: { followMouse: true },
      margin: { item: 4 },
    });
    this.#timeline.on('select', ({ items }: { items: string[] }) => {
      const [first] = items;
      if (!first) return;
      const at = first.indexOf(':');
      handlers.select(first.slice(at + 1), first.slice(0, at) as 'node' | 'edge');
    });
    // Dragging either window handle moves that end of the window.
    this.#timeline.on('timechanged', ({ id, time }: { id: string; time: Date }) => {
      if (!this.#window) return;
      const day = isoDay(time);
      const next = id === 'window-from' ? { since: day, until: this.#window.until } : { since: this.#window.since, until: day };
      if (windowDays(next).from <= windowDays(next).to) handlers.setWindow(next);
    });
    useVisible.addEventListener('click', () => {
      const { start, end } = this.#timeline.getWindow();
      handlers.setWindow({ since: isoDay(start), until: isoDay(end) });
    });
    clear.addEventListener('click', () => {
      this.#stop();
      handlers.setWindow(undefined);
    });
    this.#hide.addEventListener('change', () => handlers.setHideOutside(this.#hide.checked));
    this.#play.addEventListener('click', () => (this.#playing ? this.#stop() : this.#start()));
  }

  /** Shows the dated elements of the view; the axis fits them when the set of items changed, unless a window is in view. */
  show(graph: Graph): void {
    const items = itemsOf(graph);
    const before = new Set(this.#items.getIds() as string[]);
    const changed = items.length !== before.size || items.some((item) => !before.has(item.id));
    this.#items.clear();
    if (this.#crowded !== items.length > CLUSTER_FROM) {
      this.#crowded = items.length > CLUSTER_FROM;
      this.#cluster();
    }
    this.#items.add(items);
    const undated = graph.nodes.length + graph.edges.length - items.length;
    this.#status.textContent = `${items.length} dated, ${undated} undated${this.#window ? ` · window ${windowText(this.#window)}` : ''}`;
    // The span comes from the dates: vis-timeline's fit() would first draw and measure every item an extra time.
    if (changed && items.length && !this.#window?.since) {
      const { first, last } = spanOf(items);
      this.#bringIntoView(Date.parse(first), Date.parse(last));
    }
  }

  select(selected: { kind: 'node' | 'edge'; id: string } | undefined): void {
    const id = selected ? `${selected.kind}:${selected.id}` : undefined;
    if (id === this.#selected) return;
    this.#selected = id;
    // Clusters are formed again without the newly selected item, before it is marked.
    if (this.#crowded) this.#cluster();
    this.#timeline.setSelection(id ? [id] : []);
  }

  /** Turns clustering on or off for the view's size; vis-timeline forms the clusters again on either call. */
  #cluster(): void {
    const keepsApart = (a: { id?: unknown }, b: { id?: unknown }) => a.id !== this.#selected && b.id !== this.#selected;
    const cluster = this.#crowded
      ? { maxItems: CLUSTER_ITEMS, clusterCriteria: keepsApart, titleTemplate: '{count} dated elements: zoom in to see each' }
      : false;
    this.#timeline.setOptions({ cluster } as TimelineOptions);
  }

  /** Draws the window as two draggable handles and a shaded band. */
  setWindow(window: TimeWindow | undefined, hideOutside: boolean): void {
    const moved = JSON.stringify(window) !== JSON.stringify(this.#window);
    this.#window = window;
    this.#hide.checked = hideOutside;
    for (const id of ['window-from', 'window-to']) {
      try {
        this.#timeline.removeCustomTime(id);
      } catch {
        // Not drawn yet.
      }
    }
    this.#items.remove('window');
    if (!window) return;
    const days = windowDays(window);
    this.#timeline.addCustomTime(days.from, 'window-from');
    this.#timeline.addCustomTime(nextDay(days.to), 'window-to');
    this.#items.add({ id: 'window', content: '', start: days.from, end: nextDay(days.to), type: 'background', className: 'time-window' } as unknown as Item);
    if (moved && window.since && window.until) this.#bringIntoView(Date.parse(days.from), Date.parse(nextDay(days.to)));
  }

  /** Shows a span with a margin either side (an eighth of it, at least a fortnight), so the items at its ends are readable. */
  #bringIntoView(start: number, end: number): void {
    const margin = Math.max((end - start) / 8, 14 * DAY_MS);
    this.#timeline.setWindow(start - margin, end + margin, { animation: false });
  }

  #start(): void {
    const dated = this.#items.get().filter((item) => item.id !== 'window');
    if (!dated.length) return;
    const { first, last } = spanOf(dated);
    let year = Number((this.#window ? windowDays(this.#window).from : first).slice(0, 4));
    this.#play.textContent = '❚❚ Pause';
    const step = () => {
      if (String(year) > last.slice(0, 4)) return this.#stop();
      this.#handlers.setWindow({ since: String(year), until: String(year) });
      year += 1;
    };
    step();
    this.#playing = setInterval(step, PLAY_STEP_MS);
  }

  #stop(): void {
    if (this.#playing) clearInterval(this.#playing);
    this.#playing = undefined;
    this.#play.textContent = '▶ Play';
  }
}
