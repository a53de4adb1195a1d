// Analysts' retracted claims (retracted: true) are left out, nodes and relationships alike, unless $withRetracted.
// One shortest path. Cypher takes no parameter for a quantifier bound or a direction: {{maxHops}} is a validated
// integer 1..8 and {{arrowEnd}} is `-` (either direction) or `->` (outgoing only), so the search itself keeps to it.
// Every hop's relationship and every node after the first overlap the time window [$windowFrom, $windowTo] or have no
// date (the service passes 0001-01-01 and 9999-12-31 without a window; the end node is kept whatever its date); these
// predicates sit inside the quantified pattern, so the search prunes with them as it expands. With $chronological,
// no dated hop may end before an earlier dated hop starts (overlap is allowed, undated hops pass): a predicate across
// hops, on the path pattern, that SHORTEST applies before it picks the shortest (docs/data-model.md § Time).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = SHORTEST 1 (
  (from) ((a)-[rel]{{arrowEnd}}(b)
    WHERE (size($types) = 0 OR type(rel) IN $types) AND (rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom))
      AND ($withRetracted OR rel.retracted IS NULL)
      AND (b.id = $to OR (b.timeFrom IS NULL OR b.timeFrom <= date($windowTo) AND coalesce(b.timeTo, date($windowTo)) >= date($windowFrom))
        AND ($withRetracted OR b.retracted IS NULL))){1,{{maxHops}}} (to)
  WHERE (NOT $chronological OR all(j IN range(1, size(rel) - 1) WHERE rel[j].timeFrom IS NULL
      OR all(i IN range(0, j - 1) WHERE rel[i].timeFrom IS NULL OR coalesce(rel[j].timeTo, rel[i].timeFrom) >= rel[i].timeFrom)))
)
RETURN path
