// One case with its saved views and notes (deleted ones are kept as records and left out here).
MATCH (c:Case {id: $id})
RETURN c {.*} AS case,
  COLLECT { MATCH (v:CaseView {caseId: $id}) WHERE v.deletedAt IS NULL RETURN v {.*} ORDER BY v.createdAt } AS views,
  COLLECT { MATCH (n:CaseNote {caseId: $id}) WHERE n.deletedAt IS NULL RETURN n {.*} ORDER BY n.createdAt } AS notes
