// A node to change, write-locked for the rest of the transaction before its properties are read, so that of two
// edits of one version the second reads what the first wrote (and is refused), never the version both started from.
MATCH (node:Entity {id: $id})
SET node._lock = true
WITH node
REMOVE node._lock
RETURN labels(node) AS labels, properties(node) AS props
