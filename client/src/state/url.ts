// ViewState <-> query string. Pure: no window, no DOM.
import {
  DEPTH,
  LAYOUTS,
  MAX_HOPS,
  PATH_MODES,
  PATH_ORDERS,
  PATH_RANKS,
  type LayoutName,
  type PathMode,
  type PathOrder,
  type PathRank,
} from '../../../contract/limits.ts';
import { validWindow } from './time.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, emptyState, type Expansion, type ViewState } from './view-state.ts';

// Node ids are slugs ([A-Za-z0-9._:-]) and type names are identifiers, so ',' '~' and '|' never occur inside them.
const LIST = ',';
const TYPES = '~';
const TYPE_LIST = '|';

function list(value: string | null): string[] {
  return value ? value.split(LIST).filter(Boolean) : [];
}

function int(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= min && n <= max ? n : fallback;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function encodeExpansion(e: Expansion): string {
  return e.types.length ? `${e.id}${TYPES}${e.types.join(TYPE_LIST)}` : e.id;
}

function decodeExpansion(text: string): Expansion {
  const at = text.indexOf(TYPES);
  if (at < 0) return { id: text, types: [] };
  return {
    id: text.slice(0, at),
    types: text
      .slice(at + 1)
      .split(TYPE_LIST)
      .filter(Boolean),
  };
}

/** The query string for a state (without the leading '?'); defaults are left out to keep links short. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.focus) p.set('n', state.focus);
  if (state.depth !== DEPTH.default) p.set('d', String(state.depth));
  if (state.limit !== DEFAULT_LIMIT) p.set('lim', String(state.limit));
  if (state.expanded.length) p.set('x', state.expanded.map(encodeExpansion).join(LIST));
  if (state.hidden.length) p.set('h', state.hidden.join(LIST));
  if (state.removed.length) p.set('r', state.removed.join(LIST));
  if (state.path) {
    p.set('pf', state.path.from);
    p.set('pt', state.path.to);
    if (state.path.mode !== 'shortest') p.set('pm', state.path.mode);
    if (state.path.maxHops !== MAX_HOPS.default) p.set('ph', String(state.path.maxHops));
    if (state.path.types.length) p.set('pr', state.path.types.join(LIST));
    if (state.path.order !== 'length') p.set('po', state.path.order);
    if (state.path.rank !== 'length') p.set('pk', state.path.rank);
  }
  if (state.cypher !== undefined) p.set('q', state.cypher);
  if (state.walkthrough) {
    p.set('w', state.walkthrough.id);
    p.set('ws', String(state.walkthrough.step));
  }
  if (state.layout !== 'fcose') p.set('l', state.layout);
  if (state.selected) p.set(state.selected.kind === 'node' ? 's' : 'se', state.selected.id);
  if (state.hiddenLabels.length) p.set('fl', state.hiddenLabels.join(LIST));
  if (state.hiddenTypes.length) p.set('ft', state.hiddenTypes.join(LIST));
  if (state.time?.since) p.set('ts', state.time.since);
  if (state.time?.until) p.set('tu', state.time.until);
  if (state.timeHide) p.set('th', '1');
  if (state.showRetracted) p.set('rt', '1');
  return p.toString();
}

/** Reads a query string (with or without '?'); anything malformed falls back to the default. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state = emptyState();
  const focus = p.get('n');
  if (focus) state.focus = focus;
  state.depth = int(p.get('d'), DEPTH.min, DEPTH.max, DEPTH.default);
  state.limit = int(p.get('lim'), 1, MAX_LIMIT, DEFAULT_LIMIT);
  state.expanded = list(p.get('x'))
    .map(decodeExpansion)
    .filter((e) => e.id);
  state.hidden = list(p.get('h'));
  state.removed = list(p.get('r'));
  const from = p.get('pf');
  const to = p.get('pt');
  if (from && to) {
    state.path = {
      from,
      to,
      mode: oneOf<PathMode>(p.get('pm'), PATH_MODES, 'shortest'),
      maxHops: int(p.get('ph'), MAX_HOPS.min, MAX_HOPS.max, MAX_HOPS.default),
      types: list(p.get('pr')),
      order: oneOf<PathOrder>(p.get('po'), PATH_ORDERS, 'length'),
      rank: oneOf<PathRank>(p.get('pk'), PATH_RANKS, 'length'),
    };
  }
  const cypher = p.get('q');
  if (cypher !== null) state.cypher = cypher;
  const walk = p.get('w');
  if (walk) state.walkthrough = { id: walk, step: int(p.get('ws'), 0, 1000, 0) };
  state.layout = oneOf<LayoutName>(p.get('l'), LAYOUTS, 'fcose');
  const node = p.get('s');
  const edge = p.get('se');
  if (node) state.selected = { kind: 'node', id: node };
  else if (edge) state.selected = { kind: 'edge', id: edge };
  state.hiddenLabels = list(p.get('fl'));
  state.hiddenTypes = list(p.get('ft'));
  const time = validWindow(p.get('ts'), p.get('tu'));
  if (time) state.time = time;
  state.timeHide = p.get('th') === '1';
  state.showRetracted = p.get('rt') === '1';
  return state;
}
