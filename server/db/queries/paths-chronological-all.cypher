// Every path of {{maxHops}} hops, $limit at most, whose dated hops keep to the order of time, once the chronological
// search (server/db/chronological-search.ts) has found that none is shorter. Each node of such a path was reached by
// the search from one end or the other ($reached, a map from element id to true), which keeps this search small and
// stands for the nodes' own filters: the search reached only nodes that pass them. The hops' filters are those of
// paths-shortest.cypher, the window's only when $windowed (reading every hop's dates costs as much again). The order
// of time is then checked on each candidate path, as in paths-shortest.cypher.
// (A quantifier of exactly {{maxHops}} makes Neo4j 2026.08 fail with an internal error, "Parenthesised path patterns
// are only supported at the top level with a selective path selector"; with none shorter, {1,n} finds the same paths.)
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = ALL SHORTEST (
  (from) ((a)-[rel]{{arrowEnd}}(b)
    WHERE $reached[elementId(b)] AND (size($types) = 0 OR type(rel) IN $types) AND ($withRetracted OR rel.retracted IS NULL)
      AND (NOT $windowed OR rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom))){1,{{maxHops}}} (to)
  WHERE all(j IN range(1, size(rel) - 1) WHERE rel[j].timeFrom IS NULL
      OR all(i IN range(0, j - 1) WHERE rel[i].timeFrom IS NULL OR coalesce(rel[j].timeTo, rel[i].timeFrom) >= rel[i].timeFrom))
)
RETURN path
LIMIT $limit
