// One batch of a backup's relationships between nodes restored before them, found by id. The index hints: the plan
// is made while the database is filling, when its statistics may still say it is empty and favour a label scan.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
USING INDEX from:Entity(id)
MATCH (to:Entity {id: row.to})
USING INDEX to:Entity(id)
CREATE (from)-[rel:$(row.type)]->(to)
SET rel = row.props
FOREACH (key IN keys(row.dates) | SET rel[key] = date(row.dates[key]))
FOREACH (key IN keys(row.datetimes) | SET rel[key] = datetime(row.datetimes[key]))
RETURN count(rel) AS created
