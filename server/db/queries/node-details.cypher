// A node, one page of its relationships with the node at the other end, how many relationships it has of each type
// and direction, and the Sources that the node or the page's relationships cite.
// Page order: type, outgoing before incoming, then the other node's name and id; elementId breaks the remaining ties
// (two relationships of one type between the same two nodes) so that pages never overlap or leave gaps.
// Without a type in the pattern Neo4j cannot expand only some of a dense node's relationship groups, so a hub's page
// reads all its relationships and the names at their other ends; ORDER BY … SKIP … LIMIT keeps only the top
// $offset + $limit while it reads (Top), instead of sorting them all.
MATCH (node:Entity {id: $id})
CALL (node) {
  MATCH (node)-[rel]-(other)
  WITH rel, other, startNode(rel) = node AS out
  ORDER BY type(rel), out DESC, other.name, other.id, elementId(rel)
  SKIP $offset
  LIMIT $limit
  RETURN collect({rel: rel, other: other, out: out}) AS relationships
}
// Per type and direction, in page order: reads each relationship but none of the nodes at the other ends.
CALL (node) {
  MATCH (node)-[rel]-()
  WITH type(rel) AS type, startNode(rel) = node AS out, count(*) AS count
  ORDER BY type, out DESC
  RETURN collect({type: type, out: out, count: count}) AS counts
}
// Source ids are flattened and de-duplicated before one unique-index seek each (Entity:Source, not a Source label scan).
CALL (node, relationships) {
  UNWIND [coalesce(node.sources, [])] + [r IN relationships | coalesce(r.rel.sources, [])] AS ids
  UNWIND ids AS sourceId
  WITH DISTINCT sourceId
  MATCH (source:Entity:Source {id: sourceId})
  RETURN collect(source) AS sources
}
// The degree store answers the total without reading any relationship.
RETURN node, relationships, counts, COUNT { (node)--() } AS total, sources
