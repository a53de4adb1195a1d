// Audit records, newest first, filtered by account, entity and time (null: any). Account administration and case files
// (private to their members) only with $withPrivate, for admins and the command line.
// $before pages backwards: records with a smaller sequence number than the last one shown.
MATCH (record:AuditRecord)
WHERE ($actor IS NULL OR record.actor = $actor)
  AND ($entity IS NULL OR record.entity = $entity)
  AND ($since IS NULL OR record.at >= $since)
  AND ($until IS NULL OR record.at < $until)
  AND ($before IS NULL OR record.seq < $before)
  AND ($withPrivate OR NOT (record.action STARTS WITH 'account.' OR record.action STARTS WITH 'case.'))
RETURN record {.*} AS record
ORDER BY record.seq DESC
LIMIT $limit
