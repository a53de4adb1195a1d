// Analysts' retracted claims (retracted: true) are left out, nodes and relationships alike, unless $withRetracted.
// Every path of the shortest length, $limit at most.
// Cypher takes no parameter for a quantifier bound or a direction: {{maxHops}} is a validated integer 1..8 and
// {{arrowEnd}} is `-` (either direction) or `->` (outgoing only), so the search itself keeps to it.
// Every hop's relationship and every node between the two ends overlap the time window [$windowFrom, $windowTo] or have
// no date (the service passes 0001-01-01 and 9999-12-31 without a window); these are predicates on every relationship
// and every node of the path (`all(…)`), which Neo4j's breadth-first search from both ends checks as it expands.
// With $chronological, no dated hop may end before an earlier dated hop starts (overlap is allowed, undated hops pass;
// docs/data-model.md § Time). That predicate compares hops with each other, so Neo4j cannot check it while expanding:
// the shortest paths are found first and checked after (the service calls this only once it knows that the shortest
// path keeps to the order of time: server/db/chronological-paths.ts). The search functions shortestPath and allShortestPaths run on
// Neo4j's bidirectional breadth-first operator, several times faster than SHORTEST with predicates on nodes, which Neo4j 2026.08 plans as a
// stateful search that reads every node's dates (bench/RESULTS.md, "Time").
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
CALL (from, to) {
  MATCH quick = allShortestPaths((from)-[hop*1..{{maxHops}}]{{arrowEnd}}(to))
  WHERE all(rel IN hop WHERE (size($types) = 0 OR type(rel) IN $types) AND (rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom)) AND ($withRetracted OR rel.retracted IS NULL))
    AND all(n IN nodes(quick) WHERE n = from OR n = to OR ($withRetracted OR n.retracted IS NULL) AND (n.timeFrom IS NULL OR n.timeFrom <= date($windowTo) AND coalesce(n.timeTo, date($windowTo)) >= date($windowFrom)))
  WITH quick, hop
  WHERE NOT $chronological OR all(j IN range(1, size(hop) - 1) WHERE hop[j].timeFrom IS NULL
    OR all(i IN range(0, j - 1) WHERE hop[i].timeFrom IS NULL OR coalesce(hop[j].timeTo, hop[i].timeFrom) >= hop[i].timeFrom))
  RETURN quick
  LIMIT $limit
}
RETURN quick AS path
