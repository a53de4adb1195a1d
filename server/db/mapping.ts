// The one place where neo4j-driver values become the API's JSON shapes.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';
import type { Node, Path, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphPath } from '../domain.ts';

/** Every seeded node carries this label for the id constraint and full-text index; the API does not show it. */
const ENTITY_LABEL = 'Entity';

export function nodeId(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

export function toNode(node: Node): GraphNode {
  const properties = plainProperties(node.properties);
  const id = nodeId(node);
  return {
    id,
    labels: node.labels.filter((label) => label !== ENTITY_LABEL),
    name: typeof properties.name === 'string' ? properties.name : id,
    properties,
  };
}

/** A relationship's own `id` (every seeded or imported one has one); Neo4j's element id for any other. */
function edgeId(rel: Relationship): string {
  const id = rel.properties.id;
  return typeof id === 'string' ? id : rel.elementId;
}

export function toEdge(rel: Relationship, source: string, target: string): GraphEdge {
  return { id: edgeId(rel), source, target, type: rel.type, properties: plainProperties(rel.properties) };
}

export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toPlain(value)]));
}

/** Integers become numbers (strings beyond 2^53), temporal values ISO strings; graph values are left to the graph collector. */
export function toPlain(value: unknown): unknown {
  // Fast path: most property values are strings (or lists of strings); the temporal checks below are costly.
  const type = typeof value;
  if (type === 'string' || type === 'boolean' || type === 'number') return value;
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && !isNode(value) && !isRelationship(value) && !isPath(value)) {
    return plainProperties(value as Record<string, unknown>);
  }
  return value;
}

export function toPath(path: Path): GraphPath {
  return pathOf(
    [path.start, ...path.segments.map((segment) => segment.end)],
    path.segments.map((segment) => segment.relationship),
  );
}

/** A path from its nodes in order and the relationships between them, each edge drawn the way it points. */
export function pathOf(nodes: Node[], rels: Relationship[]): GraphPath {
  const ids = new Map(nodes.map((node) => [node.elementId, nodeId(node)]));
  return {
    nodes: nodes.map(toNode),
    edges: rels.map((rel) => toEdge(rel, ids.get(rel.startNodeElementId)!, ids.get(rel.endNodeElementId)!)),
    length: rels.length,
  };
}

/** Collects every node, relationship and path found anywhere in a value, for drawing query results. */
export class GraphCollector {
  readonly nodes = new Map<string, Node>();
  readonly relationships = new Map<string, Relationship>();

  add(value: unknown): void {
    if (isNode(value)) this.nodes.set(value.elementId, value);
    else if (isRelationship(value)) this.relationships.set(value.elementId, value);
    else if (isPath(value)) this.addPath(value);
    else if (Array.isArray(value)) for (const item of value) this.add(item);
    else if (value && typeof value === 'object' && !neo4j.isInt(value)) for (const item of Object.values(value)) this.add(item);
  }

  private addPath(path: Path): void {
    for (const segment of path.segments) {
      this.add(segment.start);
      this.add(segment.relationship);
      this.add(segment.end);
    }
    this.add(path.start);
  }

  /** Element ids of relationship endpoints that were not themselves in the results. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) if (!this.nodes.has(end)) missing.add(end);
    }
    return [...missing];
  }
}

/** A result row value as JSON: nodes and relationships in their API shapes, paths as {nodes, edges}. */
export function rowValue(value: unknown, idOf: (elementId: string) => string): unknown {
  if (isNode(value)) return toNode(value);
  if (isRelationship(value)) return toEdge(value, idOf(value.startNodeElementId), idOf(value.endNodeElementId));
  if (isPath(value)) return toPath(value);
  if (Array.isArray(value)) return value.map((item) => rowValue(item, idOf));
  if (value && typeof value === 'object' && !neo4j.isInt(value) && !isPoint(value) && !isTemporal(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rowValue(item, idOf)]));
  }
  return toPlain(value);
}

function isTemporal(value: unknown): boolean {
  return isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value);
}
