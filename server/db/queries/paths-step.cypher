// One step of the chronological path search (server/db/chronological-search.ts): from each frontier node, every
// relationship that may be the next hop of its path, and the path's new bound.
// A forward step reads from the path's start: a path's bound is the latest start of its dated hops (null: none yet),
// and a dated hop may follow only if it does not end before that. A backward step reads from the end: the bound is the
// earliest end of the dated hops after, and a dated hop may come before them only if it does not start after that.
// Undated hops pass and keep the bound; an open end (no timeTo) never ends.
// $frontier: [element id, bound] per node. $other: the other side's nodes, each with the best bound it has there, as
// a map from element id to [bound] (a map, not a list, so that the planner cannot seek those nodes first). A row meets
// when its bound and the other side's there fit together (forward bound <= backward bound): then a path is found, and
// only the rows that meet are returned; with $last (a step that can only be of use by meeting) only those, in any case.
// {{arrowStart}} and {{arrowEnd}} give the direction: `-` and `-` for either; for outgoing relationships only, `-` and
// `->` reading forward, `<-` and `-` reading backward.
// The filters are those of paths-shortest.cypher: type and retraction on every hop and every node but the path's two
// ends ($ends, element ids); the window's only when $windowed (reading every node's dates costs as much again).
UNWIND $frontier AS item
MATCH (a) WHERE elementId(a) = item[0]
MATCH (a){{arrowStart}}[rel]{{arrowEnd}}(b)
WHERE (NOT $meetOnly OR $other[elementId(b)] IS NOT NULL)
  AND (size($types) = 0 OR type(rel) IN $types) AND ($withRetracted OR rel.retracted IS NULL)
  AND (NOT $windowed OR rel.timeFrom IS NULL OR rel.timeFrom <= date($windowTo) AND coalesce(rel.timeTo, date($windowTo)) >= date($windowFrom))
  AND (elementId(b) IN $ends OR ($withRetracted OR b.retracted IS NULL)
    AND (NOT $windowed OR b.timeFrom IS NULL OR b.timeFrom <= date($windowTo) AND coalesce(b.timeTo, date($windowTo)) >= date($windowFrom)))
WITH item[0] AS from, item[1] AS bound, rel, elementId(b) AS to, rel.timeFrom AS start, rel.timeTo AS end
WHERE start IS NULL OR bound IS NULL OR CASE WHEN $forward THEN end IS NULL OR end >= bound ELSE start <= bound END
WITH from, rel, to,
     CASE
       WHEN start IS NULL THEN bound
       WHEN $forward THEN CASE WHEN bound IS NULL OR start > bound THEN start ELSE bound END
       WHEN end IS NULL THEN bound
       ELSE CASE WHEN bound IS NULL OR end < bound THEN end ELSE bound END
     END AS bound
WITH from, rel, to, bound, $other[to] AS there
WHERE NOT $meetOnly OR bound IS NULL OR there[0] IS NULL OR CASE WHEN $forward THEN bound <= there[0] ELSE there[0] <= bound END
RETURN from, elementId(rel) AS rel, to, bound
