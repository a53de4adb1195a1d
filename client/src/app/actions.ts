// What the user can do, as changes of the ViewState (each one an undoable step).
import { DEPTH, LAYOUTS, type LayoutName } from '../../../contract/limits.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, addExpansion, withAdded, withoutIds, type PathQuery, type ViewState } from '../state/view-state.ts';
import type { Controller } from './controller.ts';
import { cypherKey, type Loader } from './loader.ts';
import { caseWalkthroughId } from '../api/endpoints.ts';
import { decodeState } from '../state/url.ts';
import type { Navigator } from './navigation.ts';

/** A fresh view that keeps the reader's settings (depth, layout, filters). */
function fresh(state: ViewState): ViewState {
  return {
    depth: state.depth,
    limit: DEFAULT_LIMIT,
    expanded: [],
    hidden: [],
    removed: [],
    layout: state.layout,
    timeHide: state.timeHide,
    showRetracted: state.showRetracted,
    ...(state.time ? { time: state.time } : {}),
    hiddenLabels: state.hiddenLabels,
    hiddenTypes: state.hiddenTypes,
  };
}

export class Actions {
  readonly #nav: Navigator;
  readonly #controller: Controller;
  readonly #loader: Loader;

  constructor(nav: Navigator, controller: Controller, loader: Loader) {
    this.#nav = nav;
    this.#controller = controller;
    this.#loader = loader;
  }

  get #state(): ViewState {
    return this.#nav.state;
  }

  focus(id: string): void {
    this.#nav.push({ ...fresh(this.#state), focus: id, selected: { kind: 'node', id } });
  }

  expand(id: string, types: string[] = []): void {
    const s = this.#state;
    this.#controller.expectGrowth(this.#controller.node(id)?.name ?? id);
    this.#nav.push({ ...s, expanded: addExpansion(s.expanded, { id, types }), hidden: withoutIds(s.hidden, id) });
  }

  /** Follow a relationship from the details panel: select the other node, expanding if it is not in view. */
  openRelated(fromId: string, type: string, otherId: string, inView: boolean): void {
    const s = this.#state;
    const selected = { kind: 'node' as const, id: otherId };
    if (inView) this.#nav.replace({ ...s, selected, hidden: withoutIds(s.hidden, otherId) });
    else this.#nav.push({ ...s, expanded: addExpansion(s.expanded, { id: fromId, types: [type] }), removed: withoutIds(s.removed, otherId), selected });
  }

  hide(id: string): void {
    const s = this.#state;
    this.#nav.push({ ...s, hidden: withAdded(s.hidden, id), selected: s.selected?.id === id ? undefined : s.selected });
  }

  remove(id: string): void {
    const s = this.#state;
    this.#nav.push({
      ...s,
      removed: withAdded(s.removed, id),
      hidden: withoutIds(s.hidden, id),
      expanded: s.expanded.filter((e) => e.id !== id),
      selected: s.selected?.id === id ? undefined : s.selected,
    });
  }

  showHidden(): void {
    this.#nav.push({ ...this.#state, hidden: [] });
  }

  loadMore(): void {
    const s = this.#state;
    this.#nav.push({ ...s, limit: Math.min(MAX_LIMIT, Math.max(s.limit * 2, s.limit + 100)) });
  }

  setDepth(depth: number): void {
    this.#nav.push({ ...this.#state, depth: Math.min(DEPTH.max, Math.max(DEPTH.min, depth)) });
  }

  setLayout(layout: LayoutName): void {
    this.#nav.push({ ...this.#state, layout });
  }

  select(selected: ViewState['selected']): void {
    this.#nav.replace({ ...this.#state, selected });
  }

  findPaths(path: PathQuery): void {
    this.#nav.push({ ...this.#state, path, selected: undefined });
  }

  clearPath(): void {
    this.#nav.push({ ...this.#state, path: undefined });
  }

  /** Runs a console query; running the same query again fetches fresh results. */
  runCypher(query: string): void {
    const s = this.#state;
    if (s.cypher === query) {
      this.#loader.invalidate(cypherKey(query));
      void this.#controller.reapply(s);
    } else {
      // Results start a new view (undo brings the previous one back).
      this.#nav.push({ ...fresh(s), cypher: query });
    }
  }

  clearCypher(): void {
    this.#nav.push({ ...this.#state, cypher: undefined });
  }

  async walkthrough(id: string, step: number): Promise<void> {
    let layout = this.#state.layout;
    let time = this.#state.time;
    try {
      const walk = await this.#loader.walkthrough(id);
      const wanted = walk.steps[step]?.layout;
      if (wanted && (LAYOUTS as readonly string[]).includes(wanted)) layout = wanted as LayoutName;
      // A step recorded in a case brings back the time window it was recorded with.
      const recorded = walk.steps[step]?.view;
      if (recorded !== undefined) time = decodeState(recorded).time;
    } catch {
      // The controller reports the failure when it loads the step.
    }
    // A step shows its curated graph in full: no label or type filters.
    this.#nav.push({ ...fresh(this.#state), layout, time, walkthrough: { id, step }, hiddenLabels: [], hiddenTypes: [] });
  }

  /** Plays a case's walkthrough from its first step, as it is now (its members may have changed it). */
  playCase(caseId: string, step = 0): Promise<void> {
    const id = caseWalkthroughId(caseId);
    this.#loader.invalidate(`walk|${id}`);
    return this.walkthrough(id, step);
  }

  /** Opens a view saved in a case: its URL state, as a shared link would. */
  openView(query: string): void {
    this.#nav.push(decodeState(query));
  }

  exitWalkthrough(): void {
    this.#nav.push({ ...this.#state, walkthrough: undefined });
  }

  setHiddenLabels(labels: string[]): void {
    this.#nav.push({ ...this.#state, hiddenLabels: labels });
  }

  setHiddenTypes(types: string[]): void {
    this.#nav.push({ ...this.#state, hiddenTypes: types });
  }

  setTimeWindow(time: ViewState['time']): void {
    this.#nav.replace({ ...this.#state, time });
  }

  setTimeHide(timeHide: boolean): void {
    this.#nav.replace({ ...this.#state, timeHide });
  }

  setShowRetracted(showRetracted: boolean): void {
    this.#nav.push({ ...this.#state, showRetracted });
  }

  /**
   * After a claim was saved: everything is read again (any answer may hold the old version), a new node or
   * relationship is brought into view through its node's neighbourhood, and it is selected.
   */
  claimSaved(saved: { id: string; node?: { id: string }; edge?: { source: string } }): void {
    this.#loader.clear();
    const s = this.#state;
    const anchor = saved.node?.id ?? saved.edge?.source;
    const selected = { kind: saved.node ? ('node' as const) : ('edge' as const), id: saved.id };
    const expanded =
      anchor && !s.expanded.some((e) => e.id === anchor && e.types.length === 0) ? addExpansion(s.expanded, { id: anchor, types: [] }) : s.expanded;
    this.#nav.push({ ...s, expanded, removed: withoutIds(s.removed, saved.id), selected });
  }

  clearFilters(): void {
    this.#nav.push({ ...this.#state, hiddenLabels: [], hiddenTypes: [] });
  }

  clearView(): void {
    this.#nav.push(fresh(this.#state));
  }
}
