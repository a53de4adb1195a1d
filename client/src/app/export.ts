// Taking the view out of the explorer: a PNG of the whole graph, its elements as API-shaped JSON with the link that
// restores the view, and that link on the clipboard.
import { exportView } from '../api/endpoints.ts';
import { describeError } from '../api/http.ts';
import { download } from '../dom.ts';
import type { GraphView } from '../view/graph.ts';

export function exportPng(view: GraphView): void {
  download(view.png(), 'dprk-graph.png');
}

export function exportJson(view: GraphView): void {
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), view: location.href, ...view.toGraph() }, null, 2);
  download(new Blob([body], { type: 'application/json' }), 'dprk-graph.json');
}

const FILES = {
  stix: { type: 'application/stix+json', name: 'dprk-graph.stix.json' },
  graphml: { type: 'application/graphml+xml', name: 'dprk-graph.graphml' },
  csv: { type: 'text/csv', name: 'dprk-graph' },
} as const;

/** Downloads the view from the server as STIX, GraphML or CSV (nodes and relationships, two files); `error` says why not. */
export async function exportFile(view: GraphView, format: keyof typeof FILES, error: (message: string) => void): Promise<void> {
  const ids = view.toGraph().nodes.map((node) => node.id);
  if (ids.length === 0) return error('Nothing to export: the view is empty.');
  const { type, name } = FILES[format];
  try {
    if (format === 'csv') {
      for (const table of ['nodes', 'edges'] as const) download(new Blob([await exportView('csv', ids, table)], { type }), `${name}-${table}.csv`);
    } else {
      download(new Blob([await exportView(format, ids)], { type }), name);
    }
  } catch (failure) {
    error(`Export failed: ${describeError(failure)}`);
  }
}

/** Copies the link to this view; where the clipboard is refused, `info` shows the link to copy by hand. */
export function copyLink(info: (message: string) => void): void {
  navigator.clipboard.writeText(location.href).then(
    () => info('Link to this view copied.'),
    () => info(`Link to this view: ${location.href}`),
  );
}
