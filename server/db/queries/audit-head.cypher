// The head of the audit chain, if anything was ever recorded.
OPTIONAL MATCH (head:AuditHead {id: 'audit'})
RETURN head.seq AS seq, head.hash AS hash
