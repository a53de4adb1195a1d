// Counts come from Neo4j's count store (GRAPH COUNTS): no scan. A dynamic label in MATCH (n:$(label)) would scan.
// The account store's labels (server/db/account-store.ts) are not part of the evidence graph's schema.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [x IN data.nodes WHERE x.label IS NOT NULL] AS counts
CALL db.labels() YIELD label
WITH label, counts WHERE NOT label IN ['Entity', 'Account', 'AccountSession', 'AccountToken']
RETURN label AS name, coalesce([x IN counts WHERE x.label = label][0].count, 0) AS count ORDER BY name
