// What analysts' claims read and write, inside one write transaction per change (server/services/claims.ts decides
// what to write; this module only talks to Neo4j). Every change appends its audit record in the same transaction.
import neo4j from 'neo4j-driver';
import { auditTrail, ensureAuditSchema } from './audit-store.ts';
import type { GraphDatabase, Transaction } from './database.ts';
import { plainProperties } from './mapping.ts';
import { AppError } from '../errors.ts';
import { cypher } from './queries.ts';

/** The days a date text covers (the service derives it from the text, as cypher/seed/18_time_spans.cypher does). */
interface DateSpan {
  from: string;
  to: string;
  precision: string;
}

/** Properties as the service sees them: plain JSON values (the time span is derived from the date text on write). */
export type PlainProps = Record<string, unknown>;

interface StoredNode {
  labels: string[];
  props: PlainProps;
}

interface StoredEdge {
  type: string;
  props: PlainProps;
}

/** The two ends and the type of a relationship id `from~TYPE~to` (or `from~TYPE~to~N`); undefined for a node id. */
export function edgeEnds(id: string): { from: string; type: string; to: string } | undefined {
  const [from, type, to, extra, ...rest] = id.split('~');
  if (!from || !type || !to || rest.length > 0 || (extra !== undefined && !/^\d+$/.test(extra))) return undefined;
  return { from, type, to };
}

const TIME_KEYS = ['timeFrom', 'timeTo', 'timePrecision'];

/** The stored properties: the plain ones without their derived span, then the span as Neo4j dates. */
function withSpan(props: PlainProps, span: DateSpan | undefined): PlainProps {
  const plain = Object.fromEntries(Object.entries(props).filter(([key]) => !TIME_KEYS.includes(key)));
  if (!span) return plain;
  return { ...plain, timeFrom: neo4jDate(span.from), timeTo: neo4jDate(span.to), timePrecision: span.precision };
}

function neo4jDate(day: string) {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, date);
}

type Row = { get(key: string): unknown };
const nodeOf = (r: Row): StoredNode => ({ labels: r.get('labels') as string[], props: plainProperties(r.get('props') as PlainProps) });
const edgeOf = (r: Row): StoredEdge => ({ type: r.get('type') as string, props: plainProperties(r.get('props') as PlainProps) });

function claimTransaction(tx: Transaction) {
  return {
    /** The node, write-locked until the transaction ends. */
    async lockNode(id: string): Promise<StoredNode | undefined> {
      const { records } = await tx.run(cypher('claim-lock-node'), { id });
      return records[0] ? nodeOf(records[0]) : undefined;
    },

    /** The relationship, write-locked until the transaction ends. */
    async lockEdge(id: string): Promise<StoredEdge | undefined> {
      const ends = edgeEnds(id);
      if (!ends) return undefined;
      const { records } = await tx.run(cypher('claim-lock-edge'), { id, from: ends.from, to: ends.to });
      return records[0] ? edgeOf(records[0]) : undefined;
    },

    async takenNodeIds(base: string): Promise<string[]> {
      const { records } = await tx.run(cypher('claim-node-ids'), { base });
      return records[0]!.get('taken') as string[];
    },

    async edgeSlot(from: string, type: string, to: string): Promise<{ fromExists: boolean; toExists: boolean; taken: string[] }> {
      const { records } = await tx.run(cypher('claim-edge-ids'), { from, type, to });
      const r = records[0]!;
      return { fromExists: r.get('fromExists') === true, toExists: r.get('toExists') === true, taken: r.get('taken') as string[] };
    },

    async createNode(labels: string[], props: PlainProps, span: DateSpan | undefined): Promise<StoredNode> {
      const { records } = await tx.run(cypher('claim-node-create'), { labels, props: withSpan(props, span) });
      return nodeOf(records[0]!);
    },

    async createEdge(from: string, type: string, to: string, props: PlainProps, span: DateSpan | undefined): Promise<StoredEdge> {
      const { records } = await tx.run(cypher('claim-edge-create'), { from, to, type, props: withSpan(props, span) });
      return edgeOf(records[0]!);
    },

    async setNode(id: string, props: PlainProps, span: DateSpan | undefined): Promise<StoredNode> {
      const { records } = await tx.run(cypher('claim-node-set'), { id, props: withSpan(props, span) });
      return nodeOf(records[0]!);
    },

    async setEdge(id: string, props: PlainProps, span: DateSpan | undefined): Promise<StoredEdge> {
      const { from, to } = edgeEnds(id)!;
      const { records } = await tx.run(cypher('claim-edge-set'), { id, from, to, props: withSpan(props, span) });
      return edgeOf(records[0]!);
    },

    async createSource(props: PlainProps, span: DateSpan | undefined): Promise<PlainProps> {
      const { records } = await tx.run(cypher('claim-source-create'), { props: withSpan(props, span) });
      return plainProperties(records[0]!.get('props') as PlainProps);
    },

    async sourceExists(id: string): Promise<boolean> {
      const { records } = await tx.run(cypher('sources-by-id'), { ids: [id] });
      return records.length > 0;
    },

    audit: auditTrail(tx),
  };
}

export type ClaimTransaction = ReturnType<typeof claimTransaction>;

export function createClaimStore(db: GraphDatabase) {
  return {
    /** Runs one change and its audit records in one transaction; nothing is written when `work` throws. */
    async transaction<T>(work: (tx: ClaimTransaction) => Promise<T>): Promise<T> {
      await ensureAuditSchema(db);
      try {
        return await db.writeTransaction((tx) => work(claimTransaction(tx)), { timeoutMs: 10_000 });
      } catch (error) {
        // Two claims given the same new id at the same moment: the unique constraint lets one through.
        const code = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
        if (String(code).includes('ConstraintValidationFailed')) {
          throw new AppError('CONFLICT', 'Another change took the same id at the same moment; nothing was written: send it again');
        }
        throw error;
      }
    },
  };
}

export type ClaimStore = ReturnType<typeof createClaimStore>;
