// The top toolbar: depth, layout, fit/centre, undo/redo, export, copy link.
import { byId } from '../dom.ts';
import { DEPTH, LAYOUTS, type LayoutName } from '../../../contract/limits.ts';
import type { ViewState } from '../state/view-state.ts';
import { h } from '../dom.ts';
import { LAYOUT_LABELS } from '../view/layouts.ts';

export interface ToolbarHandlers {
  setDepth(depth: number): void;
  setLayout(layout: LayoutName): void;
  relayout(): void;
  fit(): void;
  centre(): void;
  zoom(factor: number): void;
  undo(): void;
  redo(): void;
  exportPng(): void;
  exportJson(): void;
  exportFile(format: 'stix' | 'graphml' | 'csv'): void;
  copyLink(): void;
  canUndo(): boolean;
  canRedo(): boolean;
}

export class ToolbarPanel {
  readonly #depth = byId<HTMLSelectElement>('depth');
  readonly #layout = byId<HTMLSelectElement>('layout');
  readonly #undo = byId<HTMLButtonElement>('undo');
  readonly #redo = byId<HTMLButtonElement>('redo');
  readonly #handlers: ToolbarHandlers;

  constructor(handlers: ToolbarHandlers) {
    this.#handlers = handlers;
    const depths = Array.from({ length: DEPTH.max - DEPTH.min + 1 }, (_, i) => String(DEPTH.min + i));
    this.#depth.replaceChildren(...depths.map((depth) => h('option', { value: depth, text: depth })));
    this.#layout.replaceChildren(...LAYOUTS.map((name) => h('option', { value: name, text: LAYOUT_LABELS[name] })));
    this.#depth.addEventListener('change', () => handlers.setDepth(Number(this.#depth.value)));
    this.#layout.addEventListener('change', () => handlers.setLayout(this.#layout.value as LayoutName));
    const click = (id: string, fn: () => void) => byId(id).addEventListener('click', fn);
    click('relayout', () => handlers.relayout());
    click('fit', () => handlers.fit());
    click('centre', () => handlers.centre());
    click('zoom-in', () => handlers.zoom(1.25));
    click('zoom-out', () => handlers.zoom(0.8));
    click('undo', () => handlers.undo());
    click('redo', () => handlers.redo());
    click('export-png', () => handlers.exportPng());
    click('export-json', () => handlers.exportJson());
    click('export-stix', () => handlers.exportFile('stix'));
    click('export-graphml', () => handlers.exportFile('graphml'));
    click('export-csv', () => handlers.exportFile('csv'));
    click('copy-link', () => handlers.copyLink());
  }

  sync(state: ViewState): void {
    this.#depth.value = String(state.depth);
    this.#layout.value = state.layout;
    this.#undo.disabled = !this.#handlers.canUndo();
    this.#redo.disabled = !this.#handlers.canRedo();
  }
}
