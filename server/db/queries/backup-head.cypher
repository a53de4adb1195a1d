// The audit chain's head, read before the records so that the backup holds a whole chain.
OPTIONAL MATCH (head:AuditHead)
RETURN head.id AS id, head.seq AS seq, head.hash AS hash
