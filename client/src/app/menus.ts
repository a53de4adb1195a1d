// Context menus on the graph: expand (all or by relationship type), hide, remove, find paths from/to here.
import { getNode } from '../api/endpoints.ts';
import { describeError } from '../api/http.ts';
import type { GraphNode } from '../api/types.ts';
import type { ContextMenu, MenuItem } from '../panels/context-menu.ts';
import { canEditClaims } from '../state/session.ts';
import type { Actions } from './actions.ts';

export interface MenuContext {
  menu: ContextMenu;
  actions: Actions;
  node(id: string): GraphNode | undefined;
  pathFrom(node: GraphNode): void;
  pathTo(node: GraphNode): void;
  selectEdge(id: string): void;
  hiddenCount(): number;
  fit(): void;
  relayout(): void;
  addNode(): void;
  addRelationship(node: GraphNode): void;
}

export function nodeMenu(ctx: MenuContext, id: string, x: number, y: number): void {
  const node = ctx.node(id);
  if (!node) return;
  const { actions } = ctx;
  const base: MenuItem[] = [
    { label: 'Expand (all relationships)', action: () => actions.expand(id) },
    { label: 'Focus: new view from here', action: () => actions.focus(id) },
    { label: 'Show details', action: () => actions.select({ kind: 'node', id }) },
    { label: 'Find paths from here…', action: () => ctx.pathFrom(node) },
    { label: 'Find paths to here…', action: () => ctx.pathTo(node) },
    { label: 'Hide', action: () => actions.hide(id) },
    { label: 'Remove from view', action: () => actions.remove(id) },
    ...(canEditClaims() ? [{ label: 'Add a relationship from here…', action: () => ctx.addRelationship(node) }] : []),
  ];
  const title = node.name;
  ctx.menu.show(x, y, title, [...base, { label: 'Expand by relationship type: loading…', note: true }]);
  // Only the counts are needed, and they cover every relationship whatever the page size.
  getNode(id, { limit: 1 })
    .then(({ relationshipCounts }) => {
      const counts = new Map<string, number>();
      for (const { type, count } of relationshipCounts) counts.set(type, (counts.get(type) ?? 0) + count);
      const byType: MenuItem[] = [...counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, count]) => ({ label: `Expand ${type} (${count})`, action: () => actions.expand(id, [type]) }));
      if (!ctx.menu.open) return;
      ctx.menu.setItems(title, [...base, { label: byType.length ? 'Expand by relationship type' : 'No relationships', note: true }, ...byType]);
    })
    .catch((error: unknown) => {
      if (ctx.menu.open) ctx.menu.setItems(title, [...base, { label: describeError(error), note: true }]);
    });
}

export function edgeMenu(ctx: MenuContext, id: string, x: number, y: number): void {
  ctx.menu.show(x, y, 'Relationship', [{ label: 'Show details and sources', action: () => ctx.selectEdge(id) }]);
}

export function backgroundMenu(ctx: MenuContext, x: number, y: number): void {
  const hidden = ctx.hiddenCount();
  ctx.menu.show(x, y, 'View', [
    { label: 'Fit to screen', action: () => ctx.fit() },
    { label: 'Run the layout again', action: () => ctx.relayout() },
    ...(hidden ? [{ label: `Show ${hidden} hidden node${hidden === 1 ? '' : 's'}`, action: () => ctx.actions.showHidden() }] : []),
    { label: 'Clear the view', action: () => ctx.actions.clearView() },
    ...(canEditClaims() ? [{ label: 'State a node…', action: () => ctx.addNode() }] : []),
  ]);
}
