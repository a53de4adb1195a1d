// Counts come from Neo4j's count store (GRAPH COUNTS): no scan. A dynamic type in MATCH ()-[r:$(type)]->() is
// planned as a scan of every node and took minutes on a million-node graph.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL] AS counts
CALL db.relationshipTypes() YIELD relationshipType AS type
RETURN type AS name, coalesce([x IN counts WHERE x.relationshipType = type][0].count, 0) AS count ORDER BY name
