// Chronological paths on Neo4j. The first statement finds a shortest path and checks it for the order of time; when it
// runs backwards, the search of chronological-search.ts goes on, one statement per step, in the same transaction.
import neo4j, { type Integer, type Date as Neo4jDate, type Node, type Relationship } from 'neo4j-driver';
import type { GraphPath } from '../domain.ts';
import { type Bound, chronologicalShortestPath, type ExpandStep, type FoundHops, type FoundPath, type Side } from './chronological-search.ts';
import type { GraphDatabase, Transaction } from './database.ts';
import { pathOf, toPath } from './mapping.ts';
import { cypher } from './queries.ts';
import { isWholeCalendar, type WindowDays } from './window.ts';

export interface ChronologicalRequest {
  from: string;
  to: string;
  maxHops: number;
  types: string[];
  directed: boolean;
  window: WindowDays;
  withRetracted: boolean;
  limit: number;
}

/** Both a path's ends as element ids, for the search's steps. */
interface Ends {
  from: string;
  to: string;
}

/** The shortest path (none or one) whose dated hops keep to the order of time. */
export function chronologicalShortest(db: Pick<GraphDatabase, 'readTransaction'>, request: ChronologicalRequest): Promise<GraphPath[]> {
  return db.readTransaction(async (tx) => {
    const first = await firstPath(tx, request);
    if (!first.searchFrom) return first.paths;
    const found = await search(tx, request, first.searchFrom);
    return found ? [await foundPath(tx, found)] : [];
  });
}

/** Every path of the shortest length whose dated hops keep to the order of time, request.limit at most. */
export function chronologicalAllShortest(db: Pick<GraphDatabase, 'readTransaction'>, request: ChronologicalRequest): Promise<GraphPath[]> {
  const { from, to, maxHops, limit } = request;
  return db.readTransaction(async (tx) => {
    // One shortest path first: listing all of them, when most run backwards in time, can take long.
    const first = await firstPath(tx, request);
    if (first.paths.length > 0) {
      const { records } = await tx.run(cypher('paths-all-shortest', { maxHops, arrowEnd: arrowEnd(request) }), {
        ...filters(request),
        from,
        to,
        limit,
        chronological: true,
      });
      return records.map((r) => toPath(r.get('path')));
    }
    if (!first.searchFrom) return [];
    const found = await search(tx, request, first.searchFrom);
    if (!found) return [];
    const slots = { maxHops: found.rels.length, arrowEnd: arrowEnd(request) };
    const reached = Object.fromEntries(found.reached.map((node) => [node, true]));
    const params = { ...filters(request), windowed: !isWholeCalendar(request.window), from, to, reached, limit };
    const { records } = await tx.run(cypher('paths-chronological-all', slots), params);
    return records.map((r) => toPath(r.get('path')));
  });
}

/**
 * Neo4j's shortest path if it keeps to the order of time; otherwise, when there is a path at all, the two ends as
 * element ids, for the search to go on from.
 */
async function firstPath(tx: Transaction, request: ChronologicalRequest): Promise<{ paths: GraphPath[]; searchFrom?: Ends }> {
  const { from, to, maxHops } = request;
  const { records } = await tx.run(cypher('paths-shortest', { maxHops, arrowEnd: arrowEnd(request) }), { ...filters(request), from, to, chronological: true });
  const record = records[0];
  if (record?.get('path')) return { paths: [toPath(record.get('path'))] };
  if (!record?.get('searchOn')) return { paths: [] };
  return { paths: [], searchFrom: { from: record.get('fromElement') as string, to: record.get('toElement') as string } };
}

function search(tx: Transaction, request: ChronologicalRequest, ends: Ends): Promise<FoundPath | undefined> {
  return chronologicalShortestPath({ start: ends.from, end: ends.to, maxHops: request.maxHops, expand: stepper(tx, request, ends) });
}

function filters({ types, withRetracted, window }: ChronologicalRequest) {
  return { types, withRetracted, windowFrom: window.from, windowTo: window.to };
}

function arrowEnd({ directed }: ChronologicalRequest): '->' | '-' {
  return directed ? '->' : '-';
}

function stepper(tx: Transaction, request: ChronologicalRequest, ends: Ends): ExpandStep {
  const { directed } = request;
  const texts = {
    forward: cypher('paths-step', { arrowStart: '-', arrowEnd: directed ? '->' : '-' }),
    backward: cypher('paths-step', { arrowStart: directed ? '<-' : '-', arrowEnd: '-' }),
  };
  return async ({ side, frontier, other, meetOnly }) => {
    const params = {
      ...filters(request),
      windowed: !isWholeCalendar(request.window),
      ends: [ends.from, ends.to],
      forward: side === 'forward',
      meetOnly,
      frontier: frontier.map(({ node, bound }) => [node, toDate(bound)]),
      other: Object.fromEntries([...other].map(([node, bound]) => [node, [toDate(bound)]])),
    };
    const { records } = await tx.run(texts[side], params);
    return records.map((r) => ({
      from: r.get('from') as string,
      rel: r.get('rel') as string,
      to: r.get('to') as string,
      bound: fromDate(r.get('bound') as Neo4jDate<number | Integer> | null, side),
    }));
  };
}

/** A bound as Neo4j's date; null for a path without dated hops. */
function toDate(bound: Bound): Neo4jDate<number | Integer> | null {
  if (!Number.isFinite(bound)) return null;
  return new neo4j.types.Date(Math.floor(bound / 10000), Math.floor(bound / 100) % 100, bound % 100);
}

function fromDate(date: Neo4jDate<number | Integer> | null, side: Side): Bound {
  if (date === null) return side === 'forward' ? -Infinity : Infinity;
  return Number(date.year) * 10000 + Number(date.month) * 100 + Number(date.day);
}

async function foundPath(tx: Transaction, found: FoundHops): Promise<GraphPath> {
  const { records } = await tx.run(cypher('path-elements'), { nodes: found.nodes, rels: found.rels });
  const nodes = new Map((records[0]!.get('nodes') as Node[]).map((node) => [node.elementId, node]));
  const rels = new Map((records[0]!.get('rels') as Relationship[]).map((rel) => [rel.elementId, rel]));
  return pathOf(
    found.nodes.map((id) => nodes.get(id)!),
    found.rels.map((id) => rels.get(id)!),
  );
}
