// Analysts' retracted claims (retracted: true) are left out, nodes and relationships alike, unless $withRetracted.
// Neighbours within {{depth}} hops ({{depth}} is a validated integer 1..3), breadth first, capped inside the query;
// then every relationship among the kept nodes. Each layer expands only the nodes of the layer before, each node
// once, and stops as soon as the cap is full, so a hub's neighbourhood costs about `limit` expansions, not millions
// of paths. Order: layer 1 by id, deeper layers in discovery order (parents by id). A node counts when every node on
// its way has one of $labels and every relationship is of $types (empty lists: any), and when every node and
// relationship on its way overlaps the time window [$windowFrom, $windowTo] or has no date (docs/data-model.md § Time;
// without a window the service passes 0001-01-01 and 9999-12-31). The centre is kept whatever its date.
// total is exact when the cap was not reached (truncated false); otherwise it is a lower bound above the cap
// (exact at depth 1): more exist.
MATCH (center:Entity {id: $id})
CALL (center) {
  OPTIONAL MATCH (center)-[r]-(n:Entity)
  WHERE n <> center
    AND (size($types) = 0 OR type(r) IN $types)
    AND (size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels))
    AND (r.timeFrom IS NULL OR r.timeFrom <= date($windowTo) AND coalesce(r.timeTo, date($windowTo)) >= date($windowFrom)) AND (n.timeFrom IS NULL OR n.timeFrom <= date($windowTo) AND coalesce(n.timeTo, date($windowTo)) >= date($windowFrom))
    AND ($withRetracted OR r.retracted IS NULL AND n.retracted IS NULL)
  WITH DISTINCT n
  ORDER BY n.id
  RETURN collect(n) AS layer1
}
// `kept` and `nodes` are built with a list comprehension because every later row tests membership in them (`IN`):
// on a slice or a concatenation of lists Neo4j's `IN` costs several times as much (bench/RESULTS.md has the figures).
WITH center, [n IN layer1[0..$limit] | n] AS kept, size(layer1) AS found
CALL (center, kept, found) {
  WITH center, kept, found
  WHERE {{depth}} >= 2 AND found <= $limit
  UNWIND kept AS parent
  CALL (center, kept, parent) {
    MATCH (parent)-[r]-(n:Entity)
    WHERE n <> center AND NOT n IN kept
      AND (size($types) = 0 OR type(r) IN $types)
      AND (size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels))
      AND (r.timeFrom IS NULL OR r.timeFrom <= date($windowTo) AND coalesce(r.timeTo, date($windowTo)) >= date($windowFrom)) AND (n.timeFrom IS NULL OR n.timeFrom <= date($windowTo) AND coalesce(n.timeTo, date($windowTo)) >= date($windowFrom))
    AND ($withRetracted OR r.retracted IS NULL AND n.retracted IS NULL)
    RETURN DISTINCT n
    LIMIT $limit + 1
  }
  WITH DISTINCT n
  LIMIT $limit + 1
  RETURN collect(n) AS layer2
}
WITH center, kept AS layer1, [n IN kept + layer2 | n] AS kept, found + size(layer2) AS found, layer2
CALL (center, kept, found, layer2) {
  WITH center, kept, found, layer2
  WHERE {{depth}} >= 3 AND found <= $limit
  UNWIND layer2 AS parent
  CALL (center, kept, parent) {
    MATCH (parent)-[r]-(n:Entity)
    WHERE n <> center AND NOT n IN kept
      AND (size($types) = 0 OR type(r) IN $types)
      AND (size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels))
      AND (r.timeFrom IS NULL OR r.timeFrom <= date($windowTo) AND coalesce(r.timeTo, date($windowTo)) >= date($windowFrom)) AND (n.timeFrom IS NULL OR n.timeFrom <= date($windowTo) AND coalesce(n.timeTo, date($windowTo)) >= date($windowFrom))
    AND ($withRetracted OR r.retracted IS NULL AND n.retracted IS NULL)
    RETURN DISTINCT n
    LIMIT $limit + 1
  }
  WITH DISTINCT n
  LIMIT $limit + 1
  RETURN collect(n) AS layer3
}
WITH [n IN [center] + (kept + layer3)[0..$limit] | n] AS nodes, found + size(layer3) AS total, [layer1, layer2, layer3] AS layers
// Relationships among the kept nodes, each read from the chain of an endpoint that is not a supernode (more than
// $supernodeDegree relationships; Linkurious treats such nodes alike): a few hubs in view would otherwise cost
// reading thousands of relationships each. The centre is always read, so all its own links are there. Links between
// two other supernodes are not looked for, except one for a supernode left without any (reached through another
// supernode at depth 2 or 3), so that no kept node floats alone. The answer lists the supernodes.
CALL (nodes) {
  UNWIND tail(nodes) AS n
  WITH n WHERE COUNT { (n)--() } > $supernodeDegree
  RETURN collect(n) AS supernodes
}
// Each relationship is kept once, from its start node, or from its end node when the start is a supernode that was
// not read: no DISTINCT over twice the rows.
CALL (nodes, supernodes) {
  UNWIND nodes AS a
  WITH nodes, supernodes, a WHERE a = nodes[0] OR NOT a IN supernodes
  MATCH (a)-[rel]-(b)
  WHERE b IN nodes AND (startNode(rel) = a OR b IN supernodes) AND (size($types) = 0 OR type(rel) IN $types)
    AND (rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom))
    AND ($withRetracted OR rel.retracted IS NULL)
  RETURN collect(rel) AS found
}
// A supernode left without a link was found from a supernode of the layer before (any other parent's chain was read
// above), by a relationship that passed the same filters. One link each, read from the cheaper side: the chains of
// those parents once (a few hubs whose neighbours are hubs: a time window keeps mostly the undated ones), or each
// lonely node's own chain up to its first link to a kept node.
CALL (nodes, supernodes, found, layers) {
  UNWIND range(1, size(layers) - 1) AS k
  WITH nodes,
       [s IN layers[k] WHERE s IN supernodes AND none(rel IN found WHERE startNode(rel) = s OR endNode(rel) = s)] AS lonely,
       [p IN layers[k - 1] WHERE p IN supernodes] AS parents
  WHERE size(lonely) > 0
  CALL (lonely, parents) {
    UNWIND lonely + parents AS n
    RETURN sum(CASE WHEN n IN parents THEN COUNT { (n)--() } ELSE 0 END) <= sum(CASE WHEN n IN lonely THEN COUNT { (n)--() } ELSE 0 END) AS fromParents
  }
  CALL (nodes, lonely, parents, fromParents) {
    WITH lonely, parents WHERE fromParents
    UNWIND parents AS p
    MATCH (p)-[rel]-(s)
    WHERE s IN lonely AND (size($types) = 0 OR type(rel) IN $types)
      AND (rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom))
      AND ($withRetracted OR rel.retracted IS NULL)
    RETURN s, rel
  UNION
    WITH nodes, lonely WHERE NOT fromParents
    UNWIND lonely AS s
    CALL (nodes, s) {
      MATCH (s)-[rel]-(b)
      WHERE b IN nodes AND (size($types) = 0 OR type(rel) IN $types)
        AND (rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom))
        AND ($withRetracted OR rel.retracted IS NULL)
      RETURN rel
      LIMIT 1
    }
    RETURN s, rel
  }
  WITH s, collect(rel)[0] AS link
  RETURN collect(link) AS links
}
// Every endpoint is in nodes, so the caller names the ends from there rather than reading them again here.
RETURN nodes, found + links AS edges, total, [n IN supernodes | n.id] AS supernodes
