// Counts come from Neo4j's count store: no scan.
CALL db.labels() YIELD label
WITH label WHERE label <> 'Entity'
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
RETURN label AS name, count ORDER BY name
