// Entity:Source, so the ids are looked up in the unique index on Entity(id) rather than by scanning every Source.
MATCH (source:Entity:Source) WHERE source.id IN $ids
RETURN source ORDER BY source.id
