// The service query before the performance work (commit 450da56), kept so `npm run bench -- --baseline` can time both side by side.
// Neighbours within {{depth}} hops ({{depth}} is a validated integer 1..3), nearest first, capped inside the query; then every relationship among the kept nodes.
MATCH (center:Entity {id: $id})
OPTIONAL MATCH path = (center)-[rels*1..{{depth}}]-(other:Entity)
  WHERE other <> center
    AND (size($types) = 0 OR all(r IN rels WHERE type(r) IN $types))
    AND (size($labels) = 0 OR all(n IN tail(nodes(path)) WHERE any(label IN labels(n) WHERE label IN $labels)))
WITH center, other, min(size(rels)) AS distance
ORDER BY distance, other.id
WITH center, [n IN collect(other) WHERE n IS NOT NULL] AS others
WITH center, others[0..$limit] AS kept, size(others) AS total
WITH [center] + kept AS nodes, total
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[rel]->(b)
  WHERE b IN nodes AND (size($types) = 0 OR type(rel) IN $types)
  RETURN collect({rel: rel, source: a.id, target: b.id}) AS edges
}
RETURN nodes, edges, total
