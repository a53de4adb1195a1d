// A recorded walkthrough step: the nodes and relationships that were in view, by id. Analysts' claims retracted since
// are left out, and the step says which ids it no longer finds.
MATCH (n:Entity)
WHERE n.id IN $nodes AND n.retracted IS NULL
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE r.id IN $edges AND m.id IN $nodes AND r.retracted IS NULL AND m.retracted IS NULL
RETURN n, r, m
