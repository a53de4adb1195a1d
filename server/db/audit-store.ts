// The audit trail: one AuditRecord per change, appended in the same transaction as the change, each sealed with the
// SHA-256 of its fields and of the record before it. Changing or removing a record afterwards breaks the chain at that
// point (server/services/audit.ts verifies it). Records are not :Entity, so no view of the graph reaches them.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { GraphDatabase, Transaction } from './database.ts';
import { toPlain } from './mapping.ts';
import { cypher } from './queries.ts';
import { ensureStatements } from './schema.ts';

/** What a change records: who did what to which entity, the value before and after, and from which request. */
export interface AuditEntry {
  /** `claim.create`, `claim.edit`, `claim.retract`, `source.create`, `import`, `account.*`… */
  action: string;
  /** The account's username, `service-token`, or `cli:<os user>` for the command line. */
  actor: string;
  /** The node, relationship, source or account changed; null for a change of many (an import names its source). */
  entity: string | null;
  before: unknown;
  after: unknown;
  /** The HTTP request's id (its log line has the same), or null from the command line. */
  request: string | null;
}

/** A record as stored: before and after as JSON text, so that the hash covers exactly the stored bytes. */
export interface AuditRecord {
  seq: number;
  at: string;
  action: string;
  actor: string;
  entity: string | null;
  before: string;
  after: string;
  request: string | null;
  prevHash: string;
  hash: string;
}

/** The hash before the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** Labels of the audit trail: the console refuses to read them (the trail names accounts). */
export const auditLabels = ['AuditRecord', 'AuditHead'] as const;

export const auditConstraints = [
  'CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (r:AuditRecord) REQUIRE r.seq IS UNIQUE',
  'CREATE CONSTRAINT audit_head IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE',
  'CREATE INDEX audit_entity IF NOT EXISTS FOR (r:AuditRecord) ON (r.entity)',
  'CREATE INDEX audit_actor IF NOT EXISTS FOR (r:AuditRecord) ON (r.actor)',
];

/** The seal of a record: SHA-256 over its fields in a fixed order, the previous record's hash among them. */
export function sealOf(record: Omit<AuditRecord, 'hash'>): string {
  const { seq, at, action, actor, entity, before, after, request, prevHash } = record;
  return createHash('sha256')
    .update(JSON.stringify([seq, at, action, actor, entity, before, after, request, prevHash]))
    .digest('hex');
}

interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The audit trail of one write transaction: each call appends a record at the end of the chain, inside the transaction,
 * so it lands or rolls back with the change it records. The head is read, unlocked, as the transaction's first
 * statement, so it travels with the change's own first statements; each record is sealed onto it and sent with a
 * statement that locks the head and appends only if the head is still that one. A change thus costs one round trip
 * for its record, not two. When another transaction appended in between, this one now holds the head's lock: it seals
 * the record anew onto the head the statement found and sends it again. The head is locked after whatever the change
 * locked before it, in every writer, so two writers cannot deadlock on it.
 */
export function auditTrail(tx: Transaction): (entry: AuditEntry, at?: Date) => Promise<AuditRecord> {
  let head = handled(tx.run(cypher('audit-head')).then(({ records }) => headOf(records[0]!)));
  return (entry, at = new Date()) => {
    const appended = head.then((known) => append(tx, entry, at, known));
    head = handled(appended.then(({ seq, hash }) => ({ seq, hash })));
    return appended;
  };
}

/** The promise as it is: a failure fails the transaction and reaches the next append, if any, not the process. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function append(tx: Transaction, entry: AuditEntry, at: Date, head: ChainHead): Promise<AuditRecord> {
  const record = sealedOnto(head, entry, at);
  const { records } = await tx.run(cypher('audit-append'), { record: { ...record, seq: neo4j.int(record.seq) }, genesis: GENESIS_HASH });
  const found = records[0]!;
  if (found.get('appended') === true) return record;
  // Another transaction appended after the head was read; the head found is locked by this one now, so this lands.
  return append(tx, entry, at, headOf(found));
}

/** The head read by audit-head (none before the first record: the genesis hash) or by audit-append. */
function headOf(row: { get(key: string): unknown }): ChainHead {
  const seq = row.get('seq');
  return seq === null ? { seq: 0, hash: GENESIS_HASH } : { seq: Number(seq), hash: row.get('hash') as string };
}

function sealedOnto(head: ChainHead, entry: AuditEntry, at: Date): AuditRecord {
  const unsealed = {
    seq: head.seq + 1,
    at: at.toISOString(),
    action: entry.action,
    actor: entry.actor,
    entity: entry.entity,
    before: JSON.stringify(entry.before ?? null),
    after: JSON.stringify(entry.after ?? null),
    request: entry.request,
    prevHash: head.hash,
  };
  return { ...unsealed, hash: sealOf(unsealed) };
}

export interface AuditFilter {
  actor: string | null;
  entity: string | null;
  since: string | null;
  until: string | null;
  before: number | null;
  withPrivate: boolean;
  limit: number;
}

/** The trail's constraints and indexes, created before the first append. */
export function ensureAuditSchema(db: GraphDatabase): Promise<void> {
  return ensureStatements(db, auditConstraints);
}

export function createAuditStore(db: GraphDatabase) {
  // Neo4j stores no null property: a record without entity or request reads back without them.
  const toRecord = (value: unknown): AuditRecord => {
    const record = toPlain(value) as AuditRecord;
    return { ...record, entity: record.entity ?? null, request: record.request ?? null };
  };
  return {
    async list(filter: AuditFilter): Promise<AuditRecord[]> {
      const { records } = await db.read(cypher('audit-list'), {
        ...filter,
        before: filter.before === null ? null : neo4j.int(filter.before),
        limit: neo4j.int(filter.limit),
      });
      return records.map((r) => toRecord(r.get('record')));
    },

    /** Up to `limit` records after sequence number `after`, in order. */
    async range(after: number, limit: number): Promise<AuditRecord[]> {
      const { records } = await db.read(cypher('audit-range'), { after: neo4j.int(after), limit: neo4j.int(limit) });
      return records.map((r) => toRecord(r.get('record')));
    },

    async head(): Promise<{ seq: number; hash: string } | undefined> {
      const { records } = await db.read(cypher('audit-head'));
      const seq = records[0]?.get('seq');
      return seq === null || seq === undefined ? undefined : { seq: Number(seq), hash: records[0]!.get('hash') as string };
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
