// One record at the end of the chain, and the head moved onto it (the head was locked by audit-lock-head).
MATCH (head:AuditHead {id: 'audit'})
SET head.seq = $record.seq, head.hash = $record.hash
CREATE (record:AuditRecord)
SET record = $record
