// Every path of the shortest length. Cypher takes no parameter for a quantifier bound or a direction: {{maxHops}} is a
// validated integer 1..8 and {{arrowEnd}} is `-` (either direction) or `->` (outgoing only), so the search keeps to it.
MATCH path = ALL SHORTEST (from:Entity {id: $from})-[rel WHERE size($types) = 0 OR type(rel) IN $types]{{arrowEnd}}{1,{{maxHops}}}(to:Entity {id: $to})
RETURN path
LIMIT $limit
