// The nodes and relationships of a path the chronological search found (server/db/chronological-paths.ts), by element
// id; the caller puts them in the path's order.
CALL () {
  UNWIND $nodes AS id
  MATCH (n) WHERE elementId(n) = id
  RETURN collect(n) AS nodes
}
CALL () {
  UNWIND $rels AS id
  MATCH ()-[r]->() WHERE elementId(r) = id
  RETURN collect(r) AS rels
}
RETURN nodes, rels
