MATCH (x {id: $item, caseId: $id})
WHERE x:CaseView OR x:CaseNote
SET x += $props
RETURN x {.*} AS item
