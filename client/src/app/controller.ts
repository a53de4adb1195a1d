// Applies a ViewState: loads its data, brings the graph view in step, and updates every panel.
import { describeError } from '../api/http.ts';
import type { GraphNode } from '../api/types.ts';
import { census } from '../state/graph.ts';
import { hasContent, type ViewState } from '../state/view-state.ts';
import type { GraphView } from '../view/graph.ts';
import type { ConsolePanel } from '../panels/console.ts';
import type { DetailsPanel } from '../panels/details.ts';
import type { FiltersPanel } from '../panels/filters.ts';
import type { PathPanel } from '../panels/paths.ts';
import type { TimelinePanel } from '../panels/timeline.ts';
import type { StatusPanel } from '../panels/status.ts';
import type { WalkthroughPanel } from '../panels/walkthroughs.ts';
import type { Loaded, Loader } from './loader.ts';
import type { ChangeReason } from './navigation.ts';

export interface Panels {
  status: StatusPanel;
  details: DetailsPanel;
  paths: PathPanel;
  console: ConsolePanel;
  filters: FiltersPanel;
  walkthroughs: WalkthroughPanel;
  timeline: TimelinePanel;
}

export interface Toolbar {
  sync(state: ViewState): void;
}

export class Controller {
  readonly #view: GraphView;
  readonly #loader: Loader;
  readonly #panels: Panels;
  readonly #toolbar: Toolbar;
  #token = 0;
  #pending = false;
  #applied: ViewState | undefined;
  #loaded: Loaded | undefined;
  /** Set by an expand action: say so when it brought nothing new. */
  #expecting: string | undefined;

  constructor(view: GraphView, loader: Loader, panels: Panels, toolbar: Toolbar) {
    this.#view = view;
    this.#loader = loader;
    this.#panels = panels;
    this.#toolbar = toolbar;
  }

  /** True from a state change until its view is drawn. */
  get applying(): boolean {
    return this.#pending;
  }

  get loaded(): Loaded | undefined {
    return this.#loaded;
  }

  expectGrowth(name: string): void {
    this.#expecting = name;
  }

  async apply(state: ViewState, reason: ChangeReason, rerun = false): Promise<void> {
    const token = ++this.#token;
    this.#pending = true;
    const { status, paths, console: cypher } = this.#panels;
    this.#toolbar.sync(state);
    // Forms are only refilled when their part of the state changed, so unsaved edits survive other steps.
    const pathChanged = JSON.stringify(state.path) !== JSON.stringify(this.#applied?.path);
    const cypherChanged = rerun || state.cypher !== this.#applied?.cypher;
    if (state.path && pathChanged) paths.showLoading();
    if (state.cypher !== undefined && cypherChanged) cypher.setQuery(state.cypher);
    if (state.cypher && cypherChanged) cypher.showLoading();
    status.showEmpty(false);
    const loaded = await this.#loader.load(state);
    if (token !== this.#token) return;
    this.#pending = false;
    const previous = this.#applied;
    this.#applied = state;
    this.#loaded = loaded;
    const hadNodes = this.#view.nodeIds().length > 0;
    const { added } = this.#view.sync(loaded.graph);
    const walkStep = loaded.walkthrough?.steps[state.walkthrough?.step ?? 0];
    const pathNodes = loaded.paths?.paths.flatMap((p) => p.nodes.map((n) => n.id)) ?? [];
    const pathEdges = loaded.paths?.paths.flatMap((p) => p.edges.map((e) => e.id)) ?? [];
    const focus = [state.focus, ...state.expanded.map((e) => e.id)].filter((id): id is string => Boolean(id));
    this.#view.mark({
      hidden: state.hidden,
      hiddenLabels: state.hiddenLabels,
      hiddenTypes: state.hiddenTypes,
      focus,
      pathNodes,
      pathEdges,
      walkFocus: walkStep?.focus ?? [],
      walkHighlight: walkStep?.highlight ?? [],
    });
    const filtersChanged = previous && (previous.hiddenLabels.join() !== state.hiddenLabels.join() || previous.hiddenTypes.join() !== state.hiddenTypes.join());
    // A new starting point (search, console, walkthrough step) gets a fresh layout; an expansion keeps the picture.
    const fresh =
      !previous ||
      previous.focus !== state.focus ||
      previous.cypher !== state.cypher ||
      JSON.stringify(previous.walkthrough) !== JSON.stringify(state.walkthrough);
    let laidOut = Promise.resolve();
    if (added > 0 || fresh || previous.layout !== state.layout || filtersChanged) {
      const roots = walkStep?.focus.length ? walkStep.focus : focus.length ? focus : pathNodes.slice(0, 1);
      const incremental = hadNodes && !fresh && previous.layout === state.layout && reason !== 'init';
      laidOut = this.#view.layout(state.layout, { incremental, roots });
    }
    // A new path result: bring it into view.
    if (loaded.paths?.paths.length && JSON.stringify(previous?.path) !== JSON.stringify(state.path)) {
      void laidOut.then(() => this.#view.fit([...pathNodes, ...pathEdges]));
    }
    this.#view.markTime(state.time, state.timeHide);
    const { timeline } = this.#panels;
    timeline.setWindow(state.time, state.timeHide);
    timeline.show(loaded.graph);
    timeline.select(state.selected);
    this.#view.select(state.selected);
    this.#showSelection(state);
    this.#showPanels(state, loaded, pathChanged, cypherChanged);
    if (this.#expecting) {
      if (added === 0 && !loaded.errors.length) status.info(`No new neighbours for ${this.#expecting}.`);
      this.#expecting = undefined;
    }
    for (const error of loaded.errors) status.error(describeError(error));
    this.#updateStatus(state, loaded);
  }

  /** Re-draws the current state (e.g. after re-running the same console query). */
  reapply(state: ViewState): Promise<void> {
    return this.apply(state, 'replace', true);
  }

  #showSelection(state: ViewState): void {
    const { details } = this.#panels;
    const selected = state.selected;
    if (!selected) details.clear();
    else if (selected.kind === 'node') void details.showNode(selected.id);
    else {
      const edge = this.#view.edge(selected.id);
      if (edge) void details.showEdge(edge, this.#view.node(edge.source), this.#view.node(edge.target));
      else details.clear();
    }
  }

  #showPanels(state: ViewState, loaded: Loaded, pathChanged: boolean, cypherChanged: boolean): void {
    const { paths, console: cypher, walkthroughs, filters, status } = this.#panels;
    if (pathChanged) {
      void paths.showQuery(state.path, (id) => this.#view.node(id));
      if (state.path && loaded.paths) paths.showResults(loaded.paths, state.path);
      else if (state.path && loaded.pathError) paths.showError(describeError(loaded.pathError));
    }

    if (cypherChanged) {
      if (state.cypher && loaded.cypher) cypher.showResult(loaded.cypher);
      else if (state.cypher && loaded.cypherError) cypher.showError(loaded.cypherError);
      else if (!state.cypher) cypher.clearResult();
    }

    if (state.walkthrough && loaded.walkthrough) walkthroughs.showStep(loaded.walkthrough, state.walkthrough.step);
    else walkthroughs.showStep(undefined, 0);
    if (state.walkthrough && loaded.walkthroughError) status.error(describeError(loaded.walkthroughError));
    if (state.walkthrough && !loaded.walkthroughError) void walkthroughs.load();

    const { labels, types } = census(loaded.graph);
    filters.render(labels, types, state.hiddenLabels, state.hiddenTypes, state.showRetracted);
  }

  #updateStatus(state: ViewState, loaded: Loaded): void {
    const { status } = this.#panels;
    const counts = this.#view.counts();
    status.counts({ ...counts, more: loaded.more, supernodes: loaded.supernodes });
    status.showEmpty(!hasContent(state) && loaded.graph.nodes.length === 0);
  }

  node(id: string): GraphNode | undefined {
    return this.#view.node(id) ?? this.#loaded?.graph.nodes.find((n) => n.id === id);
  }
}
