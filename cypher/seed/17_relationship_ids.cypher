// Every relationship gets an id of its own, so that two relationships of one type between the same two nodes (two
// sources stating the same link separately) stay two edges in every view. The first relationship of a type between
// two nodes is `source~TYPE~target`, the form walkthroughs use to highlight an edge; further ones of that type between
// the same ends get `~2`, `~3`… Ids already set are kept, so the script can run again.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IS NULL
WITH a, b, type(r) AS type, collect(r) AS unnamed
CALL (a, b, type) {
  OPTIONAL MATCH (a)-[named]->(b)
  WHERE type(named) = type AND named.id IS NOT NULL
  RETURN count(named) AS taken
}
UNWIND range(0, size(unnamed) - 1) AS i
WITH unnamed[i] AS r, a.id + '~' + type + '~' + b.id AS base, taken + i AS n
SET r.id = CASE n WHEN 0 THEN base ELSE base + '~' + toString(n + 1) END;
