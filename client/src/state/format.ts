// Turning data into words: amounts, dates, captions and path sentences. Pure.
import { CONFIDENCE_LEVELS, type Confidence } from '../../../contract/limits.ts';
import type { GraphEdge, GraphNode } from '../api/types.ts';

/** 81000000 -> "US$81M", 1500000000 -> "US$1.5B", 620000 -> "US$620K". */
export function formatUsd(amount: unknown): string | undefined {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
  const abs = Math.abs(amount);
  const sign = amount < 0 ? '-' : '';
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) {
      const value = abs / size;
      const text = value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
      return `${sign}US$${text}${suffix}`;
    }
  }
  return `${sign}US$${abs.toFixed(0)}`;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** "2016-02-04", "2017–2019" (from/to), or undefined. */
export function formatDateRange(properties: Record<string, unknown>): string | undefined {
  const date = text(properties.date);
  if (date) return date;
  const from = text(properties.from);
  const to = text(properties.to);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `${from}–`;
  if (to) return `–${to}`;
  return undefined;
}

/** The node's label on the canvas: name, and for incidents the amount and date. */
export function nodeCaption(node: GraphNode): string {
  const extra: string[] = [];
  const amount = formatUsd(node.properties.amountUsd);
  if (amount) extra.push(amount);
  if (node.labels.includes('Incident')) {
    const when = formatDateRange(node.properties);
    if (when) extra.push(when);
  }
  const name = node.name.length > 40 ? `${node.name.slice(0, 38)}…` : node.name;
  return extra.length ? `${name}\n${extra.join(' · ')}` : name;
}

/** Which label decides colour and shape when a node has several. */
const PRIORITY = [
  'Group',
  'Person',
  'Launderer',
  'Victim',
  'Incident',
  'Campaign',
  'Malware',
  'Tool',
  'Technique',
  'Alias',
  'Country',
  'Organization',
  'Source',
  'Actor',
];

export function primaryLabel(labels: readonly string[]): string {
  for (const label of PRIORITY) if (labels.includes(label)) return label;
  return labels[0] ?? 'Unknown';
}

export function confidenceOf(edge: Pick<GraphEdge, 'properties'>): Confidence | 'unknown' {
  const value = edge.properties.confidence;
  return (CONFIDENCE_LEVELS as readonly unknown[]).includes(value) ? (value as Confidence) : 'unknown';
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export interface Hop {
  from: GraphNode;
  edge: GraphEdge;
  to: GraphNode;
  /** True when the walk follows the edge's direction (source -> target). */
  forward: boolean;
}

/**
 * The hops of a path whose edges are in walk order. The walk starts at `startId` (or the path's first node) when that
 * touches the first edge, otherwise at the end of the first edge not shared with the second one.
 */
export function pathHops(path: { nodes: GraphNode[]; edges: GraphEdge[] }, startId?: string): Hop[] {
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  const first = path.edges[0];
  if (!first) return [];
  const touches = (id: string | undefined) => id !== undefined && (first.source === id || first.target === id);
  let current = [startId, path.nodes[0]?.id].find(touches);
  if (!current) {
    const second = path.edges[1];
    current = second && (first.source === second.source || first.source === second.target) ? first.target : first.source;
  }
  const hops: Hop[] = [];
  for (const edge of path.edges) {
    const forward: boolean = edge.source === current;
    const nextId: string = forward ? edge.target : edge.source;
    const from = current === undefined ? undefined : byId.get(current);
    const to = byId.get(nextId);
    if (!from || !to) break;
    hops.push({ from, edge, to, forward });
    current = nextId;
  }
  return hops;
}

/** A relationship read from one of its ends: "—LAUNDERED→" when it leaves that end, "←CONDUCTED—" when it arrives. */
export function relationshipArrow(type: string, forward: boolean): string {
  return forward ? `—${type}→` : `←${type}—`;
}

/** When a relationship held, as its sources date it: "2018, 2021-02", "2016-02", "since 2014"; undefined when undated. */
export function hopDate(properties: Record<string, unknown>): string | undefined {
  const dates = Array.isArray(properties.dates) ? properties.dates.filter((d): d is string => typeof d === 'string') : [];
  if (dates.length > 1) return dates.join(', ');
  const since = text(properties.since);
  return formatDateRange(properties) ?? (since ? `since ${since}` : undefined);
}

/** "Tian Yinyin —LAUNDERED→ 2018 exchange hack ←CONDUCTED (2018-04)— Lazarus Group": each dated hop with its date. */
export function pathSentence(hops: readonly Hop[]): string {
  const first = hops[0];
  if (!first) return '';
  let sentence = first.from.name;
  for (const hop of hops) {
    const when = hopDate(hop.edge.properties);
    sentence += ` ${relationshipArrow(when ? `${hop.edge.type} (${when})` : hop.edge.type, hop.forward)} ${hop.to.name}`;
  }
  return sentence;
}

function cypherLiteral(value: unknown): string | undefined {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = value.map(cypherLiteral);
    return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  return undefined;
}

/** A walkthrough query with its $parameters written in as literals, so it runs as it is in the console. */
export function inlineParams(query: string, params: Record<string, unknown> = {}): string {
  return query.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => (Object.hasOwn(params, name) ? (cypherLiteral(params[name]) ?? whole) : whole));
}
