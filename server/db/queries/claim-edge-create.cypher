// A relationship an analyst states between two nodes that exist.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
CREATE (from)-[rel:$($type)]->(to)
SET rel = $props
RETURN type(rel) AS type, properties(rel) AS props
