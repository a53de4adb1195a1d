// The nodes of a view to export, by id, with their properties as stored.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY n.id
