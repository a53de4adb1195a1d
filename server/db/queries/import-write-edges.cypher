// One batch of an import's relationships: created or found by type, ends and id, properties set, sources extended.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.set
SET r.sources = coalesce(r.sources, []) + [s IN row.addSources WHERE NOT s IN coalesce(r.sources, [])]
