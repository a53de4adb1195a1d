// A view or note of the case, write-locked before it is read (see case-lock.cypher).
MATCH (x {id: $item, caseId: $id})
WHERE (x:CaseView OR x:CaseNote) AND x.deletedAt IS NULL
SET x._lock = true
WITH x
REMOVE x._lock
RETURN x {.*} AS item
