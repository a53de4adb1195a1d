// One batch of a backup's relationships between nodes restored before them, found by id.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
CREATE (from)-[rel:$(row.type)]->(to)
SET rel = row.props
FOREACH (key IN keys(row.dates) | SET rel[key] = date(row.dates[key]))
FOREACH (key IN keys(row.datetimes) | SET rel[key] = datetime(row.datetimes[key]))
RETURN count(rel) AS created
