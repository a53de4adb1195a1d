// A node, each relationship with the node at its other end, and every Source that the node or its relationships cite.
// Source ids are flattened and de-duplicated before one unique-index seek each (Entity:Source, not a Source label scan).
MATCH (node:Entity {id: $id})
CALL (node) {
  OPTIONAL MATCH (node)-[rel]-(other)
  RETURN collect({rel: rel, other: other, out: startNode(rel) = node}) AS relationships
}
WITH node, [r IN relationships WHERE r.rel IS NOT NULL] AS relationships
CALL (node, relationships) {
  UNWIND [coalesce(node.sources, [])] + [r IN relationships | coalesce(r.rel.sources, [])] AS ids
  UNWIND ids AS sourceId
  WITH DISTINCT sourceId
  MATCH (source:Entity:Source {id: sourceId})
  RETURN collect(source) AS sources
}
RETURN node, relationships, sources
