// A read-only window onto the canvas for the browser tests (the graph itself is a <canvas>). Only test builds
// (`vite build --mode test`, see tests/setup/test-client.global.ts) load this module: main.ts imports it behind
// `import.meta.env.MODE === 'test'`, which a production build folds to false, leaving neither the import nor this chunk.
import type { GraphView } from './view/graph.ts';

interface ExplorerTestHooks {
  nodeIds(): string[];
  edgeIds(): string[];
  marked(cls: string): string[];
  /** The box a node is drawn in (an ATT&CK tactic), if any. */
  parentOf(id: string): string | undefined;
  pagePosition(id: string): { x: number; y: number } | undefined;
  /** True while a request, a state change or a layout is under way. */
  busy(): boolean;
}

declare global {
  interface Window {
    explorerTestHooks?: ExplorerTestHooks;
  }
}

export function installTestHooks(view: GraphView, busy: () => boolean): void {
  window.explorerTestHooks = {
    nodeIds: () => view.nodeIds(),
    edgeIds: () => view.edgeIds(),
    marked: (cls) => view.marked(cls),
    parentOf: (id) => view.parentOf(id),
    pagePosition: (id) => view.pagePosition(id),
    busy,
  };
}
