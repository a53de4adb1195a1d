// A case to change, write-locked for the rest of the transaction before it is read: of two changes made from one
// version, the second reads what the first wrote and is refused.
MATCH (c:Case {id: $id})
SET c._lock = true
WITH c
REMOVE c._lock
RETURN c {.*} AS case
