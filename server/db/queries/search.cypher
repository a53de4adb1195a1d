// Analysts' retracted claims (retracted: true) are left out, nodes and relationships alike, unless $withRetracted.
// Full-text search over names, aliases and summaries, keeping nodes that overlap the time window or have no date.
// A hit on an Alias node lifts the actor it names just above it: "HIDDEN COBRA" finds the Lazarus Group first.
CALL db.index.fulltext.queryNodes('entity_text', $lucene, {limit: $candidates}) YIELD node, score
OPTIONAL MATCH (node:Alias)-[:ALIAS_OF]->(actor:Entity)
UNWIND CASE WHEN actor IS NULL THEN [{node: node, score: score}]
            ELSE [{node: actor, score: score * 1.01}, {node: node, score: score}] END AS hit
WITH hit.node AS node, max(hit.score) AS score
WHERE (size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels))
  AND ($withRetracted OR node.retracted IS NULL)
  AND (node.timeFrom IS NULL OR node.timeFrom <= date($windowTo) AND coalesce(node.timeTo, date($windowTo)) >= date($windowFrom))
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
