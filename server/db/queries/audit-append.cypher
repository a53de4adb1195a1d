// One record at the end of the chain, if the head is still the one the record was sealed onto (auditTrail in
// server/db/audit-store.ts); the answer gives the head as found. The dummy property write-locks the head before its
// values are read, and the lock holds until the transaction ends, so a record sealed onto the head given back cannot
// miss.
MERGE (head:AuditHead {id: 'audit'})
  ON CREATE SET head.seq = 0, head.hash = $genesis
SET head._lock = true
WITH head, head.seq AS seq, head.hash AS hash
REMOVE head._lock
WITH head, seq, hash, seq + 1 = $record.seq AND hash = $record.prevHash AS onTop
CALL (head, onTop) {
  WITH head WHERE onTop
  SET head.seq = $record.seq, head.hash = $record.hash
  CREATE (record:AuditRecord)
  SET record = $record
}
RETURN onTop AS appended, seq, hash
