// Reading and verifying the audit trail. Records are appended by the stores, in the transaction of the change they
// record (server/db/audit-store.ts); here they are listed for GET /api/audit and checked link by link.
import type { AuditQuery, AuditResponse } from '../../contract/api.ts';
import { type AuditRecord, type AuditStore, GENESIS_HASH, sealOf } from '../db/audit-store.ts';

/** What `npm run audit -- verify` found: the whole chain intact, or the first place it breaks. */
export type Verification = { ok: true; records: number; headHash: string } | { ok: false; records: number; seq: number; problem: string };

const PAGE = 5000;

export function createAudit(store: AuditStore) {
  return {
    /** Newest first; account administration is listed to admins only. */
    async list(query: AuditQuery, { withPrivate }: { withPrivate: boolean }): Promise<AuditResponse> {
      const records = await store.list({
        actor: query.user ?? null,
        entity: query.entity ?? null,
        since: query.since ? new Date(query.since).toISOString() : null,
        until: query.until ? new Date(query.until).toISOString() : null,
        before: query.before ?? null,
        withPrivate,
        limit: query.limit,
      });
      const last = records.at(-1);
      return {
        records: records.map(({ prevHash: _, before, after, ...record }) => ({ ...record, before: JSON.parse(before), after: JSON.parse(after) })),
        nextBefore: records.length === query.limit && last ? last.seq : null,
      };
    },

    /** Reads the chain in order and recomputes every seal: a changed, removed, inserted or cut-off record is found. */
    async verify(onProgress?: (checked: number, total: number) => void): Promise<Verification> {
      const head = await store.head();
      const total = head?.seq ?? 0;
      let previous = { seq: 0, hash: GENESIS_HASH };
      for (;;) {
        const page = await store.range(previous.seq, PAGE);
        for (const record of page) {
          const problem = brokenLink(record, previous);
          if (problem) return { ok: false, records: previous.seq, seq: record.seq, problem };
          previous = record;
        }
        onProgress?.(previous.seq, total);
        if (page.length < PAGE) break;
      }
      if (head && (head.seq !== previous.seq || head.hash !== previous.hash)) {
        return {
          ok: false,
          records: previous.seq,
          seq: previous.seq + 1,
          problem: `the chain ends at record ${previous.seq} but its head says ${head.seq}: records at the end were removed or the head was changed`,
        };
      }
      return { ok: true, records: previous.seq, headHash: previous.hash };
    },
  };
}

function brokenLink(record: AuditRecord, previous: { seq: number; hash: string }): string | undefined {
  if (record.seq !== previous.seq + 1) return `record ${previous.seq + 1} is missing (the next one is ${record.seq})`;
  if (record.prevHash !== previous.hash) return `record ${record.seq} does not follow record ${previous.seq}: a record before it was changed or replaced`;
  const { hash, ...fields } = record;
  if (sealOf(fields) !== hash) return `record ${record.seq} was changed after it was written`;
  return undefined;
}
