// One shortest path; {{maxHops}} is a validated integer 1..8 (Cypher takes no parameter for a quantifier bound).
MATCH path = SHORTEST 1 (from:Entity {id: $from})-[rel WHERE size($types) = 0 OR type(rel) IN $types]-{1,{{maxHops}}}(to:Entity {id: $to})
RETURN path
