// The head of the audit chain (its last sequence number and hash), write-locked for the rest of the transaction: the
// dummy property takes the lock before the values are read, so two transactions that append cannot both read the same
// head (the second waits until the first commits, then reads what it wrote).
MERGE (head:AuditHead {id: 'audit'})
  ON CREATE SET head.seq = 0, head.hash = $genesis
SET head._lock = true
WITH head, head.seq AS seq, head.hash AS hash
REMOVE head._lock
RETURN seq, hash
