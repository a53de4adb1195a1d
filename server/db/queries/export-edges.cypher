// Every relationship between two nodes of the view, in a stable order so that an export is the same every time.
MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
RETURN coalesce(r.id, a.id + '~' + type(r) + '~' + b.id) AS id, a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props
ORDER BY id
