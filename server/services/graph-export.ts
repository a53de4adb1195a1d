// The view as files other tools open: GraphML (Gephi, yEd, Cytoscape desktop) and CSV (one table of nodes, one of
// relationships). Every property is written; lists as JSON text, so nothing is lost or split on commas.
import type { ExportedView } from '../db/stix-store.ts';

type Props = Record<string, unknown>;

/** A property as one cell: strings as they are, lists and other values as JSON. */
function cell(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Property keys in the order written: the given ones first, then the rest alphabetically. */
function keysOf(rows: Props[], first: string[]): string[] {
  const rest = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!first.includes(key)) rest.add(key);
  return [...first, ...[...rest].sort()];
}

const xml = (value: string) =>
  value
    // Characters XML 1.0 cannot hold at all.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** GraphML with `labels` and `type` as attributes, and one string key per property name of nodes and of edges. */
export function exportGraphml(view: ExportedView): string {
  const nodeKeys = keysOf(
    view.nodes.map((node) => node.props),
    ['name'],
  ).filter((key) => key !== 'id');
  const edgeKeys = keysOf(
    view.edges.map((edge) => edge.props),
    [],
  ).filter((key) => key !== 'id');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    ...nodeKeys.map((key, i) => `  <key id="n${i}" for="node" attr.name="${xml(key)}" attr.type="string"/>`),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...edgeKeys.map((key, i) => `  <key id="e${i}" for="edge" attr.name="${xml(key)}" attr.type="string"/>`),
    '  <graph id="dprk-graph" edgedefault="directed">',
  ];
  const data = (keys: string[], prefix: string, props: Props) =>
    keys.flatMap((key, i) => (props[key] === undefined || props[key] === null ? [] : [`      <data key="${prefix}${i}">${xml(cell(props[key]))}</data>`]));
  for (const node of view.nodes) {
    lines.push(
      `    <node id="${xml(node.id)}">`,
      `      <data key="labels">${xml(node.labels.join(','))}</data>`,
      ...data(nodeKeys, 'n', node.props),
      '    </node>',
    );
  }
  for (const edge of view.edges) {
    lines.push(
      `    <edge id="${xml(edge.id)}" source="${xml(edge.from)}" target="${xml(edge.to)}">`,
      `      <data key="type">${xml(edge.type)}</data>`,
      ...data(edgeKeys, 'e', edge.props),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. A leading =+-@ is escaped so that
 * spreadsheets do not run it as a formula (the graph holds text written by other sources). */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: string[], rows: string[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Nodes: `id,labels,name,…` (labels joined with `;`), one column per property. */
export function exportNodesCsv(view: ExportedView): string {
  const keys = keysOf(
    view.nodes.map((node) => node.props),
    ['name'],
  ).filter((key) => key !== 'id');
  return csv(
    ['id', 'labels', ...keys],
    view.nodes.map((node) => [node.id, node.labels.join(';'), ...keys.map((key) => (node.props[key] === undefined ? '' : cell(node.props[key])))]),
  );
}

/** Relationships: `id,source,target,type,…`, one column per property. */
export function exportEdgesCsv(view: ExportedView): string {
  const keys = keysOf(
    view.edges.map((edge) => edge.props),
    [],
  ).filter((key) => key !== 'id');
  return csv(
    ['id', 'source', 'target', 'type', ...keys],
    view.edges.map((edge) => [edge.id, edge.from, edge.to, edge.type, ...keys.map((key) => (edge.props[key] === undefined ? '' : cell(edge.props[key])))]),
  );
}
