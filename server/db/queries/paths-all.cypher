// Up to $limit simple paths (no node twice) of at most {{maxHops}} hops, shortest first. Cypher takes no parameter for
// a quantifier bound or a direction: {{maxHops}} is a validated integer 1..8 and {{arrowEnd}} is `-` (either direction)
// or `->` (outgoing only). SHORTEST k searches breadth first from both ends and applies the filters while it searches,
// instead of listing every path up to maxHops before sorting them: through hubs that listing ran into the timeout.
// CYPHER 25 is what lets k be a parameter.
CYPHER 25
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = SHORTEST $limit (
  (from) ((a)-[rel]{{arrowEnd}}() WHERE size($types) = 0 OR type(rel) IN $types){1,{{maxHops}}} (to)
  WHERE all(i IN range(0, size(a) - 1) WHERE a[i] <> to AND NOT a[i] IN a[i + 1..])
)
RETURN path
ORDER BY length(path)
