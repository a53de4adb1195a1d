// Case files in Neo4j, beside the evidence graph and apart from it: a Case node, and its saved views (CaseView) and
// notes (CaseNote) linked to it by a caseId property. None of them is :Entity, so search, neighbourhoods, paths and
// walkthroughs never reach them, and the console refuses to name them (services/account-guard.ts): a case is for its
// members only, and server/services/cases.ts decides who they are. Every change appends its audit record in the same
// transaction.
import neo4j from 'neo4j-driver';
import { auditTrail, ensureAuditSchema } from './audit-store.ts';
import type { GraphDatabase, Transaction } from './database.ts';
import { toPlain } from './mapping.ts';
import { cypher } from './queries.ts';
import { ensureStatements } from './schema.ts';

/** Labels of the case files: the console refuses queries that name them and answers that contain them. */
export const caseLabels = ['Case', 'CaseView', 'CaseNote'] as const;

export const caseConstraints = [
  'CREATE CONSTRAINT case_id IF NOT EXISTS FOR (c:Case) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT case_view_id IF NOT EXISTS FOR (v:CaseView) REQUIRE v.id IS UNIQUE',
  'CREATE CONSTRAINT case_note_id IF NOT EXISTS FOR (n:CaseNote) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX case_view_case IF NOT EXISTS FOR (v:CaseView) ON (v.caseId)',
  'CREATE INDEX case_note_case IF NOT EXISTS FOR (n:CaseNote) ON (n.caseId)',
];

/** A case as stored: its walkthrough as JSON text, members as two lists of usernames. */
export interface StoredCase {
  id: string;
  title: string;
  summary: string;
  status: 'open' | 'closed';
  owner: string;
  editors: string[];
  readers: string[];
  pinned: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  walkthrough: string;
  walkthroughVersion: number;
}

export type StoredItem = Record<string, unknown> & { id: string; caseId: string };

export interface StoredCaseFile {
  case: StoredCase;
  views: StoredItem[];
  notes: StoredItem[];
}

type Row = { get(key: string): unknown };
const plain = <T>(value: unknown) => toPlain(value) as T;
const withInts = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).map(([key, value]) => [key, Number.isInteger(value) ? neo4j.int(value as number) : value]));

function caseTransaction(tx: Transaction) {
  const caseOf = (row: Row | undefined) => (row ? plain<StoredCase>(row.get('case')) : undefined);
  const itemOf = (row: Row | undefined) => (row ? plain<StoredItem>(row.get('item')) : undefined);
  return {
    /** The case, write-locked until the transaction ends; undefined when there is none. */
    lock: async (id: string) => caseOf((await tx.run(cypher('case-lock'), { id })).records[0]),
    create: async (props: StoredCase) => caseOf((await tx.run(cypher('case-create'), { props: withInts({ ...props }) })).records[0])!,
    set: async (id: string, props: Partial<StoredCase>) => caseOf((await tx.run(cypher('case-set'), { id, props: withInts(props) })).records[0])!,
    /** A view or note of the case, write-locked; undefined when there is none (or it was deleted). */
    lockItem: async (id: string, item: string) => itemOf((await tx.run(cypher('case-item-lock'), { id, item })).records[0]),
    createItem: async (label: 'CaseView' | 'CaseNote', props: StoredItem) =>
      itemOf((await tx.run(cypher('case-item-create'), { label, props: withInts(props) })).records[0])!,
    setItem: async (id: string, item: string, props: Record<string, unknown>) =>
      itemOf((await tx.run(cypher('case-item-set'), { id, item, props: withInts(props) })).records[0])!,
    audit: auditTrail(tx),
  };
}

export type CaseTransaction = ReturnType<typeof caseTransaction>;

export function createCaseStore(db: GraphDatabase) {
  const ensureSchema = () => Promise.all([ensureStatements(db, caseConstraints), ensureAuditSchema(db)]);
  return {
    async list(user: string, q: string | undefined): Promise<StoredCase[]> {
      await ensureSchema();
      const { records } = await db.read(cypher('case-list'), { user, q: q ? q.toLowerCase() : null });
      return records.map((r) => plain<StoredCase>(r.get('case')));
    },

    async get(id: string): Promise<StoredCaseFile | undefined> {
      await ensureSchema();
      const row = (await db.read(cypher('case-get'), { id })).records[0];
      if (!row) return undefined;
      return { case: plain<StoredCase>(row.get('case')), views: plain<StoredItem[]>(row.get('views')), notes: plain<StoredItem[]>(row.get('notes')) };
    },

    /** One change and its audit records in one transaction; nothing is written when `work` throws. */
    async transaction<T>(work: (tx: CaseTransaction) => Promise<T>): Promise<T> {
      await ensureSchema();
      return db.writeTransaction((tx) => work(caseTransaction(tx)), { timeoutMs: 10_000 });
    },
  };
}

export type CaseStore = ReturnType<typeof createCaseStore>;
