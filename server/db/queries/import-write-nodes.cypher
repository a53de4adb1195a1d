// One batch of an import's nodes: created or joined by id, labels added, properties set, and the lists of sources,
// STIX ids and aliases extended (never shortened).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.labels)
SET n += row.set
SET n.sources = coalesce(n.sources, []) + [s IN row.addSources WHERE NOT s IN coalesce(n.sources, [])],
    n.stixIds = CASE WHEN size(row.addStixIds) = 0 THEN n.stixIds ELSE coalesce(n.stixIds, []) + [s IN row.addStixIds WHERE NOT s IN coalesce(n.stixIds, [])] END,
    n.aliases = coalesce(n.aliases, []) + [a IN row.addAliases WHERE NOT a IN coalesce(n.aliases, [])]
