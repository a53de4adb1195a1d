// What a STIX import reads and writes, inside the one write transaction the import runs in (server/services/stix-import.ts
// plans; this module only talks to Neo4j). Plain values in and out.
import type { GraphDatabase, Transaction } from './database.ts';
import { toPlain } from './mapping.ts';
import { cypher } from './queries.ts';
import { timeSpanStatements } from './seed.ts';
import { auditTrail, ensureAuditSchema } from './audit-store.ts';

/** A node an import may join or must tell apart from. */
export interface CandidateNode {
  id: string;
  labels: string[];
  name: string;
  aliases: string[];
  /** The aliases the node had before any import added to them (absent until an import extends a seeded node's aliases). */
  ownAliases: string[] | undefined;
  /** Keys of the name (first) and of each alias: lower case, punctuation removed. */
  keys: string[];
  stixIds: string[];
  sources: string[];
  /** The Source whose statements are the node's own properties, when an import created it. */
  origin: string | undefined;
  claims: string[];
  conflicts: string[];
  from: string | undefined;
  to: string | undefined;
  /** Alias nodes that name this node, and the sources of their ALIAS_OF links. */
  aliasOf: { name: string; sources: string[] }[];
}

export interface ExistingEdge {
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}

type Value = string | number | boolean | string[];

export interface NodeWrite {
  id: string;
  /** Labels to add (Entity and the kind labels for a new node; none for a node that exists). */
  labels: string[];
  set: Record<string, Value>;
  addSources: string[];
  addStixIds: string[];
  addAliases: string[];
}

export interface EdgeWrite {
  id: string;
  type: string;
  from: string;
  to: string;
  set: Record<string, Value>;
  addSources: string[];
}

const BATCH = 500;

export function createStixStore(db: GraphDatabase) {
  return {
    /** Runs the import's reads and writes in one transaction; nothing is written when `work` throws. */
    async transaction<T>(work: (tx: StixTransaction) => Promise<T>, timeoutMs: number): Promise<T> {
      await ensureAuditSchema(db);
      return db.writeTransaction((tx) => work(stixTransaction(tx)), { timeoutMs });
    },

    /** The nodes with these ids, every relationship among them, and the Source nodes either cites. */
    async exportView(ids: string[]): Promise<ExportedView> {
      const plain = (value: unknown) => toPlain(value) as Record<string, unknown>;
      const nodes = (await db.read(cypher('export-nodes'), { ids })).records.map((r) => ({
        id: r.get('id') as string,
        labels: r.get('labels') as string[],
        props: plain(r.get('props')),
      }));
      const edges = (await db.read(cypher('export-edges'), { ids })).records.map((r) => ({
        id: String(r.get('id')),
        from: r.get('from') as string,
        to: r.get('to') as string,
        type: r.get('type') as string,
        props: plain(r.get('props')),
      }));
      const cited = [...new Set([...nodes, ...edges].flatMap((element) => strings(element.props.sources)))];
      const sources = (await db.read(cypher('export-sources'), { ids: cited })).records.map((r) => ({
        id: r.get('id') as string,
        props: plain(r.get('props')),
      }));
      return { nodes, edges, sources };
    },
  };
}

export interface ExportedView {
  nodes: { id: string; labels: string[]; props: Record<string, unknown> }[];
  edges: { id: string; from: string; to: string; type: string; props: Record<string, unknown> }[];
  sources: { id: string; props: Record<string, unknown> }[];
}

export type StixStore = ReturnType<typeof createStixStore>;

function stixTransaction(tx: Transaction) {
  return {
    /** The import's audit record, appended last in its transaction. */
    audit: auditTrail(tx),

    async candidates(request: { stixIds: string[]; keys: string[]; labels: string[]; punctuation: string[] }): Promise<CandidateNode[]> {
      const { records } = await tx.run(cypher('import-candidates'), request);
      return records.map((r) => {
        const text = (key: string) => {
          const value = toPlain(r.get(key));
          return value === null || value === undefined ? undefined : String(value);
        };
        return {
          id: r.get('id') as string,
          labels: r.get('labels') as string[],
          name: (r.get('name') as string | null) ?? (r.get('id') as string),
          aliases: strings(r.get('aliases')),
          ownAliases: r.get('ownAliases') === null ? undefined : strings(r.get('ownAliases')),
          keys: strings(r.get('keys')),
          stixIds: strings(r.get('stixIds')),
          sources: strings(r.get('sources')),
          origin: text('origin'),
          claims: strings(r.get('claims')),
          conflicts: strings(r.get('conflicts')),
          from: text('from'),
          to: text('to'),
          aliasOf: (r.get('aliasOf') as { name: unknown; sources: unknown }[]).map((a) => ({ name: String(a.name), sources: strings(a.sources) })),
        };
      });
    },

    /** The ids among these that some node holds, with that node's sources. */
    async existingIds(ids: string[]): Promise<Map<string, { sources: string[] }>> {
      if (ids.length === 0) return new Map();
      const { records } = await tx.run(cypher('import-nodes-by-id'), { ids });
      return new Map(records.map((r) => [r.get('id') as string, { sources: strings(r.get('sources')) }]));
    },

    async edgesBetween(pairs: { from: string; to: string }[]): Promise<ExistingEdge[]> {
      if (pairs.length === 0) return [];
      const { records } = await tx.run(cypher('import-edges-between'), { pairs });
      return records.map((r) => ({
        from: r.get('from') as string,
        to: r.get('to') as string,
        type: r.get('type') as string,
        props: toPlain(r.get('props')) as Record<string, unknown>,
      }));
    },

    /** Writes nodes, then relationships, in batches; `progress` after each batch (it may throw to abandon the import). */
    async write(nodes: NodeWrite[], edges: EdgeWrite[], progress: (written: number) => void): Promise<void> {
      for (let i = 0; i < nodes.length; i += BATCH) {
        const rows = nodes.slice(i, i + BATCH);
        await tx.run(cypher('import-write-nodes'), { rows });
        progress(rows.length);
      }
      for (let i = 0; i < edges.length; i += BATCH) {
        const rows = edges.slice(i, i + BATCH);
        await tx.run(cypher('import-write-edges'), { rows });
        progress(rows.length);
      }
      // Imported dates (first_seen, last_seen, published, start_time, stop_time) become time spans like the seed's.
      for (const statement of timeSpanStatements) await tx.run(statement);
    },
  };
}

export type StixTransaction = ReturnType<typeof stixTransaction>;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
