// Ids taken by $base or $base-N, to give a new node the first free one.
MATCH (node:Entity)
WHERE node.id = $base OR node.id STARTS WITH $base + '-'
RETURN collect(node.id) AS taken
