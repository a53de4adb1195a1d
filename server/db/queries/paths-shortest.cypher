// Analysts' retracted claims (retracted: true) are left out, nodes and relationships alike, unless $withRetracted.
// One shortest path.
// Cypher takes no parameter for a quantifier bound or a direction: {{maxHops}} is a validated integer 1..8 and
// {{arrowEnd}} is `-` (either direction) or `->` (outgoing only), so the search itself keeps to it.
// Every hop's relationship and every node between the two ends overlap the time window [$windowFrom, $windowTo] or have
// no date (the service passes 0001-01-01 and 9999-12-31 without a window); these are predicates on every relationship
// and every node of the path (`all(…)`), which Neo4j's breadth-first search from both ends checks as it expands.
// The search function shortestPath runs on Neo4j's bidirectional breadth-first operator, several times faster than
// SHORTEST with predicates on nodes, which Neo4j 2026.08 plans as a stateful search that reads every node's dates
// (bench/RESULTS.md, "Time").
// With $chronological, no dated hop may end before an earlier dated hop starts (overlap is allowed, undated hops pass;
// docs/data-model.md § Time). That predicate compares hops with each other, so Neo4j cannot check it while expanding:
// the shortest path is checked here, and when it runs backwards in time, `searchOn` tells the service to search for a
// longer one itself (server/db/chronological-search.ts).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
OPTIONAL MATCH first = shortestPath((from)-[hop*1..{{maxHops}}]{{arrowEnd}}(to))
WHERE all(rel IN hop WHERE (size($types) = 0 OR type(rel) IN $types) AND (rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom)) AND ($withRetracted OR rel.retracted IS NULL))
  AND all(n IN nodes(first) WHERE n = from OR n = to OR ($withRetracted OR n.retracted IS NULL) AND (n.timeFrom IS NULL OR n.timeFrom <= date($windowTo) AND coalesce(n.timeTo, date($windowTo)) >= date($windowFrom)))
// Without a path, `hop` is null: an empty list keeps range() from failing (Cypher need not stop at `first IS NULL`).
WITH from, to, first, coalesce(hop, []) AS hops
WITH from, to, first,
     NOT $chronological OR all(j IN range(1, size(hops) - 1) WHERE hops[j].timeFrom IS NULL
       OR all(i IN range(0, j - 1) WHERE hops[i].timeFrom IS NULL OR coalesce(hops[j].timeTo, hops[i].timeFrom) >= hops[i].timeFrom)) AS inOrder
RETURN CASE WHEN inOrder THEN first END AS path, first IS NOT NULL AND NOT inOrder AS searchOn,
       elementId(from) AS fromElement, elementId(to) AS toElement
