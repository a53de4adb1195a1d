// Which of these ids are taken, and the sources of the nodes that hold them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, coalesce(n.sources, []) AS sources
