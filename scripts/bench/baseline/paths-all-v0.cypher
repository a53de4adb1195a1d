// The service query before SHORTEST k (commit 7930bae): every simple path up to maxHops listed, then sorted. Kept for `npm run bench -- --baseline`.
// Simple paths (no node twice) up to {{maxHops}} hops, shortest first; {{maxHops}} is a validated integer 1..8.
MATCH path = (from:Entity {id: $from})-[rels*1..{{maxHops}}]-(to:Entity {id: $to})
WHERE (size($types) = 0 OR all(r IN rels WHERE type(r) IN $types))
  AND all(n IN nodes(path) WHERE single(m IN nodes(path) WHERE m = n))
RETURN path
ORDER BY length(path)
LIMIT $limit
