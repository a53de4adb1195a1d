// The whole view as plain data. It lives in the URL, so a reload or a shared link rebuilds the same view,
// and the exploration history is a list of these.

import type { TimeWindow } from './time.ts';
import { DEPTH, type LayoutName, NEIGHBOUR_LIMIT, type PathMode, type PathOrder, type PathRank } from '../../../contract/limits.ts';

export interface Expansion {
  id: string;
  /** Only these relationship types (all when empty). */
  types: string[];
}

export interface PathQuery {
  from: string;
  to: string;
  mode: PathMode;
  maxHops: number;
  types: string[];
  /** chronological: only paths whose dated hops never go back in time. */
  order: PathOrder;
  /** credibility: the paths with the firmest weakest hop first. */
  rank: PathRank;
}

export interface ViewState {
  /** The node whose neighbourhood is drawn. */
  focus?: string;
  depth: number;
  /** Neighbour limit per request ("load more" raises it). */
  limit: number;
  expanded: Expansion[];
  /** In the view but not shown (can be shown again). */
  hidden: string[];
  /** Taken out of the view. */
  removed: string[];
  path?: PathQuery;
  /** The console query whose results are drawn. */
  cypher?: string;
  walkthrough?: { id: string; step: number };
  layout: LayoutName;
  /** Selected node or edge (details panel). */
  selected?: { kind: 'node' | 'edge'; id: string };
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** The time window: what lies outside fades (or hides, with timeHide); undated elements stay. */
  time?: TimeWindow;
  timeHide: boolean;
  /** Analysts' retracted claims are drawn too (faint), instead of being left out. */
  showRetracted: boolean;
}

/** Neighbours a view asks for at first; "load more" raises it up to the API's maximum. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = NEIGHBOUR_LIMIT.max;

export function emptyState(): ViewState {
  return {
    depth: DEPTH.default,
    limit: DEFAULT_LIMIT,
    expanded: [],
    hidden: [],
    removed: [],
    layout: 'fcose',
    hiddenLabels: [],
    hiddenTypes: [],
    timeHide: false,
    showRetracted: false,
  };
}

/** True when the state draws anything at all. */
export function hasContent(state: ViewState): boolean {
  return Boolean(state.focus || state.expanded.length || state.path || state.cypher || state.walkthrough);
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Adds an expansion; expanding the same node again with other types widens it instead of duplicating it. */
export function addExpansion(list: readonly Expansion[], next: Expansion): Expansion[] {
  const existing = list.find((item) => item.id === next.id);
  if (!existing) return [...list, { id: next.id, types: uniq(next.types) }];
  const types = existing.types.length === 0 || next.types.length === 0 ? [] : uniq([...existing.types, ...next.types]);
  return list.map((item) => (item === existing ? { id: item.id, types } : item));
}

export function withAdded(list: readonly string[], ...ids: string[]): string[] {
  return uniq([...list, ...ids]);
}

export function withoutIds(list: readonly string[], ...ids: string[]): string[] {
  const drop = new Set(ids);
  return list.filter((item) => !drop.has(item));
}

/** A canonical form: keys in a fixed order, undefined fields dropped. */
export function normalise(state: ViewState): ViewState {
  const out: ViewState = {
    depth: state.depth,
    limit: state.limit,
    expanded: state.expanded.map((e) => ({ id: e.id, types: [...e.types] })),
    hidden: [...state.hidden],
    removed: [...state.removed],
    layout: state.layout,
    hiddenLabels: [...state.hiddenLabels],
    hiddenTypes: [...state.hiddenTypes],
    timeHide: state.timeHide,
    showRetracted: state.showRetracted,
  };
  if (state.time) out.time = { ...state.time };
  if (state.focus !== undefined) out.focus = state.focus;
  if (state.path) out.path = { ...state.path, types: [...state.path.types] };
  if (state.cypher !== undefined) out.cypher = state.cypher;
  if (state.walkthrough) out.walkthrough = { ...state.walkthrough };
  if (state.selected) out.selected = { ...state.selected };
  return out;
}
