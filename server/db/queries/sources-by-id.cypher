MATCH (source:Source) WHERE source.id IN $ids
RETURN source ORDER BY source.id
