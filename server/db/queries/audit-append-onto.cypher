// One record at the end of the chain, if the head is still the one the record was sealed onto (auditTrail in
// server/db/audit-store.ts). The dummy property write-locks the head before its values are compared, so the head stays
// locked either way and a miss can read it again (audit-lock-head) and append for certain.
MERGE (head:AuditHead {id: 'audit'})
  ON CREATE SET head.seq = 0, head.hash = $genesis
SET head._lock = true
WITH head, head.seq + 1 = $record.seq AND head.hash = $record.prevHash AS onTop
REMOVE head._lock
WITH head, onTop
CALL (head, onTop) {
  WITH head WHERE onTop
  SET head.seq = $record.seq, head.hash = $record.hash
  CREATE (record:AuditRecord)
  SET record = $record
}
RETURN onTop AS appended
