// A saved view (CaseView) or a note (CaseNote) of a case: linked to it by caseId rather than by a relationship, so no
// view of the graph reaches it. The store passes one of those two labels.
CREATE (x:$($label))
SET x = $props
RETURN x {.*} AS item
