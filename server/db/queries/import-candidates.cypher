// The nodes an import may join or must tell apart from: those holding one of the incoming STIX ids, and those of the
// incoming kinds with a name or alias whose key (lower case, $punctuation removed) is one of the incoming names' keys.
// With each, the Alias nodes that name it and the sources of those ALIAS_OF links (who says the alias is its name).
MATCH (n:Entity)
WHERE n.stixIds IS NOT NULL OR any(label IN labels(n) WHERE label IN $labels)
WITH n, [name IN [n.name] + coalesce(n.aliases, []) WHERE name IS NOT NULL | reduce(key = toLower(name), c IN $punctuation | replace(key, c, ''))] AS keys
WHERE any(s IN coalesce(n.stixIds, []) WHERE s IN $stixIds) OR any(key IN keys WHERE key IN $keys)
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases, n.ownAliases AS ownAliases, keys,
       coalesce(n.stixIds, []) AS stixIds, coalesce(n.sources, []) AS sources, n.origin AS origin,
       coalesce(n.claims, []) AS claims, coalesce(n.conflicts, []) AS conflicts, n.from AS from, n.to AS to,
       COLLECT { MATCH (alias:Alias)-[r:ALIAS_OF]->(n) RETURN {name: alias.name, sources: coalesce(r.sources, [])} } AS aliasOf
