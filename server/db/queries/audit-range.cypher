// A run of the chain in order, for verifying it: records after $after, at most $limit.
MATCH (record:AuditRecord)
WHERE record.seq > $after
RETURN record {.*} AS record
ORDER BY record.seq
LIMIT $limit
