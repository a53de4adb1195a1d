// Every node a backup holds: the evidence graph, accounts and API tokens (sessions end with a restore), and the audit
// trail's records up to its head (read first, so that a record appended meanwhile is left for the next backup).
MATCH (node)
WHERE NOT node:AccountSession AND NOT node:AuditHead AND (NOT node:AuditRecord OR node.seq <= $headSeq)
RETURN labels(node) AS labels, properties(node) AS props
