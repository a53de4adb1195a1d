// Every path of the shortest length; {{maxHops}} is a validated integer 1..8.
MATCH path = ALL SHORTEST (from:Entity {id: $from})-[rel WHERE size($types) = 0 OR type(rel) IN $types]-{1,{{maxHops}}}(to:Entity {id: $to})
RETURN path
LIMIT $limit
