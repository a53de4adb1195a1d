// Whether both ends exist, and the ids taken by relationships of $type from one to the other.
OPTIONAL MATCH (from:Entity {id: $from})
OPTIONAL MATCH (to:Entity {id: $to})
OPTIONAL MATCH (from)-[rel]->(to) WHERE type(rel) = $type
RETURN from IS NOT NULL AS fromExists, to IS NOT NULL AS toExists, collect(rel.id) AS taken
