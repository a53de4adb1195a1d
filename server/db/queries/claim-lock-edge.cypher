// A relationship to change, found through its two ends (its id is from~TYPE~to, with ~N for a further one of the
// type), write-locked before its properties are read, as in claim-lock-node.
MATCH (:Entity {id: $from})-[rel]->(:Entity {id: $to})
WHERE rel.id = $id
SET rel._lock = true
WITH rel
REMOVE rel._lock
RETURN type(rel) AS type, properties(rel) AS props
