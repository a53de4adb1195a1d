// Wires the explorer together: API layer, URL state and history, the Cytoscape view and the panels.
import './styles.css';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { getHealth, getSchema } from './api/endpoints.ts';
import { describeError } from './api/http.ts';
import { Actions } from './app/actions.ts';
import { Controller } from './app/controller.ts';
import { copyLink, exportFile, exportJson, exportPng } from './app/export.ts';
import { Loader } from './app/loader.ts';
import { backgroundMenu, edgeMenu, nodeMenu, type MenuContext } from './app/menus.ts';
import { Navigator } from './app/navigation.ts';
import { bindShortcuts } from './app/shortcuts.ts';
import { byId } from './dom.ts';
import { SearchCombobox } from './panels/combobox.ts';
import { ConsolePanel } from './panels/console.ts';
import { ContextMenu } from './panels/context-menu.ts';
import { DetailsPanel } from './panels/details.ts';
import { FiltersPanel } from './panels/filters.ts';
import { renderLegend } from './panels/legend.ts';
import { PathPanel } from './panels/paths.ts';
import { SignInPanel } from './panels/sign-in.ts';
import { ClaimDialog } from './panels/claim-form.ts';
import { onAccountChange } from './state/session.ts';
import { TimelinePanel } from './panels/timeline.ts';
import { StatusPanel } from './panels/status.ts';
import { Tabs } from './panels/tabs.ts';
import { ToolbarPanel } from './panels/toolbar.ts';
import { WalkthroughPanel } from './panels/walkthroughs.ts';
import { CasesPanel, readCaseLink, type ViewSnapshot } from './panels/cases.ts';
import { encodeState } from './state/url.ts';
import type { GraphNode } from './api/types.ts';
import { GraphView } from './view/graph.ts';

// Before the URL state takes over the address bar: it may carry a one-time sign-in link, or a link to a case.
const signInPanel = new SignInPanel(byId('account-slot'));
const caseToOpen = readCaseLink(location.search);

// Assigned below; the callbacks that use them only run after start-up.
let actions!: Actions;
let nav!: Navigator;

const status = new StatusPanel({
  loadMore: () => actions.loadMore(),
  showHidden: () => actions.showHidden(),
  clearFilters: () => actions.clearFilters(),
  tryExample: (q) => {
    search.input.value = q;
    search.input.dispatchEvent(new Event('input'));
    search.focus();
  },
});

const consolePanel = new ConsolePanel({ run: (q) => actions.runCypher(q), clear: () => actions.clearCypher() });
const walkthroughs = new WalkthroughPanel({
  go: (id, step) => void actions.walkthrough(id, step),
  exit: () => actions.exitWalkthrough(),
  openQuery: (query) => {
    consolePanel.setQuery(query);
    tabs.show('console');
  },
});
const tabs = new Tabs((name) => {
  document.body.classList.toggle('wide-sidebar', name === 'console');
  if (name === 'console') void consolePanel.ensureEditor();
  if (name === 'walkthroughs') void walkthroughs.load();
  if (name === 'cases') void cases.load();
});

/** What is drawn now, for a saved view or a recorded step: ids, the sources they cite, the URL state and a picture. */
function snapshot(): ViewSnapshot {
  const graph = view.toGraph();
  const state = nav.state;
  const cited = [...graph.nodes, ...graph.edges].flatMap((element) => {
    const sources = element.properties.sources;
    return Array.isArray(sources) ? sources.filter((id): id is string => typeof id === 'string') : [];
  });
  const focus = [state.focus, state.selected?.kind === 'node' ? state.selected.id : undefined, ...view.marked('walk-focus')].filter(
    (id): id is string => Boolean(id) && view.has(id as string),
  );
  return {
    state: encodeState(state),
    nodes: graph.nodes.map((node) => node.id),
    edges: graph.edges.map((edge) => edge.id),
    focus: [...new Set(focus)],
    highlight: [...new Set([...(state.selected ? [state.selected.id] : []), ...view.marked('path'), ...view.marked('walk-highlight')])],
    layout: state.layout,
    sources: [...new Set(cited)],
    picture: view.thumbnail(),
  };
}

const cases = new CasesPanel({
  snapshot,
  openView: (state) => actions.openView(state),
  play: (caseId, step) => {
    tabs.show('walkthroughs');
    void actions.playCase(caseId, step);
  },
  focus: (id) => actions.focus(id),
  selected: () => {
    const selected = nav.state.selected;
    if (!selected) return undefined;
    const name = selected.kind === 'node' ? view.node(selected.id)?.name : view.edge(selected.id)?.type;
    return { ...selected, name: name ?? selected.id };
  },
  name: (id) => view.node(id)?.name,
  info: (message) => status.info(message),
});

const pathFrom = (node: GraphNode) => {
  paths.setFrom(node);
  tabs.show('paths');
  paths.focusEmpty();
};
const pathTo = (node: GraphNode) => {
  paths.setTo(node);
  tabs.show('paths');
  paths.focusEmpty();
};
const paths = new PathPanel({
  find: (query) => actions.findPaths(query),
  clear: () => actions.clearPath(),
  select: (id, kind) => actions.select({ kind, id }),
  error: (message) => status.error(message),
});
const details = new DetailsPanel({
  select: (id) => actions.select({ kind: 'node', id }),
  openRelated: (fromId, type, otherId) => actions.openRelated(fromId, type, otherId, view.has(otherId)),
  expand: (id) => actions.expand(id),
  focus: (id) => actions.focus(id),
  hide: (id) => actions.hide(id),
  pathFrom,
  pathTo,
  addRelationship: (node) => claimDialog.openRelationship(node, view.nodes()),
  editClaim: (claim) => claimDialog.openEdit(claim),
  retractClaim: (claim) => claimDialog.openRetract(claim),
});
let relationshipTypes: string[] = [];
const claimDialog = new ClaimDialog({
  saved: (result) => {
    view.update(result);
    details.refresh();
    actions.claimSaved(result);
  },
  relationshipTypes: () => relationshipTypes,
});
// The claim controls follow the account: shown to analysts once the session is known.
onAccountChange(() => details.refresh());
const filters = new FiltersPanel({
  setHiddenLabels: (labels) => actions.setHiddenLabels(labels),
  setHiddenTypes: (types) => actions.setHiddenTypes(types),
  setShowRetracted: (show) => actions.setShowRetracted(show),
});
renderLegend(byId('legend'));
const menu = new ContextMenu();

const showDetails = () => {
  if (tabs.current !== 'console') tabs.show('details');
};
const view = new GraphView(byId('graph'), {
  selectNode: (id) => {
    actions.select({ kind: 'node', id });
    showDetails();
  },
  selectEdge: (id) => {
    actions.select({ kind: 'edge', id });
    showDetails();
  },
  clearSelection: () => actions.select(undefined),
  expand: (id) => actions.expand(id),
  contextMenu: (target, x, y) => {
    if (target.kind === 'node') nodeMenu(menuContext, target.id, x, y);
    else if (target.kind === 'edge') edgeMenu(menuContext, target.id, x, y);
    else backgroundMenu(menuContext, x, y);
  },
});

const relayout = () => void view.layout(nav.state.layout, { roots: [nav.state.focus ?? ''].filter(Boolean) });
const menuContext: MenuContext = {
  menu,
  get actions() {
    return actions;
  },
  node: (id) => view.node(id),
  pathFrom,
  pathTo,
  selectEdge: (id) => {
    actions.select({ kind: 'edge', id });
    showDetails();
  },
  hiddenCount: () => nav.state.hidden.length,
  fit: () => view.fit(),
  relayout,
  addNode: () => claimDialog.openNode(),
  addRelationship: (node) => claimDialog.openRelationship(node, view.nodes()),
};

const toolbar = new ToolbarPanel({
  setDepth: (depth) => actions.setDepth(depth),
  setLayout: (layout) => actions.setLayout(layout),
  relayout,
  fit: () => view.fit(),
  centre: () => view.centre(),
  zoom: (factor) => view.zoom(factor),
  undo: () => nav.undo(),
  redo: () => nav.redo(),
  exportPng: () => exportPng(view),
  exportJson: () => exportJson(view),
  exportFile: (format) => void exportFile(view, format, (message) => status.error(message)),
  copyLink: () => copyLink((message) => status.info(message)),
  canUndo: () => nav.canUndo,
  canRedo: () => nav.canRedo,
});

const search = new SearchCombobox({
  label: 'Search names and aliases',
  placeholder: 'Search for Lazarus Group, an alias, a victim…',
  onPick: (result) => actions.focus(result.id),
  onError: (message) => status.error(message),
});
search.input.id = 'search';
byId('search-slot').append(search.element);

const loader = new Loader();
const timeline = new TimelinePanel(byId('timeline'), {
  select: (id, kind) => actions.select({ kind, id }),
  setWindow: (time) => actions.setTimeWindow(time),
  setHideOutside: (hide) => actions.setTimeHide(hide),
});
const controller = new Controller(view, loader, { status, details, paths, console: consolePanel, filters, walkthroughs, timeline }, toolbar);
nav = new Navigator((state, reason) => void controller.apply(state, reason));
actions = new Actions(nav, controller, loader);

bindShortcuts({ undo: () => nav.undo(), redo: () => nav.redo(), focusSearch: () => search.focus(), menu });

// Open the panel that matches a shared link.
const initial = nav.state;
if (initial.cypher !== undefined) tabs.show('console');
else if (initial.path) tabs.show('paths');
else if (initial.walkthrough) tabs.show('walkthroughs');
nav.start();
// A case link opens the case once the session is known (cases are for their members).
void signInPanel.start().then(() => {
  if (!caseToOpen) return;
  tabs.show('cases');
  void cases.open(caseToOpen.caseId, caseToOpen.viewId);
});

getHealth()
  .then((health) => {
    if (!health.neo4j.connected) status.error(`The graph database is not reachable${health.neo4j.reason ? `: ${health.neo4j.reason}` : ''}.`);
  })
  .catch((error: unknown) => status.error(describeError(error)));

getSchema()
  .then((schema) => {
    paths.setTypes(schema.relationshipTypes.map((t) => t.name));
    relationshipTypes = schema.relationshipTypes.map((t) => t.name);
    const propertyKeys = [...new Set(Object.values(schema.properties).flat())].sort();
    consolePanel.setSchema({ labels: schema.labels.map((l) => l.name), relationshipTypes: schema.relationshipTypes.map((t) => t.name), propertyKeys });
  })
  .catch(() => undefined);

// The browser tests read the canvas through window.explorerTestHooks; only test builds have them (test-hooks.ts).
if (import.meta.env.MODE === 'test') {
  void import('./test-hooks.ts').then(({ installTestHooks }) => installTestHooks(view, () => status.busy || view.layoutRunning || controller.applying));
}
