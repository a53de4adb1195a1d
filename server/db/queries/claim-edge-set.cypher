// A new version of a relationship: its properties replaced by the full set the service computed.
MATCH (:Entity {id: $from})-[rel]->(:Entity {id: $to})
WHERE rel.id = $id
SET rel = $props
RETURN type(rel) AS type, properties(rel) AS props
