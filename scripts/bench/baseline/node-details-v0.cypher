// The service query before the performance work (commit 450da56), kept so `npm run bench -- --baseline` can time both side by side.
// A node, each relationship with the node at its other end, and every Source that the node or its relationships cite.
MATCH (node:Entity {id: $id})
CALL (node) {
  OPTIONAL MATCH (node)-[rel]-(other)
  RETURN collect({rel: rel, other: other, out: startNode(rel) = node}) AS relationships
}
WITH node, [r IN relationships WHERE r.rel IS NOT NULL] AS relationships
WITH node, relationships,
     coalesce(node.sources, []) + reduce(acc = [], r IN relationships | acc + coalesce(r.rel.sources, [])) AS sourceIds
CALL (sourceIds) {
  MATCH (source:Source) WHERE source.id IN sourceIds
  RETURN collect(source) AS sources
}
RETURN node, relationships, sources
