// Audit records, newest first, filtered by account, entity and time (null: any); account administration only for admins.
// $before pages backwards: records with a smaller sequence number than the last one shown.
MATCH (record:AuditRecord)
WHERE ($actor IS NULL OR record.actor = $actor)
  AND ($entity IS NULL OR record.entity = $entity)
  AND ($since IS NULL OR record.at >= $since)
  AND ($until IS NULL OR record.at < $until)
  AND ($before IS NULL OR record.seq < $before)
  AND ($withAccounts OR NOT record.action STARTS WITH 'account.')
RETURN record {.*} AS record
ORDER BY record.seq DESC
LIMIT $limit
