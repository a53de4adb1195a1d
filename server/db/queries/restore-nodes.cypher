// One batch of a backup's nodes: labels and plain properties, then the dates and date-times, which JSON carries as text.
UNWIND $rows AS row
CREATE (node:$(row.labels))
SET node = row.props
FOREACH (key IN keys(row.dates) | SET node[key] = date(row.dates[key]))
FOREACH (key IN keys(row.datetimes) | SET node[key] = datetime(row.datetimes[key]))
RETURN count(node) AS created
