// Schema for the investigation dataset: constraints and indexes only, no data.
// Every node carries the technical label Entity, so one uniqueness constraint covers every id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Full-text search over names, alternative names and summaries (aliases is a list of strings).
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.summary];

// Range index for exact and prefix look-ups by display name.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Range indexes on the derived time span of a node (see 18_time_spans.cypher): time windows compare these dates.
CREATE INDEX entity_time_from IF NOT EXISTS FOR (n:Entity) ON (n.timeFrom);
CREATE INDEX entity_time_to IF NOT EXISTS FOR (n:Entity) ON (n.timeTo);
