// The service query before supernodes (commit 7930bae): every kept node's relationships were read to find the links among the kept nodes. Kept for `npm run bench -- --baseline`.
// Neighbours within {{depth}} hops ({{depth}} is a validated integer 1..3), breadth first, capped inside the query;
// then every relationship among the kept nodes. Each layer expands only the nodes of the layer before, each node
// once, and stops as soon as the cap is full, so a hub's neighbourhood costs about `limit` expansions, not millions
// of paths. Order: layer 1 by id, deeper layers in discovery order (parents by id). A node counts when every node on
// its way has one of $labels and every relationship is of $types (empty lists: any).
// total is exact when the cap was not reached (truncated false); otherwise it is a lower bound above the cap
// (exact at depth 1): more exist.
MATCH (center:Entity {id: $id})
CALL (center) {
  OPTIONAL MATCH (center)-[r]-(n:Entity)
  WHERE n <> center
    AND (size($types) = 0 OR type(r) IN $types)
    AND (size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels))
  WITH DISTINCT n
  ORDER BY n.id
  RETURN collect(n) AS layer1
}
WITH center, layer1[0..$limit] AS kept, size(layer1) AS found
CALL (center, kept, found) {
  WITH center, kept, found
  WHERE {{depth}} >= 2 AND found <= $limit
  UNWIND kept AS parent
  CALL (center, kept, parent) {
    MATCH (parent)-[r]-(n:Entity)
    WHERE n <> center AND NOT n IN kept
      AND (size($types) = 0 OR type(r) IN $types)
      AND (size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels))
    RETURN DISTINCT n
    LIMIT $limit + 1
  }
  WITH DISTINCT n
  LIMIT $limit + 1
  RETURN collect(n) AS layer2
}
WITH center, kept + layer2 AS kept, found + size(layer2) AS found, layer2
CALL (center, kept, found, layer2) {
  WITH center, kept, found, layer2
  WHERE {{depth}} >= 3 AND found <= $limit
  UNWIND layer2 AS parent
  CALL (center, kept, parent) {
    MATCH (parent)-[r]-(n:Entity)
    WHERE n <> center AND NOT n IN kept
      AND (size($types) = 0 OR type(r) IN $types)
      AND (size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels))
    RETURN DISTINCT n
    LIMIT $limit + 1
  }
  WITH DISTINCT n
  LIMIT $limit + 1
  RETURN collect(n) AS layer3
}
WITH [center] + (kept + layer3)[0..$limit] AS nodes, found + size(layer3) AS total
// Relationships among the kept nodes: from every kept node along its outgoing relationships, or along its incoming
// ones, whichever direction has fewer in all (degrees are cheap to read). Kept hubs dominate the cost either way.
CALL (nodes) {
  UNWIND nodes AS n
  WITH nodes, sum(COUNT { (n)-->() }) AS outgoing, sum(COUNT { (n)<--() }) AS incoming
  CALL (nodes, outgoing, incoming) {
    WITH nodes WHERE outgoing <= incoming
    UNWIND nodes AS a
    MATCH (a)-[rel]->(b)
    WHERE b IN nodes AND (size($types) = 0 OR type(rel) IN $types)
    RETURN a, rel, b
  UNION ALL
    WITH nodes WHERE outgoing > incoming
    UNWIND nodes AS b
    MATCH (a)-[rel]->(b)
    WHERE a IN nodes AND (size($types) = 0 OR type(rel) IN $types)
    RETURN a, rel, b
  }
  RETURN collect({rel: rel, source: a.id, target: b.id}) AS edges
}
RETURN nodes, edges, total
