// Taking the view out of the explorer: a PNG of the whole graph, its elements as API-shaped JSON with the link that
// restores the view, and that link on the clipboard.
import { download } from '../dom.ts';
import type { GraphView } from '../view/graph.ts';

export function exportPng(view: GraphView): void {
  download(view.png(), 'dprk-graph.png');
}

export function exportJson(view: GraphView): void {
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), view: location.href, ...view.toGraph() }, null, 2);
  download(new Blob([body], { type: 'application/json' }), 'dprk-graph.json');
}

/** Copies the link to this view; where the clipboard is refused, `info` shows the link to copy by hand. */
export function copyLink(info: (message: string) => void): void {
  navigator.clipboard.writeText(location.href).then(
    () => info('Link to this view copied.'),
    () => info(`Link to this view: ${location.href}`),
  );
}
