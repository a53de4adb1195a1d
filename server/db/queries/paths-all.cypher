// Analysts' retracted claims (retracted: true) are left out, nodes and relationships alike, unless $withRetracted.
// Up to $limit simple paths (no node twice) of at most {{maxHops}} hops, shortest first. Cypher takes no parameter for
// a quantifier bound or a direction: {{maxHops}} is a validated integer 1..8 and {{arrowEnd}} is `-` (either direction)
// or `->` (outgoing only). SHORTEST k searches breadth first from both ends and applies the filters while it searches,
// instead of listing every path up to maxHops before sorting them: through hubs that listing ran into the timeout.
// CYPHER 25 is what lets k be a parameter.
// Every hop's relationship and every node after the first overlap the time window [$windowFrom, $windowTo] or have no
// date (the service passes 0001-01-01 and 9999-12-31 without a window; the end node is kept whatever its date); these
// predicates sit inside the quantified pattern, so the search prunes with them as it expands. With $chronological,
// no dated hop may end before an earlier dated hop starts (overlap is allowed, undated hops pass): a predicate across
// hops, on the path pattern, that SHORTEST applies before it picks the shortest (docs/data-model.md § Time).
CYPHER 25
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = SHORTEST $limit (
  (from) ((a)-[rel]{{arrowEnd}}(b)
    WHERE (size($types) = 0 OR type(rel) IN $types) AND (rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom))
      AND ($withRetracted OR rel.retracted IS NULL)
      AND (b.id = $to OR (b.timeFrom IS NULL OR b.timeFrom <= date($windowTo) AND coalesce(b.timeTo, date($windowTo)) >= date($windowFrom))
        AND ($withRetracted OR b.retracted IS NULL))){1,{{maxHops}}} (to)
  WHERE all(i IN range(0, size(a) - 1) WHERE a[i] <> to AND NOT a[i] IN a[i + 1..])
    AND (NOT $chronological OR all(j IN range(1, size(rel) - 1) WHERE rel[j].timeFrom IS NULL
      OR all(i IN range(0, j - 1) WHERE rel[i].timeFrom IS NULL OR coalesce(rel[j].timeTo, rel[i].timeFrom) >= rel[i].timeFrom)))
)
RETURN path
ORDER BY length(path)
