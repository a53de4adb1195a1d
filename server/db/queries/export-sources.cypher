// The Source nodes the exported nodes and relationships cite, for their external references.
MATCH (s:Entity:Source) WHERE s.id IN $ids
RETURN s.id AS id, properties(s) AS props
ORDER BY s.id
